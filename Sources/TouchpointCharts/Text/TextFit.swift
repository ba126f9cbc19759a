/// Fitting labels into a width: truncation with an ellipsis and wrapping onto lines.
public enum TextFit {
    /// `text` cut to fit `width` with "…" appended; unchanged when it fits.
    public static func truncate(_ text: String, width: Double, fontSize: Double, bold: Bool = false) -> String {
        if TextWidth.of(text, fontSize: fontSize, bold: bold) <= width { return text }
        var chars = Array(text)
        while !chars.isEmpty {
            chars.removeLast()
            while let l = chars.last, l == " " { chars.removeLast() }
            let candidate = String(chars) + "…"
            if TextWidth.of(candidate, fontSize: fontSize, bold: bold) <= width { return candidate }
        }
        return "…"
    }

    /// Greedy word wrap into at most `maxLines` lines; the last line is truncated when words remain.
    /// Returns the lines and whether anything was cut.
    public static func wrap(_ text: String, width: Double, fontSize: Double, maxLines: Int, bold: Bool = false) -> (lines: [String], truncated: Bool) {
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty, maxLines > 0 else { return ([text.isEmpty ? "" : truncate(text, width: width, fontSize: fontSize, bold: bold)], false) }
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if TextWidth.of(candidate, fontSize: fontSize, bold: bold) <= width || current.isEmpty {
                current = candidate
                index += 1
                if current == word && TextWidth.of(word, fontSize: fontSize, bold: bold) > width && lines.count + 1 < maxLines {
                    // A single over-long word gets a line of its own, truncated.
                    lines.append(truncate(word, width: width, fontSize: fontSize, bold: bold))
                    current = ""
                }
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines { break }
            }
        }
        if !current.isEmpty && lines.count < maxLines { lines.append(current) }
        let rest = index < words.count
        if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) }
        guard let last = lines.last else { return ([truncate(text, width: width, fontSize: fontSize, bold: bold)], true) }
        let lastFull = rest ? last + " " + words[index...].joined(separator: " ") : last
        let fitted = truncate(lastFull, width: width, fontSize: fontSize, bold: bold)
        lines[lines.count - 1] = fitted
        let joined = lines.joined(separator: " ")
        return (lines, joined != text)
    }
}
