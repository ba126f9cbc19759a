import ArgumentParser
import Foundation
import TouchpointCore
import TouchpointServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve on 127.0.0.1:8000, rebuild and reload on every change.")

    @OptionGroup var options: SiteOptions

    @Option(help: "The address to listen on; keep it a loopback address unless you mean to share the preview.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (1-65535).")
    var port = 8000

    @Flag(help: "Poll for changes every half second instead of using inotify.")
    var poll = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, got \(port)") }
    }

    func run() async throws {
        let signals = StopSignals()
        let buildOptions = options.buildOptions()
        var configuration = PreviewServer.Configuration(build: buildOptions)
        configuration.host = host
        configuration.port = port
        configuration.watchMode = poll ? .polling : .automatic
        let quiet = options.quiet
        let server = PreviewServer(configuration: configuration) { report in
            Self.print(report, quiet: quiet)
        }

        // Bind first: a busy port should fail at once, before a build writes anything.
        do {
            try await server.start()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let first = await server.build()
        if !first.succeeded {
            // Serve the last good site if there is one; with nothing to show, stop.
            let index = buildOptions.output.appendingPathComponent("index.html").path
            guard FileManager.default.fileExists(atPath: index) else {
                await server.stop()
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("Serving the previous output until the errors are fixed\n".utf8))
        }
        Self.say("Serving \(server.url.absoluteString) — watching Content and Themes (Ctrl-C to stop)")
        _ = await signals.wait()
        await server.stop()
        if !quiet { Self.say("\nStopped") }
    }

    /// Each build as the `build` command prints it; runs on the server's build queue.
    static func print(_ report: PreviewServer.BuildReport, quiet: Bool) {
        switch report.result {
        case let .success(summary):
            Terminal.clearProgress()
            Terminal.printDiagnostics(summary.warnings)
            guard !quiet else { return }
            let cause = report.changes.isEmpty ? "Built" : "Rebuilt (\(describe(report.changes)))"
            say("\(cause) \(summary.line)")
        case let .failure(failure):
            Terminal.report(failure)
        }
    }

    /// Prints and flushes, so the lines show up promptly when stdout is a pipe or a log file.
    static func say(_ line: String) {
        Swift.print(line)
        fflush(stdout)
    }

    private static func describe(_ changes: [String]) -> String {
        let names = changes.map { ($0 as NSString).lastPathComponent }
        let shown = Array(NSOrderedSet(array: names).array.compactMap { $0 as? String }.prefix(3))
        return shown.joined(separator: ", ") + (names.count > shown.count ? ", …" : "")
    }
}
