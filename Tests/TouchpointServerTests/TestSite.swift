import Foundation
import TouchpointCore
@testable import TouchpointServer

/// A throwaway site folder with a minimal Content, removed by `remove()`.
struct TestSite {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("touchpoint-serve-\(UUID().uuidString)")
        try write("Content/site.yml", "title: T\n")
        try write("Content/index.md", "---\ntitle: Home\n---\n\n# Home\n\nWelcome.\n")
        try write("Content/journeys/index.md", "---\ntitle: Journeys\n---\n\n# Journeys\n")
        try write("Content/journeys/claims.md", Self.claims("Claims version one."))
    }

    static func claims(_ text: String, frontMatter: String = "") -> String {
        "---\ntitle: Claims\n\(frontMatter)---\n\n# Claims\n\n\(text)\n"
    }

    var content: URL { folder.appendingPathComponent("Content") }
    var output: URL { folder.appendingPathComponent("Output") }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A server on a free loopback port, already built and started.
    func startServer(quiet: Double = 0.15, maximum: Double = 1.0, limits: ConnectionLimits = ConnectionLimits()) async throws -> PreviewServer {
        var configuration = PreviewServer.Configuration(build: BuildOptions(siteFolder: folder))
        configuration.port = 0
        configuration.quietPeriod = quiet
        configuration.maximumDelay = maximum
        configuration.build.jobs = 1
        configuration.limits = limits
        let server = PreviewServer(configuration: configuration)
        try await server.start()
        let first = await server.build()
        guard first.succeeded else { throw TestFailure("first build failed: \(first.result)") }
        return server
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Polls `condition` every 20 ms until it holds or `timeout` seconds pass; returns the seconds it took, or nil.
func waitUntil(timeout: Double, _ condition: () async -> Bool) async -> Double? {
    let start = Date()
    while Date().timeIntervalSince(start) < timeout {
        if await condition() { return Date().timeIntervalSince(start) }
        try? await Task.sleep(nanoseconds: 20_000_000)
    }
    return nil
}
