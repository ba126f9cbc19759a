import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import TouchpointServer

/// Requests against a real server on a free loopback port over a fresh site.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ServingTests {
    @Test func servesPagesWithTheReloadScriptOnlyOnTheWire() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()

        // A real URL client for the ordinary case.
        let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/"))
        let (data, response) = try await fetch(url)
        let page = String(decoding: data, as: UTF8.self)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
        #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Cache-Control") == "no-store")
        #expect(page.contains("EventSource(\"/__touchpoint/events"))
        let script = try #require(page.range(of: "<script>/* touchpoint serve"))
        let bodyEnd = try #require(page.range(of: "</body>", options: .backwards))
        #expect(script.lowerBound < bodyEnd.lowerBound)

        let onDisk = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__touchpoint"))
        await server.stop()
    }

    @Test func prettyURLsRedirectsAndTheNotFoundPage() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let port = server.port

        let section = try await RawHTTP.get(port: port, "/journeys/claims/")
        #expect(section.status == 200)
        #expect(section.body.contains("Claims version one."))

        let bare = try await RawHTTP.get(port: port, "/journeys/claims?x=1")
        #expect(bare.status == 301)
        #expect(bare.headers["location"] == "/journeys/claims/?x=1")

        let missing = try await RawHTTP.get(port: port, "/no/such/page/")
        let notFoundPage = try String(contentsOf: site.output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(missing.status == 404)
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
        #expect(missing.body.hasPrefix(String(notFoundPage.prefix(200))))

        let hidden = try await RawHTTP.get(port: port, "/.touchpoint-output")
        #expect(hidden.status == 404)
        await server.stop()
    }

    @Test(arguments: ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/journeys/..%2f..%2fsecret",
                      "/journeys/%2e%2e/%2e%2e/secret", "/journeys/..%5c..%5csecret", "/%2E%2E/secret"])
    func refusesPathsThatClimbOut(_ target: String) async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("secret", "TOP-SECRET")
        let server = try await site.startServer()

        let response = try await RawHTTP.get(port: server.port, target)
        #expect(response.status != 200)
        #expect(!response.body.contains("TOP-SECRET"))
        #expect(!response.body.contains("root:"))
        await server.stop()
    }

    @Test func refusesSymlinksOutOfTheOutputFolder() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("secret.txt", "TOP-SECRET")
        let server = try await site.startServer()
        // Made after the build: every build replaces the output folder.
        try FileManager.default.createSymbolicLink(atPath: site.output.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: site.folder.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: site.output.appendingPathComponent("up").path,
                                                   withDestinationPath: site.folder.path)

        for target in ["/leak.txt", "/up/secret.txt", "/up/Content/site.yml"] {
            let response = try await RawHTTP.get(port: server.port, target)
            #expect(response.status == 403 || response.status == 404, "\(target)")
            #expect(!response.body.contains("TOP-SECRET"))
        }
        await server.stop()
    }

    @Test func contentTypes() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("Content/files/data.json", "{\"a\":1}")
        try site.write("Content/files/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.write("Content/files/extra.css", "body{}")
        let server = try await site.startServer()

        let expected = ["/files/data.json": "application/json", "/files/chart.svg": "image/svg+xml",
                        "/files/extra.css": "text/css; charset=utf-8"]
        for (target, type) in expected {
            let response = try await RawHTTP.get(port: server.port, target)
            #expect(response.status == 200, "\(target)")
            #expect(response.headers["content-type"] == type, "\(target)")
            #expect(!response.body.contains("EventSource"), "only HTML gets the script")
        }
        await server.stop()
    }

    @Test func busyPortIsAClearError() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let first = try await site.startServer()
        var configuration = first.configuration
        configuration.port = first.port
        let second = PreviewServer(configuration: configuration)
        await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: first.port)) {
            try await second.start()
        }
        #expect(ServeError.portInUse(host: "127.0.0.1", port: 8000).description == "127.0.0.1:8000 is in use; try --port 8001")
        await first.stop()
    }

    private func fetch(_ url: URL) async throws -> (Data, URLResponse) {
        try await withCheckedThrowingContinuation { continuation in
            var request = URLRequest(url: url)
            request.timeoutInterval = 5
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let data, let response {
                    continuation.resume(returning: (data, response))
                } else {
                    continuation.resume(throwing: error ?? TestFailure("no response"))
                }
            }.resume()
        }
    }
}
