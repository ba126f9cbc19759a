import ArgumentParser
import Foundation
import TouchpointCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @OptionGroup var options: SiteOptions

    @Flag(help: "Ignore the incremental cache and build everything.")
    var clean = false

    func run() throws {
        var buildOptions = options.buildOptions()
        buildOptions.clean = clean
        do {
            let summary = try Pipeline.build(buildOptions)
            Terminal.clearProgress()
            Terminal.printDiagnostics(summary.warnings)
            if ProcessInfo.processInfo.environment["TOUCHPOINT_TIMINGS"] != nil {
                FileHandle.standardError.write(Data("timings: \(summary.timings)\n".utf8))
            }
            if !options.quiet {
                print("Built \(summary.line)")
                // A file:// URL opens in any browser on any system; `open` is macOS only.
                print("Open \(buildOptions.output.appendingPathComponent("index.html").standardizedFileURL.absoluteString) "
                      + "in a browser, or preview with: touchpoint serve")
            }
        } catch let failure {
            Terminal.report(failure)
            throw ExitCode(failure.isUsageError ? 2 : 1)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate content, data, chart specs and links; write nothing.")

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("Write what changed since the baseline, stale data and fired alerts to this JSON file (docs/refresh.md).",
                               valueName: "FILE"))
    var changes: String?

    @Flag(help: "Exit with status 3 when any alert of site.yml fires.")
    var failOnAlerts = false

    func run() throws {
        let summary: BuildSummary
        do {
            summary = try Pipeline.check(options.buildOptions())
            Terminal.clearProgress()
            Terminal.printDiagnostics(summary.warnings)
            if !options.quiet { print("No errors: \(summary.pages) pages, \(summary.charts) charts, \(summary.dataFiles) data files") }
        } catch let failure {
            Terminal.clearProgress()
            Terminal.printDiagnostics(failure.diagnostics)
            let count = failure.errors.count
            FileHandle.standardError.write(Data("\(count) error\(count == 1 ? "" : "s")\n".utf8))
            throw ExitCode(failure.isUsageError ? 2 : 1)
        }
        if let changes {
            let url = URL(fileURLWithPath: changes)
            do {
                try Data(summary.changes.utf8).write(to: url, options: .atomic)
            } catch {
                FileHandle.standardError.write(Data("\(changes): error: cannot write the changes: \(SystemError.describe(error))\n".utf8))
                throw ExitCode(1)
            }
        }
        if failOnAlerts && summary.alerts > 0 {
            FileHandle.standardError.write(Data("\(summary.alerts) alert\(summary.alerts == 1 ? "" : "s") fired\n".utf8))
            throw ExitCode(3)
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a starter site: a copy of the example report, or with --bare the smallest one.")

    @Argument(help: "The folder to create.")
    var folder: String

    @Flag(help: "A minimal site (a home page, one section, one CSV file and one chart) instead of the example report.")
    var bare = false

    func run() throws {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        do {
            let files = try StarterSite.create(at: url, bare: bare)
            // A URL works in any browser on any system; `open` is macOS only.
            let page = url.appendingPathComponent("Output/index.html").absoluteString
            print("Created \(folder) with \(files.count) files. Next:\n  touchpoint serve \(folder)    (a live preview)\n"
                  + "or\n  touchpoint build \(folder)    then open \(page) in a browser")
        } catch {
            FileHandle.standardError.write(Data("\(folder): error: \(SystemError.describe(error))\n".utf8))
            throw ExitCode(1)
        }
    }
}
