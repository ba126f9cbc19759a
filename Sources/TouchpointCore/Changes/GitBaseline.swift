import Foundation

/// `--baseline git:REV`: the content folder's `data/` at a revision, read
/// through the `git` command, never checked out.
enum GitBaseline {
    /// Why `revision` cannot be a baseline, checked before a build starts: a mistyped
    /// revision is a usage error, not a refresh compared with nothing.
    static func problem(revision: String, content: URL) -> String? {
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            return "expected a revision after git:, such as git:HEAD~1 or git:v2026-q2"
        }
        if case let .failure(failure) = git(["rev-parse", "--verify", "--end-of-options", revision + "^{commit}"], in: content) {
            return "git cannot read revision '\(revision)': \(failure.message)"
        }
        return nil
    }

    static func load(revision: String, content: URL, current: DataStore) -> Staged<Baseline> {
        let origin = "git:" + revision
        let display = SourceFile(displayPath: origin)
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            return Staged(.none, [display.error("--baseline git:REV needs a revision such as git:HEAD~1 or git:v2026-q2")])
        }
        // The data folder's path inside the repository, whatever folder the site is in.
        guard case let .success(prefix) = git(["rev-parse", "--show-prefix"], in: content) else {
            return Staged(.none, [display.error("--baseline: \(content.path) is not inside a git repository")])
        }
        let folder = String(decoding: prefix, as: UTF8.self).trimmingCharacters(in: .newlines) + "data/"
        let listing: Data
        switch git(["ls-tree", "-r", "-z", "--full-tree", revision + "^{commit}", "--", folder], in: content) {
        case let .success(output): listing = output
        case let .failure(failure):
            return Staged(.none, [display.error("--baseline: git cannot read revision '\(revision)': \(failure.message)")])
        }
        var entries: [String: Data] = [:]
        for record in listing.split(separator: 0) {
            // "<mode> blob <object>\t<path>"
            let line = String(decoding: record, as: UTF8.self)
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let fields = line[..<tab].split(separator: " ")
            let path = String(line[line.index(after: tab)...])
            guard fields.count == 3, fields[1] == "blob", path.hasPrefix(folder) else { continue }
            let relative = String(path.dropFirst(folder.count))
            guard relative.hasSuffix(".json") || relative.hasSuffix(".csv") || relative.hasSuffix(".csv.yml") else { continue }
            if case let .success(bytes) = git(["cat-file", "blob", String(fields[2])], in: content) { entries[relative] = bytes }
        }
        return Baseline.read(entries, origin: origin, display: origin + ":" + folder.dropLast(), current: current)
    }

    /// Runs git in `folder`; its output, or what it said on failure.
    struct Failure: Error {
        var message: String
    }

    static func git(_ arguments: [String], in folder: URL) -> Result<Data, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(Failure(message: "cannot run git (\(SystemError.describe(error)))")) }
        // git says little on its error stream, so reading it after the output cannot stall it.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Failure(message: message.isEmpty ? "git exited with status \(process.terminationStatus)" : message))
        }
        return .success(data)
    }
}
