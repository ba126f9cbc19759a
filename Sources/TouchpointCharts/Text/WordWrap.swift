/// Word wrap that never drops text: every word is kept, and a word wider than the line is split
/// between characters. Charts use it where cutting a label to "…" would lose what it says.
public enum WordWrap {
    /// `text` broken into lines no wider than `width` (except a single character wider than it).
    public static func lines(_ text: String, width: Double, fontSize: Double, bold: Bool = false) -> [String] {
        func fits(_ s: String) -> Bool { TextWidth.of(s, fontSize: fontSize, bold: bold) <= width }
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if fits(candidate) {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for piece in split(word, fits: fits) {
                if !current.isEmpty { lines.append(current) }
                current = piece
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// A word cut into pieces that each fit, at least one character per piece.
    private static func split(_ word: String, fits: (String) -> Bool) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in word {
            let candidate = current + String(character)
            if fits(candidate) || current.isEmpty {
                current = candidate
            } else {
                pieces.append(current)
                current = String(character)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Height of `count` lines at `lineHeight`, for layouts that grow with wrapped text.
    public static func height(_ count: Int, lineHeight: Double) -> Double {
        Double(Swift.max(1, count)) * lineHeight
    }
}
