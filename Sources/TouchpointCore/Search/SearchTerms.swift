/// The words search matches on. The page's script (Themes/default/assets/
/// search.js) splits a query by the same rule, so the two must agree: runs
/// of letters, digits and combining marks; decomposed, marks dropped,
/// lower-cased ("Qualität" → "qualitat"); words of one letter and the most
/// common English words left out.
enum SearchTerms {
    /// Distinct words of `text`, sorted.
    static func distinct(_ text: String) -> [String] {
        var text = text
        var (words, folded) = text.withUTF8 { distinctWords($0) }
        guard folded else {
            // ASCII words of one letter were never kept; stop words are at most five letters.
            return words.filter { $0.utf8.count > 5 || !stopWords.contains($0) }.sorted()
        }
        // Strings equal as Unicode text but not byte for byte are one word, as a Set<String> has them.
        var unique = Set<String>()
        words = words.filter { unique.insert($0).inserted }
        return words.filter { $0.count > 1 && !stopWords.contains($0) }.sorted()
    }

    /// The words of `bytes` (UTF-8), each once, in the order first seen, and
    /// whether any was folded. A plain loop over bytes, and a word of
    /// lower-case letters and digits (most words) is taken from the text as
    /// it is; only one that must change is copied.
    private static func distinctWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: [String], folded: Bool) {
        var seen = ByteStrings()
        var folded = false
        var start = -1  // of the word being read, -1 between words
        var copying = false
        // The word being read once it must change: ASCII letters lower-cased, other scalars as they are until `fold`.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var plainASCII = true
        var at = 0
        while true {
            let end = at >= bytes.count
            var separator = 1  // bytes of the separator at `at`
            if !end {
                let byte = bytes[at]
                switch byte {
                case 0x30...0x39, 0x61...0x7A:
                    if start < 0 { start = at }
                    if copying { word.append(byte) }
                    at += 1
                    continue
                case 0x41...0x5A:
                    if start < 0 { start = at }
                    if !copying {
                        word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<at]))
                        copying = true
                    }
                    word.append(byte + 0x20)
                    at += 1
                    continue
                case 0x00...0x7F:
                    break
                default:
                    // A scalar of two to four bytes: its lead byte, then continuation bytes (10xxxxxx).
                    var next = at + 1
                    while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
                    let sequence = UnsafeBufferPointer(rebasing: bytes[at..<next])
                    if let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first, isWordPart(scalar) {
                        if start < 0 { start = at }
                        if !copying {
                            word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<at]))
                            copying = true
                        }
                        word.append(contentsOf: sequence)
                        plainASCII = false
                        at = next
                        continue
                    }
                    separator = next - at
                }
            }
            // A separator or the end: the word read so far is whole.
            if start >= 0 {
                if !copying {
                    if at - start > 1 { seen.number(of: UnsafeBufferPointer(rebasing: bytes[start..<at])) }
                } else if plainASCII {
                    if word.count > 1 { word.withUnsafeBufferPointer { _ = seen.number(of: $0) } }
                } else {
                    var text = fold(String(decoding: word, as: UTF8.self))
                    text.withUTF8 { _ = seen.number(of: $0) }
                    folded = true
                }
                start = -1
                copying = false
                word.removeAll(keepingCapacity: true)
                plainASCII = true
            }
            if end { break }
            at += separator
        }
        return (seen.strings, folded)
    }

    /// JavaScript's `\p{L}`, `\p{N}` and `\p{Mn}`.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark:
            return true
        default:
            return false
        }
    }

    /// `normalize("NFD")`, marks removed, `toLowerCase()`.
    private static func fold(_ word: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            kept.append(scalar)
        }
        return String(kept).lowercased()
    }

    /// Words nearly every English page holds: indexing them would only make the index larger.
    static let stopWords: Set<String> = [
        "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "is", "it", "its",
        "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "will", "with",
    ]
}
