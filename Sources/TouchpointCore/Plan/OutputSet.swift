/// Output files by path. Two sources claiming one path, or a name the output
/// file system cannot hold, is an error at the source file that asked for it,
/// so `check` finds it as `build` would.
struct OutputSet {
    enum Origin {
        /// A file the author can open and fix, as messages name it.
        case source(String)
        /// A file Touchpoint makes (the tag index, the feed), described in words.
        case generated(String)

        var name: String {
            switch self {
            case let .source(path): return path
            case let .generated(what): return what
            }
        }
    }

    /// Linux's NAME_MAX and PATH_MAX, which ext4, XFS and tmpfs share.
    static let maximumNameBytes = 255
    static let maximumPathBytes = 4095

    /// The files added so far, and why the others were not.
    private(set) var files = Staged<[PlannedOutput]>([])
    private var owners: [String: Origin] = [:]
    /// Bytes of the output folder's path, which every output path extends.
    private let folderBytes: Int
    /// Where a clash between two generated files is reported; in practice one side is always a source file.
    private let contentFolder: String

    init(outputFolder: String, contentFolder: String) {
        folderBytes = outputFolder.utf8.count
        self.contentFolder = contentFolder
    }

    mutating func add(_ file: PlannedOutput, from origin: Origin) {
        if let owner = owners[file.path] {
            let (blamed, other): (String, Origin) = switch (origin, owner) {
            case let (.source(path), _): (path, owner)
            case let (_, .source(path)): (path, origin)
            default: (contentFolder, owner)
            }
            files.report(Diagnostic(path: blamed, message: "writes \(file.path), which \(other.name) writes too; rename one of them"))
            return
        }
        if case let .source(path) = origin, let problem = Self.nameProblem(file.path, folderBytes: folderBytes) {
            files.report(Diagnostic(path: path, message: problem))
            return
        }
        owners[file.path] = origin
        files.value.append(file)
    }

    /// Why the output file system cannot hold `path`, if it cannot.
    static func nameProblem(_ path: String, folderBytes: Int) -> String? {
        for name in path.split(separator: "/") where name.utf8.count > maximumNameBytes {
            return "makes an output file name of \(name.utf8.count) bytes ('\(name.prefix(24))…'); "
                + "file systems hold at most \(maximumNameBytes): shorten it"
        }
        let total = folderBytes + 1 + path.utf8.count
        if total > maximumPathBytes {
            return "makes an output path of \(total) bytes; file systems hold at most \(maximumPathBytes): shorten the folder names"
        }
        return nil
    }
}
