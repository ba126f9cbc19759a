/// Strings and numbers: the two token kinds with their own grammar.
extension JSONByteParser {
    /// Parses a string starting at `"`. UTF-8 was validated up front, so raw
    /// bytes can be copied as they are; only escapes need decoding.
    mutating func parseString() throws(JSONParseError) -> String {
        let open = i
        i += 1
        let contentStart = i
        // Fast path: most strings have no escapes.
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: b[contentStart..<i]), as: UTF8.self)
                i += 1
                return text
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw controlCharacter(c) }
            i += 1
        }
        var out = Array(UnsafeBufferPointer(rebasing: b[contentStart..<i]))
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            } else if c == UInt8(ascii: "\\") {
                try parseEscape(into: &out)
            } else if c < 0x20 {
                throw controlCharacter(c)
            } else {
                out.append(c)
                i += 1
            }
        }
        throw JSONParseError(offset: open, message: "unterminated string")
    }

    func controlCharacter(_ c: UInt8) -> JSONParseError {
        if c == 0x0A || c == 0x0D {
            return JSONParseError(offset: i, message: "line break inside a string (is a closing '\"' missing?)")
        }
        return JSONParseError(offset: i, message: "unescaped control character U+00\(JSONText.hex(c)) in a string")
    }

    mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
        let backslash = i
        guard i + 1 < n else { throw JSONParseError(offset: backslash, message: "unterminated string") }
        let e = b[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hex4(escapeAt: backslash)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard i + 1 < n, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                    throw loneSurrogate(unit, at: backslash)
                }
                let lowAt = i
                i += 2
                let low = try hex4(escapeAt: lowAt)
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: backslash) }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw loneSurrogate(unit, at: backslash)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw loneSurrogate(unit, at: backslash) }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            let shown = e >= 0x20 && e < 0x7F ? String(Character(Unicode.Scalar(e))) : "U+00\(JSONText.hex(e))"
            throw JSONParseError(offset: backslash, message: "invalid escape '\\\(shown)' in a string")
        }
    }

    func loneSurrogate(_ unit: UInt16, at offset: Int) -> JSONParseError {
        let text = JSONText.hex(UInt8(unit >> 8)) + JSONText.hex(UInt8(unit & 0xFF))
        return JSONParseError(offset: offset, message: "lone surrogate '\\u\(text)' in a string")
    }

    /// Reads the four hex digits after `\u` (i points at the first one).
    mutating func hex4(escapeAt backslash: Int) throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard i < n, let digit = Self.hexValue(b[i]) else {
                throw JSONParseError(offset: backslash, message: "expected four hex digits after '\\u'")
            }
            value = value << 4 | UInt16(digit)
            i += 1
        }
        return value
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept literally.
    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = i
        if b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n, Self.isDigit(b[i]) else { throw unexpected("expected a digit after '-'") }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < n, Self.isDigit(b[i]) {
                throw JSONParseError(offset: start, message: "numbers must not start with a leading zero")
            }
        } else {
            skipDigits()
        }
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n, Self.isDigit(b[i]) else { throw unexpected("expected a digit after the decimal point") }
            skipDigits()
        }
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, Self.isDigit(b[i]) else { throw unexpected("expected a digit in the exponent") }
            skipDigits()
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        // Overflow to infinity would poison chart scales; underflow to 0 is harmless.
        guard let double = Double(literal), double.isFinite else {
            throw JSONParseError(offset: start, message: "number out of range")
        }
        return JSONNumber(literal: literal, double: double)
    }

    mutating func skipDigits() {
        while i < n, Self.isDigit(b[i]) { i += 1 }
    }
}
