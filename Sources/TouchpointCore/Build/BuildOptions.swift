import Foundation

public struct BuildOptions: Sendable {
    /// The site folder; `Content`, `Themes` and `Output` are found inside it.
    public var siteFolder: URL
    public var contentFolder: URL?
    public var outputFolder: URL?
    public var theme: String?
    public var baseURL: String?
    public var includeDrafts = false
    /// Ignore the incremental cache.
    public var clean = false
    /// The data to compare with; nil: the published site's, else site.yml's `baseline`.
    public var baseline: BaselineSource?
    /// Where the published site's data is read from; nil: the output folder's `data/`.
    /// `serve` points it at a copy taken when it starts, so a session of edits is
    /// compared with what was published, not with the last save.
    public var publishedData: URL?
    /// The day of the build, for stale data (`SOURCE_DATE_EPOCH` sets it for reproducible builds).
    public var today = Date()
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Called now and then with a short status line, for a terminal.
    public var progress: (@Sendable (String) -> Void)?

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    public var content: URL { (contentFolder ?? siteFolder.appendingPathComponent("Content")).standardizedFileURL }
    public var output: URL { (outputFolder ?? siteFolder.appendingPathComponent("Output")).standardizedFileURL }

    /// A path as shown in messages: relative to the site folder when inside it.
    func display(_ url: URL) -> String {
        let site = siteFolder.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path == site { return "." }
        if path.hasPrefix(site + "/") { return String(path.dropFirst(site.count + 1)) }
        return path
    }
}

public struct BuildSummary: Sendable {
    public var pages = 0
    /// Pages rendered by this build; the rest were carried over unchanged.
    public var rendered = 0
    public var charts = 0
    public var dataFiles = 0
    public var files = SiteWriter.Result()
    public var warnings: [Diagnostic] = []
    public var seconds = 0.0
    /// Seconds per step of the build.
    public var phases: [Phase] = []
    /// Markdown documents parsed by this build: one per page rendered or outlined, never two.
    public var markdownParses = 0
    /// The refresh's changes, stale data and fired alerts as `touchpoint check --changes` writes them.
    public var changes = ""
    /// Alerts of site.yml that fired.
    public var alerts = 0

    public struct Phase: Sendable {
        public var name: String
        public var seconds: Double
    }

    public var timings: String {
        phases.map { "\($0.name) \(String(format: "%.3f", $0.seconds))s" }.joined(separator: ", ")
            + "; markdown parses \(markdownParses)"
    }

    public var line: String {
        let time = String(format: "%.2f", seconds)
        return "\(pages) pages (\(rendered) rendered), \(charts) charts, \(dataFiles) data files; "
            + "\(files.written) files written, \(files.unchanged) unchanged, \(files.removed) removed in \(time) s"
    }
}
