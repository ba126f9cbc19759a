import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import TouchpointServer

/// What a client can send or withhold, and that everyone else is still served.
/// Time bounds here only tell "answered" from "hung"; they are generous.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ServeLimitsTests {
    /// Short timeouts, so the tests that wait for one take about a second.
    static var quick: ConnectionLimits {
        var limits = ConnectionLimits()
        limits.headTimeout = 1
        limits.writeTimeout = 1
        return limits
    }

    @Test func aHugeHeaderIsRefusedWhileOthersAreServed() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let port = server.port
        let huge = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 400_000) + "\r\n\r\n"

        // Two at once: before the limits, two of these kept both cores busy for minutes.
        async let first = RawHTTP.exchange(port: port, huge)
        async let second = RawHTTP.exchange(port: port, huge)
        let normal = try await RawHTTP.get(port: port, "/", timeout: 5)
        #expect(normal.status == 200)
        #expect(try await first.status == 431)
        #expect(try await second.status == 431)
        #expect(try await RawHTTP.get(port: port, "/journeys/claims/").status == 200)
        await server.stop()
    }

    @Test func aLongRequestLineIsRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let port = server.port
        let long = try await RawHTTP.get(port: port, "/" + String(repeating: "a", count: 9000))
        #expect(long.status == 414)
        let fine = try await RawHTTP.get(port: port, "/?" + String(repeating: "a", count: 8000))
        #expect(fine.status == 200)
        await server.stop()
    }

    @Test func tooManyHeadersAreRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let port = server.port
        @Sendable func request(headers count: Int) -> String {
            // Host and Connection are two of them.
            "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + (2..<count).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        }
        #expect(try await RawHTTP.exchange(port: port, request(headers: 101)).status == 431)
        #expect(try await RawHTTP.exchange(port: port, request(headers: 100)).status == 200)
        await server.stop()
    }

    @Test(arguments: [("GET /a b HTTP/1.1\r\n\r\n", 400), ("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 400),
                      ("GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n", 400), ("GET / HTTP/2.0\r\n\r\n", 505)])
    func malformedHeadsAreRefused(_ request: String, _ status: Int) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let port = server.port
        #expect(try await RawHTTP.exchange(port: port, request).status == status)
        await server.stop()
    }

    @Test func anIdleConnectionIsClosed() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer(limits: Self.quick)
        let port = server.port
        let (received, closed) = try await onThread {
            let fd = try RawHTTP.connect(port: port, timeout: 5)
            defer { close(fd) }
            return RawHTTP.readUntilClosed(fd)
        }
        #expect(closed, "still open after 5 s")
        #expect(received.isEmpty)
        #expect(try await RawHTTP.get(port: port, "/").status == 200)
        await server.stop()
    }

    @Test func aTricklingClientIsClosed() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer(limits: Self.quick)
        let port = server.port
        // A header line every 100 ms keeps the connection busy but never ends the head.
        let closedEarly = try await onThread {
            let fd = try RawHTTP.connect(port: port, timeout: 5)
            defer { close(fd) }
            try RawHTTP.send(fd, "GET / HTTP/1.1\r\n")
            for index in 0..<50 {
                guard (try? RawHTTP.send(fd, "X-\(index): v\r\n")) != nil else { return true }
                var byte: UInt8 = 0
                if recv(fd, &byte, 1, Int32(MSG_DONTWAIT)) == 0 { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        #expect(closedEarly, "a trickling client was still connected after 5 s")
        #expect(try await RawHTTP.get(port: port, "/").status == 200)
        await server.stop()
    }

    @Test func aKeptAliveConnectionServesPipelinedRequestsThenClosesWhenIdle() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer(limits: Self.quick)
        let port = server.port
        let (received, closed) = try await onThread {
            let fd = try RawHTTP.connect(port: port, timeout: 5)
            defer { close(fd) }
            try RawHTTP.send(fd, "GET / HTTP/1.1\r\nHost: x\r\n\r\nHEAD /journeys/claims/ HTTP/1.1\r\nHost: x\r\n\r\n")
            return RawHTTP.readUntilClosed(fd)
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.components(separatedBy: "HTTP/1.1 200 OK\r\n").count == 3)
        #expect(!text.contains("Claims version one."), "HEAD has no body")
        #expect(text.hasSuffix("\r\n\r\n"))
        #expect(closed, "the kept-alive connection was still open after 5 s")
        await server.stop()
    }

    @Test func aRequestWithABodyIsAnsweredAndClosed() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let port = server.port
        let body = String(repeating: "b", count: 300_000)
        let response = try await RawHTTP.exchange(port: port, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(response.status == 405)
        #expect(response.headers["connection"] == "close")
        await server.stop()
    }

    @Test func aClientThatStopsReadingIsClosed() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer(limits: Self.quick)
        let port = server.port
        let size = 64 << 20
        // Written after the build, which replaces the output folder.
        try Data(count: size).write(to: site.output.appendingPathComponent("big.bin"))
        let (received, closed) = try await onThread {
            let fd = try RawHTTP.connect(port: port, timeout: 5)
            defer { close(fd) }
            try RawHTTP.send(fd, "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
            Thread.sleep(forTimeInterval: 3)
            return RawHTTP.readUntilClosed(fd)
        }
        #expect(closed)
        #expect(received.count < size)
        #expect(try await RawHTTP.get(port: port, "/").status == 200)
        await server.stop()
    }

    @Test func stopEndsConnectionsThatAreStillOpen() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = try await site.startServer()
        let idle = try RawHTTP.connect(port: server.port, timeout: 5)
        defer { close(idle) }
        let events = try EventListener(port: server.port)
        defer { events.close() }
        #expect(await events.waitFor("retry:", timeout: 5))
        let stopped = Date()
        await server.stop()
        #expect(Date().timeIntervalSince(stopped) < 5)
        let (_, closed) = try await onThread { RawHTTP.readUntilClosed(idle) }
        #expect(closed)
    }
}
