import Foundation

/// Numbers written as text in exports: what a plain cell means, and what a
/// decorated one ("2.345,5 €", "12%", "$1,200") was meant to say, for hints.
enum NumberText {
    /// A plain number: `-12`, `3.5`, `1e3`; with `decimalComma`, `3,5` and
    /// `1.234,5` as European exports write them. Grouped thousands must group
    /// by three, so "1,5" in a comma file is never read as 15.
    static func parse(_ text: String, decimalComma: Bool) -> Double? {
        // Most cells of an export are plain digits: read those without Foundation's string search,
        // which was most of reading a 100,000-row survey.
        if isPlain(text, decimalComma: decimalComma) { return Double(text).flatMap { $0.isFinite ? $0 : nil } }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first.isNumber || first == "-" || first == "+" || first == "." || first == ","
        else { return nil }
        let decimal: Character = decimalComma ? "," : "."
        let group: Character = decimalComma ? "." : ","
        var digits = trimmed
        if trimmed.contains(group) {
            guard groupedCorrectly(trimmed, group: group, decimal: decimal) else { return nil }
            digits.removeAll { $0 == group }
        }
        if decimalComma { digits = digits.replacingOccurrences(of: ",", with: ".") }
        guard digits.allSatisfy({ $0.isASCII }), let value = Double(digits), value.isFinite,
              !digits.lowercased().contains("n"), !digits.lowercased().contains("x") else { return nil }
        return value
    }

    /// Digits with an optional leading minus and (with a decimal point) at most one point: what `Double` reads alike.
    static func isPlain(_ text: String, decimalComma: Bool) -> Bool {
        var points = 0, digits = 0, index = 0
        for byte in text.utf8 {
            defer { index += 1 }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: ".") where !decimalComma && points == 0: points += 1
            default: return false
            }
        }
        return digits > 0
    }

    /// "1,234,567.5": groups of exactly three after the first.
    static func groupedCorrectly(_ text: String, group: Character, decimal: Character) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let integer = body.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integer.split(separator: group, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }

    static let decorations: Set<Character> = ["€", "$", "£", "¥", "%", "‰", "\u{00A0}", "\u{202F}", " ", "'"]

    /// The number a decorated text stands for, when it is one: "2.345,5 €" → 2345.5,
    /// "12%" → 12, "$1,200" → 1200. nil for words, dates and plain numbers.
    static func intended(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: { decorations.contains($0) }) || looksLikeCodeOnly(trimmed) else { return nil }
        var core = trimmed.filter { !decorations.contains($0) }
        for code in ["EUR", "USD", "GBP", "CHF", "pts", "pp"] {
            if core.hasSuffix(code) { core = String(core.dropLast(code.count)) }
            if core.hasPrefix(code) { core = String(core.dropFirst(code.count)) }
        }
        guard !core.isEmpty, core.allSatisfy({ $0.isNumber || "-+.,".contains($0) }) else { return nil }
        // The last separator followed by one or two digits is the decimal mark.
        if let last = core.lastIndex(where: { $0 == "," || $0 == "." }),
           core.distance(from: last, to: core.endIndex) - 1 != 3 {
            let decimalComma = core[last] == ","
            return parse(core, decimalComma: decimalComma)
        }
        return parse(core, decimalComma: false) ?? parse(core, decimalComma: true)
    }

    private static func looksLikeCodeOnly(_ text: String) -> Bool {
        ["EUR", "USD", "GBP", "CHF"].contains { text.hasSuffix($0) || text.hasPrefix($0) }
    }

    /// Words exports use for a missing value.
    static let missingWords: Set<String> = ["n/a", "na", "N/A", "NA", "-", "–", "—", "null", "NULL", "none", "?", "#N/A"]

    /// How to fix a text found where a number belongs.
    static func hint(for text: String, unitAdvice: String, missing: String) -> String {
        if let number = intended(text) {
            return "write the number alone (\(DataChecker.format(number)))" + unitAdvice
        }
        if missingWords.contains(text.trimmingCharacters(in: .whitespaces)) {
            return missing + " for a missing value"
        }
        return "give a number, or " + missing + " for a missing value"
    }
}
