import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client over a loopback socket. URL clients (URLSession,
/// curl) collapse `..` and `%2e%2e` before sending, so traversal attempts and
/// the event stream are sent byte for byte from here.
///
/// Each exchange blocks a thread of its own: a test blocking one of the few
/// threads that Swift's tasks share would leave the server it waits for
/// without a thread whenever another test did the same.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: String
}

enum RawHTTP {
    /// Sends `GET target` with `Connection: close` and reads until the server closes.
    static func get(port: Int, _ target: String, timeout: Double = 5) async throws -> RawResponse {
        try await exchange(port: port, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", timeout: timeout)
    }

    /// Sends `request` byte for byte and parses the first response in what comes back before the server closes.
    static func exchange(port: Int, _ request: String, timeout: Double = 5) async throws -> RawResponse {
        try await onThread {
            let fd = try connect(port: port, timeout: timeout)
            defer { close(fd) }
            try send(fd, request)
            let (data, _) = readUntilClosed(fd)
            return try parse(String(decoding: data, as: UTF8.self))
        }
    }

    /// Everything received until the server closes (true) or a receive times out or fails (false).
    static func readUntilClosed(_ fd: Int32) -> (Data, closed: Bool) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { return (data, true) }
            if count < 0 { return (data, false) }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    static func parse(_ text: String) throws -> RawResponse {
        guard let split = text.range(of: "\r\n\r\n") else { throw TestFailure("no response head in: \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = (lines.first ?? "").split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestFailure("bad status line: \(lines.first ?? "")") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawResponse(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    static func connect(port: Int, timeout: Double) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket() failed") }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw TestFailure("cannot connect to 127.0.0.1:\(port)")
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw TestFailure("send failed after \(sent) of \(bytes.count) bytes") }
            sent += count
        }
    }
}

/// Listens to `/__touchpoint/events` on a thread and keeps everything received.
final class EventListener: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var received = ""
    private let done = DispatchSemaphore(value: 0)

    init(port: Int, since: Int? = nil) throws {
        fd = try RawHTTP.connect(port: port, timeout: 0.2)
        let query = since.map { "?since=\($0)" } ?? ""
        try RawHTTP.send(fd, "GET /__touchpoint/events\(query) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        let thread = Thread { [self] in read() }
        thread.start()
    }

    var text: String { lock.withLock { received } }

    func waitFor(_ needle: String, timeout: Double) async -> Bool {
        await waitUntil(timeout: timeout) { text.contains(needle) } != nil
    }

    /// Ends the reading thread; the receive timeout wakes it at most 0.2 s later.
    func close() {
        shutdown(fd, Int32(SHUT_RDWR))
        _ = done.wait(timeout: .now() + 2)
        Glibc.close(fd)
    }

    private func read() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                break
            }
            let chunk = String(decoding: buffer[0..<count], as: UTF8.self)
            lock.withLock { received += chunk }
        }
        done.signal()
    }
}

/// Runs blocking socket code on a thread of its own (see `RawHTTP`).
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
