/// One problem in the input, reported as `path:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    /// Relative to the site folder, e.g. `Content/journeys/claims.md`.
    public var path: String
    /// 0 for a problem with a whole folder or file that has no position, such as the output folder.
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String
    /// The build stage that found it; set as the stage hands its result on.
    public var stage: Stage?

    public init(path: String, line: Int = 1, column: Int = 1, severity: Severity = .error, message: String) {
        self.path = path
        self.line = max(0, line)
        self.column = line <= 0 ? 0 : max(1, column)
        self.severity = severity
        self.message = message
    }

    public var description: String {
        line == 0 ? "\(path): \(severity.rawValue): \(message)" : "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }

    /// A problem with a whole folder, or with a file as a whole on disk.
    public static func about(_ path: String, severity: Severity = .error, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: 0, severity: severity, message: message)
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
    }
}

/// A build that stopped on errors; carries every error found, sorted.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The command line named unusable folders (exit status 2), rather than the content being wrong (1).
    public var isUsageError: Bool
    public init(_ diagnostics: [Diagnostic], isUsageError: Bool = false) {
        self.diagnostics = diagnostics.sorted()
        self.isUsageError = isUsageError
    }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// "2 in load, 1 in render": where the errors were found, in stage order.
    public var errorsByStage: String {
        let counts = Dictionary(grouping: errors.compactMap(\.stage), by: { $0 }).mapValues(\.count)
        return counts.keys.sorted().map { "\(counts[$0] ?? 0) in \($0.rawValue)" }.joined(separator: ", ")
    }
}

/// A file whose diagnostics are shifted from a fragment's lines to the file's.
struct SourceFile: Sendable, Hashable {
    var displayPath: String

    func error(_ message: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        Diagnostic(path: displayPath, line: line, column: column, message: message)
    }

    func warning(_ message: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        Diagnostic(path: displayPath, line: line, column: column, severity: .warning, message: message)
    }
}
