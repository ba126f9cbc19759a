/// Reads one request head (RFC 9112 §2–5) from bytes as they arrive.
///
/// Every byte is looked at a bounded number of times and nothing is kept past
/// the limits, so feeding n bytes costs O(n) however they are split into
/// chunks, and a refusal comes as soon as a limit is crossed, not when the
/// line or head ends. Lines may end in CRLF or a bare LF (§2.2); a bare CR,
/// obsolete line folding and whitespace before a field's colon are refused.
struct RequestHeadParser {
    enum Outcome: Equatable {
        /// Every byte given so far belongs to an unfinished head.
        case needMore
        /// The head ended after `consumed` bytes of the last chunk; the rest is not the head's.
        case complete(RequestHead, consumed: Int)
        case rejected(HeadRejection)
    }

    let limits: RequestHeadLimits
    /// True once any byte has arrived: a connection that ends or times out before
    /// then was idle, not cut off mid-request.
    private(set) var hasStarted = false
    private var line: [UInt8] = []
    private var afterCR = false
    /// Line endings of the empty lines skipped before the request line.
    private var preambleBytes = 0
    /// Every byte after the request line, line endings included.
    private var blockBytes = 0
    private var requestLine: (method: String, target: String, minorVersion: Int)?
    private var fields: [RequestHead.Field] = []
    private var outcome: Outcome?

    init(limits: RequestHeadLimits = RequestHeadLimits()) {
        self.limits = limits
    }

    /// Takes the next bytes of the connection. Once the head is complete or
    /// refused, later calls take nothing and repeat the outcome (with `consumed: 0`).
    mutating func parse(_ bytes: some Collection<UInt8>) -> Outcome {
        if let outcome {
            if case let .complete(head, _) = outcome { return .complete(head, consumed: 0) }
            return outcome
        }
        var consumed = 0
        for byte in bytes {
            consumed += 1
            hasStarted = true
            if let result = take(byte) {
                let final = if case let .complete(head, _) = result { Outcome.complete(head, consumed: consumed) } else { result }
                outcome = final
                return final
            }
        }
        return .needMore
    }

    private var inRequestLine: Bool { requestLine == nil }

    private mutating func take(_ byte: UInt8) -> Outcome? {
        if !inRequestLine {
            blockBytes += 1
            if blockBytes > limits.headerBlock { return .rejected(.headerBlockTooLarge) }
        } else if line.isEmpty, byte == .cr || byte == .lf {
            preambleBytes += 1
            if preambleBytes > limits.requestLine { return .rejected(.requestLineTooLong) }
        }
        if afterCR {
            afterCR = false
            guard byte == .lf else { return .rejected(inRequestLine ? .malformedRequestLine : .malformedHeaderField) }
            return endLine()
        }
        switch byte {
        case .lf:
            return endLine()
        case .cr:
            afterCR = true
            return nil
        default:
            line.append(byte)
            if inRequestLine {
                if preambleBytes + line.count > limits.requestLine { return .rejected(.requestLineTooLong) }
            } else if line.count > limits.headerLine {
                return .rejected(.headerLineTooLong)
            }
            return nil
        }
    }

    private mutating func endLine() -> Outcome? {
        defer { line.removeAll(keepingCapacity: true) }
        if inRequestLine {
            if line.isEmpty { return nil }
            switch Self.requestLine(line) {
            case let .success(parsed): requestLine = parsed
            case let .failure(rejection): return .rejected(rejection)
            }
            return nil
        }
        guard !line.isEmpty else {
            guard let requestLine else { return .rejected(.malformedRequestLine) }
            return .complete(RequestHead(method: requestLine.method, target: requestLine.target,
                                         minorVersion: requestLine.minorVersion, fields: fields), consumed: 0)
        }
        if fields.count >= limits.headerCount { return .rejected(.tooManyHeaders) }
        guard let field = Self.field(line) else { return .rejected(.malformedHeaderField) }
        fields.append(field)
        return nil
    }

    /// `method SP request-target SP HTTP/1.x`, one space apart.
    static func requestLine(_ line: [UInt8]) -> Result<(method: String, target: String, minorVersion: Int), HeadRejection> {
        let parts = line.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isTokenCharacter),
              !parts[1].isEmpty, parts[1].allSatisfy({ (0x21...0x7E).contains($0) })
        else { return .failure(.malformedRequestLine) }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == UInt8(ascii: "."),
              let major = version[5].digitValue, let minor = version[7].digitValue
        else { return .failure(.malformedRequestLine) }
        guard major == 1 else { return .failure(.unsupportedVersion) }
        return .success((String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), minor))
    }

    /// `name ":" OWS value OWS`, with no space before the colon (RFC 9112 §5.1).
    static func field(_ line: [UInt8]) -> RequestHead.Field? {
        guard let colon = line.firstIndex(of: .colon) else { return nil }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(\.isTokenCharacter) else { return nil }
        var value = line[(colon + 1)...]
        while let first = value.first, first == .space || first == .tab { value.removeFirst() }
        while let last = value.last, last == .space || last == .tab { value.removeLast() }
        guard value.allSatisfy(\.isFieldValueByte) else { return nil }
        return RequestHead.Field(name: String(decoding: name, as: UTF8.self), value: text(value))
    }

    /// UTF-8 where it is; otherwise each byte is one Latin-1 character, as
    /// obs-text was once meant, so no byte turns into a replacement character.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

private extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")
    static let tokenSymbols = Array("!#$%&'*+-.^_`|~".utf8)

    /// RFC 9110 §5.6.2 `tchar`: what methods and field names are made of.
    var isTokenCharacter: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            true
        default:
            Self.tokenSymbols.contains(self)
        }
    }

    /// RFC 9110 §5.5: visible characters, space, tab and obs-text; no other control characters.
    var isFieldValueByte: Bool {
        self == .tab || (0x20...0x7E).contains(self) || self >= 0x80
    }

    var digitValue: Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) ? Int(self - UInt8(ascii: "0")) : nil
    }
}
