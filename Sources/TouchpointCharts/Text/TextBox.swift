/// Estimated boxes of single-line `<text>` elements, for collision checks before anything is drawn.
enum TextBox {
    /// Share of the font size above the baseline (cap height plus accents) and below it (descenders).
    static let ascent = 0.8, descent = 0.25

    /// The box of `text` drawn at baseline `y` with `anchor` ("start", "middle" or "end"), grown by `pad` on every side.
    static func rect(_ text: String, x: Double, y: Double, anchor: String, fontSize: Double, bold: Bool = false, pad: Double = 0) -> Rect {
        let w = TextWidth.of(text, fontSize: fontSize, bold: bold)
        let left = anchor == "end" ? x - w : (anchor == "middle" ? x - w / 2 : x)
        return Rect(left: left - pad, top: y - fontSize * ascent - pad, right: left + w + pad, bottom: y + fontSize * descent + pad)
    }
}
