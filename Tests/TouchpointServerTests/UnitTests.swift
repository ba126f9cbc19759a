import Foundation
import Testing
@testable import TouchpointServer

struct RequestPathTests {
    @Test func splitsAndDecodesOnce() {
        #expect(RequestPath(raw: "/") == .path(segments: [], trailingSlash: true))
        #expect(RequestPath(raw: "/journeys/claims") == .path(segments: ["journeys", "claims"], trailingSlash: false))
        #expect(RequestPath(raw: "/a%20b/./c/") == .path(segments: ["a b", "c"], trailingSlash: true))
        #expect(RequestPath(raw: "/%252e%252e/") == .path(segments: ["%2e%2e"], trailingSlash: true))
    }

    @Test(arguments: ["/../x", "/a/%2e%2e/x", "/a/..%2fx", "/a%2Fb", "/a%5cb", "/a%00b", "x", "/%zz"])
    func refuses(_ raw: String) {
        #expect(RequestPath(raw: raw) == .forbidden)
    }

    @Test func hidesDotFiles() {
        #expect(RequestPath(raw: "/.touchpoint-output") == .hidden)
        #expect(RequestPath(raw: "/a/%2egit/config") == .hidden)
    }
}

struct MIMETypeTests {
    @Test func knownAndUnknown() {
        #expect(MIMETypes.type(forPath: "/x/index.html") == "text/html; charset=utf-8")
        #expect(MIMETypes.type(forPath: "a.CSS") == "text/css; charset=utf-8")
        #expect(MIMETypes.type(forPath: "f.woff2") == "font/woff2")
        #expect(MIMETypes.type(forPath: "logo.webp") == "image/webp")
        #expect(MIMETypes.type(forPath: "archive.tar.zst") == "application/octet-stream")
        #expect(MIMETypes.type(forPath: "dir.d/README") == "application/octet-stream")
    }
}

struct InjectionTests {
    @Test func goesBeforeTheLastBodyClose() {
        let page = Data("<html><body><p>x</p></BODY></html>".utf8)
        let result = String(decoding: LiveReload.inject(into: page, generation: 3), as: UTF8.self)
        #expect(result.hasSuffix("</script></BODY></html>"))
        #expect(result.contains("since=3"))
    }

    @Test func appendsWithoutABody() {
        let result = String(decoding: LiveReload.inject(into: Data("<p>fragment</p>".utf8), generation: 0), as: UTF8.self)
        #expect(result.hasPrefix("<p>fragment</p><script>"))
    }

    @Test func eventsPrefixEveryLine() {
        let event = String(decoding: EventHub.event("error", "a:1:1: error: x\nb:2:2: error: <y>"), as: UTF8.self)
        #expect(event == "event: error\ndata: a:1:1: error: x\ndata: b:2:2: error: <y>\n\n")
    }
}

struct WatchFilterTests {
    @Test func ignoresEditorDroppings() {
        let filter = WatchFilter(roots: ["/home/.me/site/Content"], excluding: [URL(fileURLWithPath: "/site/Output")])
        for path in ["/site/Content/a.md~", "/site/Content/.#a.md", "/site/Content/.a.md.swp", "/site/Content/4913",
                     "/home/.me/site/Content/.touchpoint/cache", "/site/Output/index.html", "/site/Content/x.swp"] {
            #expect(filter.ignores(path: path), "\(path)")
        }
        #expect(!filter.ignores(path: "/site/Content/journeys/claims.md"))
        #expect(!filter.ignores(path: "/site/Outputs/a.md"))
        #expect(!filter.ignores(path: "/home/.me/site/Content/journeys/claims.md"))
    }
}

struct RebuildSchedulerTests {
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var batches: [[String]] = []
        func add(_ paths: [String]) { lock.withLock { batches.append(paths) } }
        var count: Int { lock.withLock { batches.count } }
    }

    @Test(.timeLimit(.minutes(1))) func aBurstIsOneBuild() async {
        let counter = Counter()
        let scheduler = RebuildScheduler(quiet: 0.15, maximum: 1.0) { counter.add($0) }
        for index in 0..<50 { scheduler.noteChanges(["/c/\(index).md"]) }
        _ = await waitUntil(timeout: 2) { counter.count > 0 }
        try? await Task.sleep(nanoseconds: 400_000_000)
        #expect(counter.count == 1)
        #expect(counter.batches.first?.count == 50)
        scheduler.stop()
    }

    @Test(.timeLimit(.minutes(1))) func changesDuringABuildCoalesceIntoOneMore() async {
        let counter = Counter()
        let scheduler = RebuildScheduler(quiet: 0.05, maximum: 1.0) { paths in
            counter.add(paths)
            Thread.sleep(forTimeInterval: 0.3)  // a slow build
        }
        scheduler.noteChanges(["/c/a.md"])
        _ = await waitUntil(timeout: 2) { counter.count == 1 }
        for index in 0..<20 { scheduler.noteChanges(["/c/\(index).md"]) }
        _ = await waitUntil(timeout: 3) { counter.count == 2 }
        try? await Task.sleep(nanoseconds: 600_000_000)
        #expect(counter.count == 2)
        scheduler.stop()
    }

    @Test(.timeLimit(.minutes(1))) func aSteadyTrickleStillBuildsWithinTheMaximum() async {
        let counter = Counter()
        let scheduler = RebuildScheduler(quiet: 0.15, maximum: 0.5) { counter.add($0) }
        let start = Date()
        while Date().timeIntervalSince(start) < 1.2 {
            scheduler.noteChanges(["/c/a.md"])
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(counter.count >= 1)
        scheduler.stop()
    }
}
