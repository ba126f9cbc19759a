import Foundation
import Testing
@testable import TouchpointServer

/// Edits on disk → rebuild → what browsers see and are told.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct LiveReloadTests {
    @Test func anEditIsServedWithinASecond() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let events = try EventListener(port: server.port, since: 1)
        defer { events.close() }
        #expect(await events.waitFor("retry:", timeout: 10))

        try site.write("Content/journeys/claims.md", TestSite.claims("Claims version two."))
        let seconds = await waitUntil(timeout: 10) {
            (try? await RawHTTP.get(port: server.port, "/journeys/claims/", timeout: 1))?.body.contains("Claims version two.") == true
        }
        let elapsed = try #require(seconds, "the edit was not served within 10 s")
        print("edit served after \(elapsed) s")
        #expect(elapsed < 1.0, "took \(elapsed) s")
        #expect(await events.waitFor("event: reload", timeout: 10))
        await server.stop()
    }

    @Test func aFailedRebuildSendsErrorsAndKeepsTheOldSite() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let events = try EventListener(port: server.port, since: 1)
        defer { events.close() }
        #expect(await events.waitFor("retry:", timeout: 10))

        try site.write("Content/journeys/claims.md", TestSite.claims("Broken version.", frontMatter: "date: 2026-02-30\n"))
        #expect(await events.waitFor("event: error", timeout: 10))
        #expect(events.text.contains("data: Content/journeys/claims.md:"))
        #expect(events.text.contains(": error:"))

        let page = try await RawHTTP.get(port: server.port, "/journeys/claims/")
        #expect(page.status == 200)
        #expect(page.body.contains("Claims version one."))
        #expect(page.body.contains("tp-error"), "the overlay script is in the page")

        // A page opened now learns about the failure at once.
        let late = try EventListener(port: server.port, since: 1)
        defer { late.close() }
        #expect(await late.waitFor("event: error", timeout: 10))

        // Fixing it reloads the pages, which drops the overlay.
        try site.write("Content/journeys/claims.md", TestSite.claims("Fixed version."))
        #expect(await events.waitFor("event: reload", timeout: 10))
        #expect(try await RawHTTP.get(port: server.port, "/journeys/claims/").body.contains("Fixed version."))
        await server.stop()
    }

    @Test func fiftyQuickWritesGiveAtMostTwoBuilds() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let before = server.buildCount

        for index in 0..<50 {
            try site.write("Content/journeys/claims.md", TestSite.claims("Write number \(index)."))
            if index % 10 == 0 { try site.write("Content/journeys/notes-\(index).md", "---\ntitle: Note \(index)\n---\n\nNote.\n") }
        }
        // Let the debounce settle: quiet period, the build, a possible follow-up.
        _ = await waitUntil(timeout: 10) { server.buildCount > before }
        try? await Task.sleep(nanoseconds: 1_500_000_000)
        let builds = server.buildCount - before
        #expect(builds >= 1 && builds <= 2, "\(builds) builds")
        #expect(try await RawHTTP.get(port: server.port, "/journeys/claims/").body.contains("Write number 49."))
        await server.stop()
    }

    @Test func thePollingFallbackSeesEdits() async throws {
        let site = try TestSite()
        defer { site.remove() }
        var configuration = PreviewServer.Configuration(build: .init(siteFolder: site.folder))
        configuration.port = 0
        configuration.watchMode = .polling
        let server = PreviewServer(configuration: configuration)
        try await server.start()
        #expect(server.watcherKind == "polling")
        #expect(await server.build().succeeded)

        try site.write("Content/journeys/claims.md", TestSite.claims("Polled version."))
        let seconds = await waitUntil(timeout: 10) {
            (try? await RawHTTP.get(port: server.port, "/journeys/claims/", timeout: 1))?.body.contains("Polled version.") == true
        }
        #expect(seconds != nil)
        await server.stop()
    }

    @Test func aStalePageIsToldToReloadOnConnect() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let events = try EventListener(port: server.port, since: 0)
        defer { events.close() }
        #expect(await events.waitFor("event: reload", timeout: 10))
        await server.stop()
    }
}

/// A `Themes/` folder made after `serve` started is watched like one that was there.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct LateThemeFolderTests {
    @Test func aThemeFolderMadeLaterIsWatched() async throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("Themes").path))
        let server = try await site.startServer()
        #expect(server.watcherKind == "inotify")
        // One override file: the theme falls back to the built-in default for the rest.
        try site.write("Themes/default/templates/partials/footer.mustache", "<footer><p>Footer from a late theme</p></footer>\n")
        let first = await waitUntil(timeout: 10) {
            (try? await RawHTTP.get(port: server.port, "/journeys/claims/", timeout: 1))?.body.contains("Footer from a late theme") == true
        }
        #expect(first != nil, "the new theme folder was not noticed")
        // And edits inside it are seen from then on.
        try site.write("Themes/default/templates/partials/footer.mustache", "<footer><p>Footer edited</p></footer>\n")
        let second = await waitUntil(timeout: 10) {
            (try? await RawHTTP.get(port: server.port, "/journeys/claims/", timeout: 1))?.body.contains("Footer edited") == true
        }
        #expect(second != nil, "an edit in the new theme folder was not noticed")
        await server.stop()
    }
}
