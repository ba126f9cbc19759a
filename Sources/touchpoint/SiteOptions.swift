import ArgumentParser
import Foundation
import TouchpointCore

/// Options shared by `build`, `check` and `serve`.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The site folder (holds Content/, Themes/, Output/).")
    var site: String = "."

    @Option(help: "The content folder (default: SITE/Content).")
    var content: String?

    @Option(help: "The output folder (default: SITE/Output). Replaced by every build.")
    var output: String?

    @Option(help: "A theme in SITE/Themes (default: site.yml's theme, else the built-in 'default').")
    var theme: String?

    @Option(name: .customLong("base-url"), help: "The site's public URL; enables sitemap.xml and the Atom feed.")
    var baseURL: String?

    @Option(help: ArgumentHelp("The data to compare this refresh with: a copy of the published site (or its data/ folder), or git:REV for Content/data at a revision (default: the output folder's published data).", valueName: "DIR|git:REV"))
    var baseline: String?

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Option(help: "Pages rendered at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Print errors only.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, got \(jobs)") }
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL such as https://cx.example.com/, got '\(baseURL)'")
        }
    }

    func buildOptions() -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        var options = BuildOptions(siteFolder: url(site))
        options.contentFolder = content.map(url)
        options.outputFolder = output.map(url)
        options.theme = theme
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.baseline = baseline.map { BaselineSource.parse($0, relativeTo: cwd) }
        // Reproducible builds name their day: stale data is judged against it.
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            options.today = Date(timeIntervalSince1970: epoch)
        }
        if let jobs { options.jobs = jobs }
        if !quiet && isatty(STDERR_FILENO) != 0 { options.progress = Terminal.progress }
        return options
    }
}
