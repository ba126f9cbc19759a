import Testing
@testable import TouchpointServer

/// The request-head parser against a table of heads, with small limits so
/// every boundary is exact: at a limit is accepted, one byte past is refused.
struct RequestHeadParserTests {
    static let limits: RequestHeadLimits = {
        var limits = RequestHeadLimits()
        limits.requestLine = 20
        limits.headerLine = 10
        limits.headerBlock = 30
        limits.headerCount = 3
        return limits
    }()

    typealias Field = RequestHead.Field
    typealias Outcome = RequestHeadParser.Outcome

    static func head(_ method: String = "GET", _ target: String = "/", minor: Int = 1, _ fields: [Field] = []) -> RequestHead {
        RequestHead(method: method, target: target, minorVersion: minor, fields: fields)
    }

    /// (what the client sends, what the parser answers once it has all of it).
    static let table: [(String, Outcome)] = [
        // Accepted heads; `consumed` stops at the end of the head.
        ("GET / HTTP/1.1\r\n\r\n", .complete(head(), consumed: 18)),
        ("GET / HTTP/1.1\r\n\r\nGET /next", .complete(head(), consumed: 18)),
        ("HEAD /a?b=c HTTP/1.0\r\nHost: x\r\n\r\n",
         .complete(head("HEAD", "/a?b=c", minor: 0, [Field(name: "Host", value: "x")]), consumed: 33)),
        ("GET / HTTP/1.1\nA: b\n\n", .complete(head("GET", "/", [Field(name: "A", value: "b")]), consumed: 21)),
        ("\r\n\nGET / HTTP/1.1\r\n\r\n", .complete(head(), consumed: 21)),
        ("GET / HTTP/1.1\r\nA: \t b c \t\r\n\r\n", .complete(head("GET", "/", [Field(name: "A", value: "b c")]), consumed: 30)),
        ("GET / HTTP/1.1\r\nA:\r\nA:1\r\n\r\n",
         .complete(head("GET", "/", [Field(name: "A", value: ""), Field(name: "A", value: "1")]), consumed: 27)),
        ("GET / HTTP/1.9\r\n\r\n", .complete(head("GET", "/", minor: 9), consumed: 18)),
        ("OPTIONS * HTTP/1.1\r\n\r\n", .complete(head("OPTIONS", "*"), consumed: 22)),
        ("GET / HTTP/1.1\r\nA: caf\u{E9}\r\n\r\n", .complete(head("GET", "/", [Field(name: "A", value: "caf\u{E9}")]), consumed: 27)),
        ("GET / HTTP/1.1\r\nA: caf\u{C3}\u{A9}\r\n\r\n", .complete(head("GET", "/", [Field(name: "A", value: "caf\u{E9}")]), consumed: 28)),
        // Unfinished.
        ("", .needMore),
        ("\r\n", .needMore),
        ("GET / HTTP/1.1\r\nA: b\r\n", .needMore),
        ("GET / HTTP/1.1\r\n\r", .needMore),
        // The request line: 20 bytes pass, 21 are refused, empty lines before it count.
        ("GET /234567 HTTP/1.1\r\n\r\n", .complete(head("GET", "/234567"), consumed: 24)),
        ("GET /2345678 HTTP/1.1", .rejected(.requestLineTooLong)),
        ("\nGET /23456 HTTP/1.1\r\n\r\n", .complete(head("GET", "/23456"), consumed: 24)),
        ("\r\nGET /23456 HTTP/1.1\r\n\r\n", .rejected(.requestLineTooLong)),
        (String(repeating: "\r\n", count: 11), .rejected(.requestLineTooLong)),
        // One header line: 10 bytes pass, 11 are refused.
        ("GET / HTTP/1.1\r\nA: 4567890\r\n\r\n", .complete(head("GET", "/", [Field(name: "A", value: "4567890")]), consumed: 30)),
        ("GET / HTTP/1.1\r\nA: 45678901", .rejected(.headerLineTooLong)),
        // The block: 30 bytes with every line ending and the final empty line.
        ("GET / HTTP/1.1\r\nA: 4567890\r\nB: 4567890\r\nC:\r\n\r\n",
         .complete(head("GET", "/", [Field(name: "A", value: "4567890"), Field(name: "B", value: "4567890"), Field(name: "C", value: "")]),
                   consumed: 46)),
        ("GET / HTTP/1.1\r\nA: 4567890\r\nB: 4567890\r\nC:1\r\n\r\n", .rejected(.headerBlockTooLarge)),
        ("GET / HTTP/1.1\r\nA: 4567890\r\nB: 4567890\r\nC:\r\n\r", .needMore),
        // Three fields pass, a fourth is refused.
        ("GET / HTTP/1.1\r\nA:1\r\nB:2\r\nC:3\r\n\r\n",
         .complete(head("GET", "/", [Field(name: "A", value: "1"), Field(name: "B", value: "2"), Field(name: "C", value: "3")]),
                   consumed: 33)),
        ("GET / HTTP/1.1\r\nA:1\r\nB:2\r\nC:3\r\nD:4\r\n", .rejected(.tooManyHeaders)),
        // Malformed request lines.
        ("GET  / HTTP/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET /\r\n", .rejected(.malformedRequestLine)),
        ("GET / HTTP/1.1 x\r\n", .rejected(.malformedRequestLine)),
        ("G(T / HTTP/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET /\u{7F} HTTP/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET /\u{E9} HTTP/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET\t/ HTTP/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET / http/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET / HTTP/1.10\r\n", .rejected(.malformedRequestLine)),
        ("GET / HTTP/11\r\n", .rejected(.malformedRequestLine)),
        ("GET / HTTP/1.1\rX", .rejected(.malformedRequestLine)),
        ("\rGET / HTTP/1.1\r\n", .rejected(.malformedRequestLine)),
        ("GET / HTTP/2.0\r\n", .rejected(.unsupportedVersion)),
        ("GET / HTTP/0.9\r\n", .rejected(.unsupportedVersion)),
        // Malformed fields.
        ("GET / HTTP/1.1\r\nA : b\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\n A: b\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\nA: b\r\n\tc\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\nA b\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\n: b\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\nA: b\u{0}c\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\nA: b\u{7F}\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\nA: b\rc\r\n", .rejected(.malformedHeaderField)),
        ("GET / HTTP/1.1\r\n\rX", .rejected(.malformedHeaderField)),
    ]

    /// Latin-1 so that "\u{E9}" is the single byte 0xE9 (obs-text), as a client would send it.
    static func bytes(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }

    @Test(arguments: table)
    func wholeAtOnce(_ input: String, _ expected: Outcome) {
        var parser = RequestHeadParser(limits: Self.limits)
        #expect(parser.parse(Self.bytes(input)) == expected)
    }

    /// The same answer however the bytes are split, `consumed` counted from the start.
    @Test(arguments: table, [1, 2, 3, 7])
    func inChunks(_ example: (String, Outcome), _ size: Int) {
        #expect(Self.feed(Self.bytes(example.0), chunk: size) == example.1)
    }

    static func feed(_ bytes: [UInt8], chunk size: Int) -> Outcome {
        var parser = RequestHeadParser(limits: limits)
        var offset = 0
        var outcome = Outcome.needMore
        while offset < bytes.count || offset == 0 {
            let end = min(offset + size, bytes.count)
            outcome = parser.parse(bytes[offset..<end])
            if case let .complete(head, consumed) = outcome { return .complete(head, consumed: offset + consumed) }
            if case .rejected = outcome { return outcome }
            offset = end
            if bytes.isEmpty { break }
        }
        return outcome
    }

    /// A refusal comes on the first byte past the limit, not at the end of the line:
    /// nothing beyond the limits is ever buffered or scanned.
    @Test func refusesOnTheFirstByteOverALimit() {
        var limits = RequestHeadLimits()
        limits.headerLine = 100
        let request = Array("GET / HTTP/1.1\r\nX-Big: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 400_000)
        var parser = RequestHeadParser(limits: limits)
        var taken = 0
        for byte in request {
            taken += 1
            if case .rejected(.headerLineTooLong) = parser.parse(CollectionOfOne(byte)) { break }
        }
        #expect(taken == "GET / HTTP/1.1\r\n".utf8.count + 101)
    }

    @Test func aFinishedParserTakesNothingMore() {
        var parser = RequestHeadParser(limits: Self.limits)
        #expect(!parser.hasStarted)
        #expect(parser.parse(Self.bytes("GET / HTTP/1.1\r\n\r\nrest")) == .complete(Self.head(), consumed: 18))
        #expect(parser.hasStarted)
        #expect(parser.parse(Self.bytes("more")) == .complete(Self.head(), consumed: 0))
        var refused = RequestHeadParser(limits: Self.limits)
        #expect(refused.parse(Self.bytes("GET / HTTP/3.0\r\n")) == .rejected(.unsupportedVersion))
        #expect(refused.parse(Self.bytes("GET / HTTP/1.1\r\n\r\n")) == .rejected(.unsupportedVersion))
    }

    @Test func rejectionsMapToStatuses() {
        let statuses = [HeadRejection.requestLineTooLong, .headerLineTooLong, .headerBlockTooLarge, .tooManyHeaders,
                        .malformedRequestLine, .malformedHeaderField, .unsupportedVersion].map(\.status)
        #expect(statuses == [414, 431, 431, 431, 400, 400, 505])
    }
}

struct RequestHeadTests {
    static func head(minor: Int, _ fields: [(String, String)]) -> RequestHead {
        RequestHead(method: "GET", target: "/", minorVersion: minor, fields: fields.map { RequestHead.Field(name: $0.0, value: $0.1) })
    }

    @Test func keepAliveFollowsTheVersionAndConnection() {
        #expect(Self.head(minor: 1, []).keepsAlive)
        #expect(!Self.head(minor: 1, [("connection", "Close")]).keepsAlive)
        #expect(!Self.head(minor: 1, [("Connection", "upgrade, close")]).keepsAlive)
        #expect(Self.head(minor: 1, [("Connection", "keep-alive")]).keepsAlive)
        #expect(!Self.head(minor: 0, []).keepsAlive)
        #expect(Self.head(minor: 0, [("Connection", "Keep-Alive")]).keepsAlive)
    }

    @Test func aBodyIsAnnouncedByLengthOrTransferEncoding() {
        #expect(!Self.head(minor: 1, []).announcesBody)
        #expect(!Self.head(minor: 1, [("Content-Length", "0")]).announcesBody)
        #expect(Self.head(minor: 1, [("content-length", "3")]).announcesBody)
        #expect(Self.head(minor: 1, [("Content-Length", "0"), ("Content-Length", "5")]).announcesBody)
        #expect(Self.head(minor: 1, [("Transfer-Encoding", "chunked")]).announcesBody)
    }

    @Test func valuesIgnoreTheNamesCase() {
        #expect(Self.head(minor: 1, [("Host", "a"), ("X", "b"), ("HOST", "c")]).values("host") == ["a", "c"])
    }
}
