import Foundation

/// Which changes are worth a rebuild: not the output, not hidden folders such
/// as `.touchpoint/` or `.git/`, not the temporary files editors write beside
/// the real one while saving.
struct WatchFilter: Sendable {
    /// Folders never watched, as standardized absolute paths (the output folder).
    var excludedFolders: [String]
    /// The watched roots; names above them (a site kept in `~/.sites/`) do not count as hidden.
    var roots: [String]

    init(roots: [String] = [], excluding folders: [URL]) {
        self.roots = roots
        excludedFolders = folders.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
    }

    func ignores(path: String) -> Bool {
        if excludedFolders.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return true }
        let root = roots.first { path.hasPrefix($0 + "/") }
        let relative = root.map { String(path.dropFirst($0.count + 1)) } ?? (path as NSString).lastPathComponent
        // Any hidden folder on the way (`.touchpoint/cache`) hides what is inside it.
        return relative.split(separator: "/").contains { Self.ignores(name: String($0)) }
    }

    /// Hidden names, Emacs `file~` and `.#file`, Vim `.file.swp` and its `4913` probe.
    static func ignores(name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx")
    }
}
