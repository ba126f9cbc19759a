import CAtomicRename
import Foundation

/// Step 5 of a build: bring a staging folder to the new site, then exchange
/// it with the output in one atomic rename. A build that fails or is killed
/// before that leaves the previous site as it was.
///
/// The stage is not thrown away: after the exchange it holds the site before,
/// and the next build updates it in place. Creating and deleting ten thousand
/// folders per build cost more than everything else a rebuild does.
public struct SiteWriter {
    public struct Result: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
    }

    /// Marks a folder as Touchpoint's, so a build never replaces a folder it did not make.
    static let marker = ".touchpoint-output"

    let output: URL
    /// Where the staging folder of a plain (unlinked) output lives.
    let workFolder: URL
    let jobs: Int
    private let fm = FileManager.default

    public init(output: URL, workFolder: URL, jobs: Int = 1) {
        self.output = output.standardizedFileURL
        self.workFolder = workFolder
        self.jobs = jobs
    }

    var parent: URL { output.deletingLastPathComponent() }
    var name: String { output.lastPathComponent }

    /// The output is a symbolic link (`Output -> /srv/www/report`, say).
    var isLink: Bool {
        var info = stat()
        return lstat(output.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The folder that holds the site: the output, or the folder its link
    /// names. A linked folder is updated in place; the link itself stays.
    var target: URL { isLink ? output.resolvingSymlinksInPath() : output }

    /// Beside the folder it replaces, on the same file system, so the swap is
    /// one atomic rename: in the cache folder (already git-ignored), or beside
    /// a link's target.
    var stage: URL {
        guard isLink else { return workFolder.appendingPathComponent(name + ".staging") }
        let real = target
        return real.deletingLastPathComponent().appendingPathComponent(".\(real.lastPathComponent).touchpoint-staging")
    }

    enum Outcome {
        case written, unchanged
        case failed(String)
    }

    /// Refuses an existing, non-empty folder that is not an earlier output.
    func checkReplaceable() -> String? {
        var isDirectory: ObjCBool = false
        if isLink {
            guard let destination = try? fm.destinationOfSymbolicLink(atPath: output.path) else { return "\(output.path) is an unreadable link" }
            guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else {
                return "\(output.path) is a link to \(destination), which does not exist; create that folder or remove the link"
            }
            guard isDirectory.boolValue else { return "\(output.path) is a link to \(destination), which is not a folder" }
            guard access(target.deletingLastPathComponent().path, W_OK) == 0 else {
                return "\(output.path) is a link to \(target.path); the new site is staged beside it, "
                    + "so \(target.deletingLastPathComponent().path) must be writable"
            }
        }
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "\(output.path) exists and is not a folder" }
        let items = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if items.isEmpty || items.contains(Self.marker) { return nil }
        return "\(output.path) exists and was not written by touchpoint (it has no \(Self.marker) file); choose a new folder or empty it yourself"
    }

    /// The build id in an output folder's marker, if it has one.
    static func readMarker(in output: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(marker).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").first(where: { $0.hasPrefix("build ") }).map { String($0.dropFirst(6)) }
    }

    /// Places each file in the staging folder as soon as `make` gives its
    /// contents, so no more than a file per thread is held in memory, then
    /// swaps the stage in. When `make` gives no contents for some file, the
    /// stage is left as it is (the next build brings it up to date) and the
    /// output is not touched: the result is nil. `previousPaths`, when known,
    /// lists the current output's files (its marker aside). The files at
    /// `last` are made after every other one, for those made of the rest.
    func write<Note>(paths: [String], buildID: String, previousPaths: Set<String>? = nil, progress: ProgressMeter? = nil,
                     last: Set<Int> = [], make: (Int) -> (OutputFile.Contents?, Note)) throws -> (Result?, [Note]) {
        if let problem = checkReplaceable() { throw Diagnostic.about(target.path, problem) }
        let output = target
        let stage = stage
        try FileTree.makeFolders(stage.deletingLastPathComponent().path)
        let lock = try FolderLock(stage.deletingLastPathComponent().path)
        defer { lock.release() }
        removeOldStages()

        let folders = Self.folders(of: paths)
        let existing = try FileTree.prune(stage.path, keepingFiles: Set(paths), folders: folders)
        for folder in folders.subtracting(existing).sorted()
        where mkdir(stage.path + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw Diagnostic.about(stage.path + "/" + folder, "cannot create \(folder): \(SystemError.errnoText())")
        }

        func made(_ index: Int) -> (Outcome?, Note) {
            defer { progress?.step() }
            let (contents, note) = make(index)
            return (contents.map { place(paths[index], $0, stage: stage.path, live: output.path) }, note)
        }
        let first = paths.indices.filter { !last.contains($0) }
        var placed = Array(zip(first, parallelMap(first, jobs: jobs, made)))
        placed += last.sorted().map { ($0, made($0)) }
        let placedInOrder = placed.sorted { $0.0 < $1.0 }.map(\.1)
        let notes = placedInOrder.map(\.1)
        var result = Result()
        var complete = true
        for (path, (outcome, _)) in zip(paths, placedInOrder) {
            switch outcome {
            case .written: result.written += 1
            case .unchanged: result.unchanged += 1
            case let .failed(reason): throw Diagnostic.about(path, "\(path): \(reason)")
            case nil: complete = false
            }
        }
        guard complete else { return (nil, notes) }
        let markerPath = stage.path + "/" + Self.marker
        unlink(markerPath)
        guard RawFile.write(Data("Written by touchpoint; this folder is replaced by every build.\nbuild \(buildID)\n".utf8), to: markerPath) else {
            throw Diagnostic.about(markerPath, "cannot write \(Self.marker): \(SystemError.errnoText())")
        }
        let before = previousPaths ?? Set(FileTree.files(below: output.path)).subtracting([Self.marker])
        result.removed = before.subtracting(paths).count
        try swapIn(stage: stage.path, live: output.path)
        return (result, notes)
    }

    /// Writes files whose contents are all known.
    func write(_ files: [OutputFile], buildID: String, previousPaths: Set<String>? = nil) throws -> Result {
        let (result, _) = try write(paths: files.map(\.path), buildID: buildID, previousPaths: previousPaths) { (files[$0].contents, ()) }
        return result ?? Result()
    }

    /// Every folder the files need.
    static func folders(of paths: [String]) -> Set<String> {
        // Not NSString.deletingLastPathComponent: it traps on one-letter names.
        func parent(_ path: Substring) -> Substring { path.lastIndex(of: "/").map { path[..<$0] } ?? "" }
        var folders = Set<String>()
        for path in paths {
            var folder = parent(Substring(path))
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                folder = parent(folder)
            }
        }
        return folders
    }

    /// Makes the stage's copy of one file right. A stage file may share its
    /// inode with the live site, so it is only ever unlinked and replaced,
    /// never written into.
    private func place(_ path: String, _ contents: OutputFile.Contents, stage: String, live: String) -> Outcome {
        let target = stage + "/" + path
        let previous = live + "/" + path
        let data: Data
        switch contents {
        case .previous:
            if FileIdentity(target).sharesInode(with: FileIdentity(previous)) { return .unchanged }
            unlink(target)
            if link(previous, target) == 0 { return .unchanged }
            guard let bytes = fm.contents(atPath: previous) else { return .failed("cannot carry over the previous file") }
            return RawFile.write(bytes, to: target) ? .unchanged : .failed(SystemError.errnoText())
        case let .stream(body):
            // Written beside its place, then compared, since its bytes are known only once written.
            let made = target + ".touchpoint-stream"
            unlink(made)
            if let problem = RawFile.write(to: made, body) {
                unlink(made)
                return .failed(problem)
            }
            let same = RawFile.sameBytes(made, previous)
            unlink(target)
            if same && link(previous, target) == 0 {
                unlink(made)
                return .unchanged
            }
            guard rename(made, target) == 0 else { return .failed(SystemError.errnoText()) }
            return same ? .unchanged : .written
        case let .bytes(bytes): data = bytes
        case let .copy(source):
            guard let bytes = fm.contents(atPath: source.path) else { return .failed("cannot read \(source.path)") }
            data = bytes
        }
        // An identical file is linked, not rewritten: no new inode, and sync
        // tools that compare modification times see it as untouched.
        let same = RawFile.holds(data, at: previous)
        if same && FileIdentity(target).sharesInode(with: FileIdentity(previous)) { return .unchanged }
        unlink(target)
        if same && link(previous, target) == 0 { return .unchanged }
        guard RawFile.write(data, to: target) else { return .failed(SystemError.errnoText()) }
        return same ? .unchanged : .written
    }

    /// Stages of earlier versions lived beside the output, one per process.
    private func removeOldStages() {
        let prefix = ".\(name).staging-"
        for item in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where item.hasPrefix(prefix) {
            FileTree.remove(parent.appendingPathComponent(item).path)
        }
    }

    /// With RENAME_EXCHANGE the output path always names a complete site;
    /// the stage then holds the previous one, ready for the next build.
    private func swapIn(stage: String, live: String) throws(Diagnostic) {
        func move(_ from: String, _ to: String) throws(Diagnostic) {
            guard rename(from, to) == 0 else { throw Diagnostic.about(from, "cannot move \(from) to \(to): \(SystemError.errnoText())") }
        }
        var info = stat()
        guard lstat(live, &info) == 0 else { return try move(stage, live) }
        if tp_exchange_paths(stage, live) == 0 { return }
        // File systems without the exchange: three renames, a moment without a
        // site, and the old site put back if the second fails.
        let old = stage + ".old"
        FileTree.remove(old)
        try move(live, old)
        do {
            try move(stage, live)
        } catch {
            rename(old, live)
            throw error
        }
        try? move(old, stage)
    }
}

/// Device and inode of a path, not following a final symlink.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
    let exists: Bool

    init(_ path: String) {
        var info = stat()
        exists = lstat(path, &info) == 0
        device = exists ? UInt64(info.st_dev) : 0
        inode = exists ? UInt64(info.st_ino) : 0
    }

    func sharesInode(with other: FileIdentity) -> Bool { exists && other.exists && self == other }
}

/// One build at a time per output: the stage is shared between builds.
struct FolderLock {
    private let fd: Int32

    /// Waits until no other build holds the lock.
    init(_ folder: String) throws {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Diagnostic.about(folder, "cannot open \(folder): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(fd)
                throw Diagnostic.about(folder, "cannot lock \(folder): \(String(cString: strerror(errno)))")
            }
        }
    }

    func release() { close(fd) }
}
