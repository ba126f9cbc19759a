import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `touchpoint serve`, the real binary: a client sending an oversized head is
/// refused, everyone else is still answered, and Ctrl-C stops it cleanly.
@Suite struct ServeCommandTests {
    /// A port nothing listens on right now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Sends `request` and reads the answer until the server closes or `seconds` pass.
    static func exchange(port: Int, _ request: [UInt8], seconds: Int = 5) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { return nil }
        var offset = 0
        while offset < request.count {
            let sent = request[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may refuse and close before the whole head is sent; its answer is still readable.
            if sent <= 0 { break }
            offset += sent
        }
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer += buffer[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }

    static func get(port: Int, _ path: String) -> String? {
        exchange(port: port, Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
    }

    @Test func anOversizedHeadIsRefusedAndOthersAreStillServed() throws {
        let site = try Harness.site(Harness.minimalSite)
        let port = try Self.freePort()
        let process = Process()
        process.executableURL = Harness.binary
        process.arguments = ["serve", "--port", String(port), "--quiet", site.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // serve listens before its first build is done, and answers 404 until then.
        var home: String?
        for _ in 0..<400 where home?.hasPrefix("HTTP/1.1 200") != true {
            home = Self.get(port: port, "/")
            if home?.hasPrefix("HTTP/1.1 200") != true { Thread.sleep(forTimeInterval: 0.05) }
        }
        try #require(home?.hasPrefix("HTTP/1.1 200") == true, "serve did not answer: \(home ?? "no connection")")

        let big = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 400_000)
            + Array("\r\n\r\n".utf8)
        let refused = Self.exchange(port: port, big)
        #expect(refused?.hasPrefix("HTTP/1.1 431") == true, "\(refused?.prefix(80) ?? "no answer")")
        let longLine = Array("GET /\(String(repeating: "a", count: 20_000)) HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        #expect(Self.exchange(port: port, longLine)?.hasPrefix("HTTP/1.1 414") == true)
        let after = Self.get(port: port, "/journeys/claims/")
        #expect(after?.hasPrefix("HTTP/1.1 200") == true)
        #expect(after?.contains("The gap") == true)

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }
}
