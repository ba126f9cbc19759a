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
    private let fm = FileManager.default

    public init(output: URL) {
        self.output = output.standardizedFileURL
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
            try? fm.removeItem(at: parent.appendingPathComponent(item))
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
        try? fm.removeItem(at: stage)
        try fm.createDirectory(at: stage, withIntermediateDirectories: true)

        var result = Result()
        var createdFolders = Set<String>()
        var newPaths = Set<String>()
        for file in files {
            newPaths.insert(file.path)
            let target = stage.appendingPathComponent(file.path)
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folder.isEmpty, createdFolders.insert(folder).inserted {
                try fm.createDirectory(at: stage.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let data: Data
            switch file.contents {
            case .previous:
                let previous = output.appendingPathComponent(file.path)
                if link(previous.path, target.path) != 0 {
                    try fm.copyItem(at: previous, to: target)
                }
                result.unchanged += 1
                continue
            case let .bytes(bytes): data = bytes
            case let .copy(source):
                guard let bytes = fm.contents(atPath: source.path) else {
                    throw WriteError(message: "cannot read \(source.path)")
                }
                data = bytes
            }
            try data.write(to: target)
            let previous = output.appendingPathComponent(file.path)
            if let old = fm.contents(atPath: previous.path), old == data {
                result.unchanged += 1
            } else {
                result.written += 1
            }
        }
        try Data("Written by touchpoint; this folder is replaced by every build.\nbuild \(buildID)\n".utf8)
            .write(to: stage.appendingPathComponent(Self.marker))
        result.removed = previousFiles().subtracting(newPaths).count
        try swapIn(stage)
        return result
    }

    private func previousFiles() -> Set<String> {
        guard let enumerator = fm.enumerator(atPath: output.path) else { return [] }
        var paths = Set<String>()
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue, path != Self.marker {
                paths.insert(path)
            }
        }
        return paths
    }

    /// With RENAME_EXCHANGE the output path always names a complete site.
    private func swapIn(_ stage: URL) throws {
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: stage, to: output)
            return
        }
        if tp_exchange_paths(stage.path, output.path) == 0 {
            try? fm.removeItem(at: stage)
            return
        }
        // Filesystems without the exchange: two renames, a moment without a site.
        let old = parent.appendingPathComponent(".\(name).staging-old-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.moveItem(at: output, to: old)
        try fm.moveItem(at: stage, to: output)
        try? fm.removeItem(at: old)
    }
}

public struct WriteError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
