import Foundation

/// A JSON syntax error at a byte offset; `LineMap` turns the offset into
/// line:column only when the error is shown.
struct JSONParseError: Error, Sendable, Hashable {
    var offset: Int
    var message: String
}

/// A strict RFC 8259 parser over bytes. Strict because data files are
/// shared with other tools: comments, trailing commas, NaN and single quotes
/// would make files that only Touchpoint reads. It never traps on bad input:
/// every index is checked and nesting is bounded.
enum JSONParser {
    /// Deep enough for any real data file, shallow enough that the recursive
    /// descent stays far from the stack limit of a test or worker thread.
    static let maxDepth = 512

    static func parse(_ data: Data) -> Result<JSONValue, JSONParseError> {
        parse([UInt8](data))
    }

    static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONByteParser(buffer)
            do throws(JSONParseError) {
                return .success(try parser.document())
            } catch {
                return .failure(error)
            }
        }
    }

    /// Convenience for tests and callers holding text.
    static func parse(_ text: String) -> Result<JSONValue, JSONParseError> {
        parse(Array(text.utf8))
    }
}

/// The recursive-descent state. Works on an unsafe buffer for speed in debug
/// builds, so every read goes through a bounds check written here.
struct JSONByteParser {
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var i = 0
    var depth = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        b = buffer
        n = buffer.count
    }

    mutating func document() throws(JSONParseError) -> JSONValue {
        if let bad = JSONText.firstInvalidUTF8(b) {
            throw JSONParseError(offset: bad, message: "invalid UTF-8 byte 0x\(JSONText.hex(b[bad])); save the file as UTF-8")
        }
        if JSONText.hasBOM(b) { i = 3 }
        let value = try parseValue()
        skipWhitespace()
        if i < n { throw unexpected("expected end of file after the JSON value") }
        return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard i < n else { throw endOfFile("expected a value") }
        let start = i
        switch b[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), offset: start)
        case UInt8(ascii: "t") where matches("true"):
            i += 4; return JSONValue(.bool(true), offset: start)
        case UInt8(ascii: "f") where matches("false"):
            i += 5; return JSONValue(.bool(false), offset: start)
        case UInt8(ascii: "n") where matches("null"):
            i += 4; return JSONValue(.null, offset: start)
        default:
            throw unexpected("expected a value")
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        let start = i
        try enter()
        i += 1
        var members: [JSONMember] = []
        // Small objects check duplicates linearly; large ones switch to a set.
        var seen: Set<String> = []
        skipWhitespace()
        if i < n, b[i] == UInt8(ascii: "}") {
            i += 1; depth -= 1
            return JSONValue(.object(JSONObject(members: members)), offset: start)
        }
        while true {
            skipWhitespace()
            guard i < n, b[i] == UInt8(ascii: "\"") else {
                if members.isEmpty { throw unexpected("expected a string key or '}'") }
                throw unexpected("expected a string key after ','", trailing: UInt8(ascii: "}"))
            }
            let keyOffset = i
            let key = try parseString()
            let duplicate = members.count < 16 ? members.contains(where: { $0.key == key }) : seen.contains(key)
            if duplicate { throw JSONParseError(offset: keyOffset, message: "duplicate key '\(key)'") }
            if members.count >= 15 {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                seen.insert(key)
            }
            skipWhitespace()
            guard i < n, b[i] == UInt8(ascii: ":") else { throw unexpected("expected ':' after the object key") }
            i += 1
            let value = try parseValue()
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard i < n else { throw endOfFile("expected ',' or '}' after an object member") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; break }
            throw unexpected("expected ',' or '}' after an object member")
        }
        depth -= 1
        return JSONValue(.object(JSONObject(members: members)), offset: start)
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        let start = i
        try enter()
        i += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if i < n, b[i] == UInt8(ascii: "]") {
            i += 1; depth -= 1
            return JSONValue(.array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            if !elements.isEmpty, i < n, b[i] == UInt8(ascii: "]") {
                throw unexpected("expected a value after ','", trailing: UInt8(ascii: "]"))
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard i < n else { throw endOfFile("expected ',' or ']' after an array element") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; break }
            throw unexpected("expected ',' or ']' after an array element")
        }
        depth -= 1
        return JSONValue(.array(elements), offset: start)
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONParser.maxDepth {
            throw JSONParseError(offset: i, message: "nesting deeper than \(JSONParser.maxDepth) levels")
        }
    }

    // MARK: Scanning helpers

    mutating func skipWhitespace() {
        while i < n {
            switch b[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= n else { return false }
        let w = word.utf8Start
        for k in 0..<count where b[i + k] != w[k] { return false }
        return true
    }

    func endOfFile(_ expectation: String) -> JSONParseError {
        JSONParseError(offset: n, message: "unexpected end of file: \(expectation)")
    }

    /// "expected X, found Y" at the current byte, or the end-of-file form.
    /// `trailing` names a closer that, found right after a comma, means a
    /// trailing comma — worth saying so, it is the most common slip.
    func unexpected(_ expectation: String, trailing: UInt8? = nil) -> JSONParseError {
        guard i < n else { return endOfFile(expectation) }
        var message = "\(expectation), found \(describeFound())"
        if let trailing, b[i] == trailing { message += " (JSON does not allow trailing commas)" }
        return JSONParseError(offset: i, message: message)
    }

    /// Names what sits at the current byte in words an author recognises.
    func describeFound() -> String {
        let c = b[i]
        if Self.isWordByte(c) {
            var end = i
            while end < n, end - i < 24, Self.isWordByte(b[end]) || (end > i && Self.isDigit(b[end])) { end += 1 }
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self))'"
        }
        switch c {
        case UInt8(ascii: "'"): return "a single quote (JSON strings need double quotes)"
        case UInt8(ascii: "/"): return "'/' (JSON does not allow comments)"
        case 0..<0x20, 0x7F: return "control character U+00\(JSONText.hex(c))"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(c)))'"
        default:
            // Non-ASCII: the buffer is valid UTF-8 here, so decode one scalar.
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            let end = min(n, i + length)
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self))'"
        }
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_")
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

}
