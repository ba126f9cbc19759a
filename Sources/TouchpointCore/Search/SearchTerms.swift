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

    /// Every word of `text`, folded, in order.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var plainASCII = true
        func finish() {
            guard !current.isEmpty else { return }
            let word = String(current)
            words.append(plainASCII ? word : fold(word))
            current = String.UnicodeScalarView()
            plainASCII = true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch scalar.value {
                case 0x30...0x39, 0x61...0x7A: current.append(scalar)
                case 0x41...0x5A: current.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
                default: finish()
                }
            } else if isWordPart(scalar) {
                current.append(scalar)
                plainASCII = false
            } else {
                finish()
            }
        }
        finish()
        return words.filter { !$0.isEmpty }
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
