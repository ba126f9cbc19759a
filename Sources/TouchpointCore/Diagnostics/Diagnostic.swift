/// One problem in the input, reported as `path:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    /// Relative to the site folder, e.g. `Content/journeys/claims.md`.
    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int = 1, column: Int = 1, severity: Severity = .error, message: String) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
    }
}

/// A build that stopped on errors; carries every error found, sorted.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
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
