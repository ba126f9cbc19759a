/// HTML escaping as swift-mustache's `htmlEscape` does it: `<`, `>`, `&`,
/// `"` and `'`, compared as whole `Character`s. So a special character
/// joined into one grapheme with its neighbour (`&` followed by a combining
/// mark) is left alone. That can only happen next to non-ASCII text, which
/// takes the slow, `Character` path; everything else is scanned as UTF-8
/// and copied in unchanged runs.
enum HTMLEscape {
    static func append(_ text: String, to output: inout String) {
        let handled = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            var specials = 0
            for i in 0..<count where isSpecial(bytes[i]) {
                if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < count && bytes[i + 1] >= 0x80) { return false }
                specials += 1
            }
            if specials == 0 {
                output.append(text)
                return true
            }
            let utf8 = text.utf8
            var runStart = 0
            for i in 0..<count where isSpecial(bytes[i]) {
                if runStart < i {
                    // Cut at ASCII bytes, so the indices fall on scalar boundaries.
                    output.append(contentsOf: text[utf8.index(utf8.startIndex, offsetBy: runStart)..<utf8.index(utf8.startIndex, offsetBy: i)])
                }
                output.append(replacement(bytes[i]))
                runStart = i + 1
            }
            if runStart < count {
                output.append(contentsOf: text[utf8.index(utf8.startIndex, offsetBy: runStart)...])
            }
            return true
        }
        if handled != true { appendByCharacter(text, to: &output) }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }

    private static func replacement(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "\""): return "&quot;"
        default: return "&#39;"
        }
    }

    private static func appendByCharacter(_ text: String, to output: inout String) {
        for c in text {
            switch c {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(c)
            }
        }
    }
}
