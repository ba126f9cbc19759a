import Foundation
import TouchpointCharts

/// Where the data of the previous published refresh comes from.
public enum BaselineSource: Sendable, Hashable {
    /// A copy of a published site, or its `data/` folder (`--baseline DIR`).
    case folder(URL)
    /// `Content/data` at a git revision (`--baseline git:REV`).
    case git(String)

    /// `git:REV`, else a folder path relative to `directory`.
    public static func parse(_ argument: String, relativeTo directory: URL) -> BaselineSource {
        if argument.hasPrefix("git:") { return .git(String(argument.dropFirst(4))) }
        return .folder(URL(fileURLWithPath: argument, relativeTo: directory).standardizedFileURL)
    }
}

/// The baseline's data files, validated as this build's are, and the
/// refreshes published with them.
struct Baseline: Sendable {
    /// By path below `data/` (`kpis/customer.json`).
    var files: [String: LoadedData] = [:]
    var history = RefreshHistory()
    /// Where it came from, in words; nil when there is no baseline.
    var origin: String?

    static let none = Baseline()

    var asOf: String? { files.values.compactMap(\.provenance.asOf).max() }

    /// The baseline of a build: the one named on the command line, else the
    /// data of the site being replaced, else site.yml's `baseline`. Problems
    /// with its files are warnings: a broken baseline must not stop a refresh.
    static func load(_ options: BuildOptions, config: SiteConfig, siteFile: SourceFile, current: DataStore) -> Staged<Baseline> {
        switch options.baseline {
        case let .folder(url)?:
            // A copy of the live site: named as such, never by where it was downloaded to, so output is the same anywhere.
            return folder(url, origin: "the published site", display: options.display(url), current: current)
        case let .git(revision)?:
            return GitBaseline.load(revision: revision, content: options.content, current: current)
        case nil:
            let published = options.publishedData ?? options.output.appendingPathComponent("data")
            if FileManager.default.fileExists(atPath: published.path) {
                return folder(published, origin: "the published site", display: options.display(published), current: current)
            }
            if let path = config.baseline {
                let url = options.siteFolder.appendingPathComponent(path).standardizedFileURL
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
                    return Staged(.none, [siteFile.warning("baseline: no folder \(path) beside the content folder; "
                        + "this refresh is compared with nothing", line: config.baselinePosition.line, column: config.baselinePosition.column)])
                }
                return folder(url, origin: "the \(path) folder", display: options.display(url), current: current)
            }
            return Staged(.none)
        }
    }

    /// Why the baseline named on the command line cannot be read, before anything is built.
    static func problem(_ options: BuildOptions) -> String? {
        switch options.baseline {
        case let .folder(url)?:
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
                return "no folder \(url.path); expected a copy of the published site or its data/ folder"
            }
            return nil
        case let .git(revision)?: return GitBaseline.problem(revision: revision, content: options.content)
        case nil: return nil
        }
    }

    /// A published site (its `data/` folder is used) or a data folder itself.
    /// `display` names the folder in messages.
    static func folder(_ url: URL, origin: String, display: String, current: DataStore) -> Staged<Baseline> {
        let dataFolder = url.appendingPathComponent("data")
        var isFolder: ObjCBool = false
        let root = FileManager.default.fileExists(atPath: dataFolder.path, isDirectory: &isFolder) && isFolder.boolValue
            ? dataFolder : url
        var entries: [String: Data] = [:]
        for path in files(below: root) {
            guard let bytes = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            entries[path] = bytes
        }
        // An empty folder, such as the live site's before its first publish: nothing to compare with.
        guard !entries.isEmpty else { return Staged(.none) }
        return read(entries, origin: origin, display: display + (root == url ? "" : "/data"), current: current)
    }

    /// Data files below `root`, as relative paths; hidden files and links left out.
    static func files(below root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            if relative.hasSuffix(".json") || relative.hasSuffix(".csv") || relative.hasSuffix(".csv.yml") { found.append(relative) }
        }
        return found.sorted()
    }

    /// Validates the files of a baseline (paths below `data/` → bytes). A file whose bytes are this
    /// build's is not read again: it is this build's file, and nothing in it changed.
    static func read(_ entries: [String: Data], origin: String, display: String, current: DataStore) -> Staged<Baseline> {
        var baseline = Staged(Baseline(origin: origin))
        for (path, bytes) in entries.sorted(by: { $0.key < $1.key }) {
            let file = SourceFile(displayPath: display + "/" + path)
            if path == String(RefreshHistory.path.dropFirst("data/".count)) {
                switch RefreshHistory.decode(bytes) {
                case let .success(history): baseline.value.history = history
                case let .failure(problem):
                    baseline.report(file.warning("the baseline's history of refreshes is unreadable (\(problem.message)); "
                        + "it starts again with this refresh"))
                }
                continue
            }
            guard bytes.count <= DataLoader.maxFileSize, !path.hasSuffix(".yml") else { continue }
            var print = Fingerprint()
            print.add(bytes: bytes)
            if path.hasSuffix(".csv"), let sidecar = entries[path + ".yml"] { print.add(bytes: sidecar) }
            if current.hashes["data/" + path] == print.hex, let same = current.files["data/" + path] {
                baseline.value.files[path] = same
                continue
            }
            let loaded: Staged<LoadedData?>
            if path.hasSuffix(".csv") {
                let sidecar = entries[path + ".yml"].map { Result<Data, Diagnostic>.success($0) }
                loaded = DataStore.csv(bytes, file: file, sidecar: sidecar, sidecarFile: SourceFile(displayPath: file.displayPath + ".yml"))
            } else {
                loaded = DataLoader.load(bytes, file: file)
            }
            if let data = loaded.value, loaded.diagnostics.allSatisfy({ $0.severity != .error }) {
                baseline.value.files[path] = data
            } else if let first = loaded.diagnostics.first {
                // One line per file: the baseline is someone else's to mend.
                var warning = first
                warning.severity = .warning
                warning.message = "baseline data is invalid (\(first.message)); the file is compared as new"
                baseline.report(warning)
            }
        }
        return baseline
    }
}
