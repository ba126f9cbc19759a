import Foundation
import TouchpointCore

/// What the commands print: diagnostics to stderr, summaries to stdout.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(diagnostics.map { $0.description + "\n" }.joined().utf8))
    }

    static func report(_ failure: BuildFailure) {
        clearProgress()
        printDiagnostics(failure.diagnostics)
        let count = failure.errors.count
        let stages = failure.errorsByStage.isEmpty ? "" : " (\(failure.errorsByStage))"
        FileHandle.standardError.write(Data("\(count) error\(count == 1 ? "" : "s")\(stages); the previous output is unchanged\n".utf8))
    }

    static func clearProgress() {
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    @Sendable static func progress(_ status: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(status)…".utf8))
    }
}
