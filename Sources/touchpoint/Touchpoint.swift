import ArgumentParser
import Foundation
import TouchpointCore

@main
struct Touchpoint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touchpoint",
        abstract: "Builds customer-experience report sites from Markdown and data (JSON or CSV).",
        version: TouchpointVersion.string,
        subcommands: [Build.self, Check.self, New.self, Serve.self]
    )

    /// Usage errors exit with 2, as the product promises, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
