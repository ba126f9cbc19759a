import CAtomicRename
import Foundation

/// Step 5 of a build: write every file into a staging folder beside the
/// output, then exchange the two folders in one atomic rename. A build that
/// fails or is killed before that leaves the previous site as it was.
public struct SiteWriter {
    public struct Result: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
    }

    /// Marks a folder as Touchpoint's, so a build never replaces a folder it did not make.
    static let marker = ".touchpoint-output"

    let output: URL
    let jobs: Int
    private let fm = FileManager.default

    public init(output: URL, jobs: Int = 1) {
        self.output = output.standardizedFileURL
        self.jobs = jobs
    }

    enum Outcome {
        case written, unchanged
        case failed(String)
    }

    /// Every folder the files need, parents first, made once each.
    private func createFolders(for files: [OutputFile], in stage: URL) throws {
        var folders = Set<String>()
        for file in files {
            var folder = (file.path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted() where mkdir(stage.appendingPathComponent(folder).path, 0o755) != 0 && errno != EEXIST {
            throw WriteError(message: "cannot create \(folder): \(String(cString: strerror(errno)))")
        }
    }

    /// Writes one file into the staging folder; an unchanged file is linked from the current output.
    private func place(_ file: OutputFile, in stage: URL) -> Outcome {
        let target = stage.appendingPathComponent(file.path).path
        let previous = output.appendingPathComponent(file.path).path
        let data: Data
        switch file.contents {
        case .previous:
            if link(previous, target) == 0 { return .unchanged }
            guard let bytes = fm.contents(atPath: previous) else { return .failed("cannot carry over the previous file") }
            return RawFile.write(bytes, to: target) ? .unchanged : .failed(String(cString: strerror(errno)))
        case let .bytes(bytes): data = bytes
        case let .copy(source):
            guard let bytes = fm.contents(atPath: source.path) else { return .failed("cannot read \(source.path)") }
            data = bytes
        }
        guard RawFile.write(data, to: target) else { return .failed(String(cString: strerror(errno))) }
        return RawFile.size(previous) == data.count && fm.contents(atPath: previous) == data ? .unchanged : .written
    }

    var parent: URL { output.deletingLastPathComponent() }
    var name: String { output.lastPathComponent }

    /// Refuses an existing, non-empty folder that is not an earlier output.
    func checkReplaceable() -> String? {
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "\(output.path) exists and is not a folder" }
        let items = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if items.isEmpty || items.contains(Self.marker) { return nil }
        return "\(output.path) exists and was not written by touchpoint (it has no \(Self.marker) file); choose a new folder or empty it yourself"
    }

    /// Leftovers of builds that were killed before they could tidy up.
    func removeLeftovers() {
        let prefix = ".\(name).staging-"
        for item in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where item.hasPrefix(prefix) {
            FileTree.remove(parent.appendingPathComponent(item).path)
        }
    }

    /// The build id in an output folder's marker, if it has one.
    static func readMarker(in output: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(marker).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").first(where: { $0.hasPrefix("build ") }).map { String($0.dropFirst(6)) }
    }

    public func write(_ files: [OutputFile], buildID: String = "") throws -> Result {
        if let problem = checkReplaceable() { throw WriteError(message: problem) }
        removeLeftovers()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let stage = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        FileTree.remove(stage.path)
        try fm.createDirectory(at: stage, withIntermediateDirectories: true)

        try createFolders(for: files, in: stage)
        let outcomes = parallelMap(files, jobs: jobs) { file in place(file, in: stage) }
        var result = Result()
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .written: result.written += 1
            case .unchanged: result.unchanged += 1
            case let .failed(reason):
                FileTree.remove(stage.path)
                throw WriteError(message: "\(file.path): \(reason)")
            }
        }
        let newPaths = Set(files.map(\.path))
        try Data("Written by touchpoint; this folder is replaced by every build.\nbuild \(buildID)\n".utf8)
            .write(to: stage.appendingPathComponent(Self.marker))
        result.removed = previousFiles().subtracting(newPaths).count
        try swapIn(stage)
        return result
    }

    private func previousFiles() -> Set<String> {
        Set(FileTree.files(below: output.path)).subtracting([Self.marker])
    }

    /// With RENAME_EXCHANGE the output path always names a complete site.
    private func swapIn(_ stage: URL) throws {
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: stage, to: output)
            return
        }
        if tp_exchange_paths(stage.path, output.path) == 0 {
            FileTree.remove(stage.path)
            return
        }
        // Filesystems without the exchange: two renames, a moment without a site.
        let old = parent.appendingPathComponent(".\(name).staging-old-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.moveItem(at: output, to: old)
        try fm.moveItem(at: stage, to: output)
        FileTree.remove(old.path)
    }
}

public struct WriteError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
