/// Byte-level helpers shared by the JSON parser and the data loader:
/// strict UTF-8 validation and offset → line:column conversion.
enum JSONText {
    /// The UTF-8 byte order mark some Windows editors write; JSON forbids it
    /// but it is harmless, so the parser skips it.
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Two upper-case hex digits, as messages show a byte.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    static func hasBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The offset of the first byte that does not start a well-formed UTF-8
    /// sequence (Unicode Table 3-7: no overlongs, no surrogates, ≤ U+10FFFF),
    /// or nil when the whole buffer is valid. A broken multi-byte sequence is
    /// reported at its lead byte: that is the byte a Latin-1 editor wrote.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }  // truncated at end of file
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            var k = 2
            while k <= need {
                if b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }
}

/// Converts byte offsets to 1-based line and column. Built only when an error
/// is reported, so valid files never pay for it. Columns count characters
/// (Unicode scalars), not bytes, so `é` is one column; a tab is one column.
struct LineMap: Sendable {
    private var lineStarts: [Int] = [0]
    private let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A {
                lineStarts.append(i + 1)
            } else if c == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A {
                // A lone CR (classic Mac) also ends a line; CRLF ends at the LF.
                lineStarts.append(i + 1)
            }
            i += 1
        }
        // The BOM is invisible in editors, so it must not shift column 1.
        if bytes.starts(with: JSONText.bom) { lineStarts[0] = 3 }
    }

    func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        // Binary search for the last line start ≤ offset.
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = min(lineStarts[lo], offset)
        var column = 1
        var i = start
        while i < offset {
            // Continuation bytes (10xxxxxx) belong to the previous character.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (lo + 1, column)
    }
}
