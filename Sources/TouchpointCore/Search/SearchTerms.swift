/// The words search matches on. The page's script (Themes/default/assets/
/// search.js) splits a query by the same rule, so the two must agree: runs
/// of letters, digits and combining marks; decomposed, marks dropped,
/// lower-cased ("Qualität" → "qualitat"); words of one letter and the most
/// common English words left out.
enum SearchTerms {
    /// Distinct words of `text`, sorted.
    static func distinct(_ text: String) -> [String] {
        var seen = Set<String>()
        for word in words(text) where word.count > 1 && !stopWords.contains(word) { seen.insert(word) }
        return seen.sorted()
    }

    /// Every word of `text`, folded, in order. Read as UTF-8 bytes: building
    /// words scalar by scalar was a seventh of a clean build's CPU.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var plainASCII = true
        func finish() {
            guard !word.isEmpty else { return }
            let text = String(decoding: word, as: UTF8.self)
            words.append(plainASCII ? text : fold(text))
            word.removeAll(keepingCapacity: true)
            plainASCII = true
        }
        var bytes = text.utf8.makeIterator()
        var pending: UInt8? = nil
        while let byte = pending ?? bytes.next() {
            pending = nil
            switch byte {
            case 0x30...0x39, 0x61...0x7A: word.append(byte)
            case 0x41...0x5A: word.append(byte + 0x20)
            case 0x00...0x7F: finish()
            default:
                // A scalar of two to four bytes: its lead byte, then continuation bytes (10xxxxxx).
                var sequence = [byte]
                while let next = bytes.next() {
                    if next & 0xC0 == 0x80 { sequence.append(next) } else { pending = next; break }
                }
                let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first
                if let scalar, isWordPart(scalar) {
                    word += sequence
                    plainASCII = false
                } else {
                    finish()
                }
            }
        }
        finish()
        return words
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
