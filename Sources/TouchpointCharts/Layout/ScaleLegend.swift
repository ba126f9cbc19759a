/// The sequential ramp in five equal steps, and its legend with each step's value range.
struct Ramp {
    var lo: Double
    var hi: Double

    init(lo: Double, hi: Double) {
        let d = LinearScale.paddedDomain(Swift.min(lo, hi), Swift.max(lo, hi))
        self.lo = d.0
        self.hi = d.1
    }

    func step(_ v: Double) -> Int {
        let t = (finite(v, lo) - lo) / (hi - lo)
        return Swift.min(4, Swift.max(0, Int((t * 5).rounded(.down))))
    }

    func bounds(_ k: Int) -> (Double, Double) {
        let w = (hi - lo) / 5
        return (lo + w * Double(k), lo + w * Double(k + 1))
    }

    /// Labels like "1–2" at a precision that tells the steps apart.
    func label(_ k: Int) -> String {
        let (a, b) = bounds(k)
        let p = NumberFormat.precision(forStep: (hi - lo) / 5)
        return NumberFormat.fixed(a, decimals: p) + "–" + NumberFormat.fixed(b, decimals: p)
    }

    /// Draws the five swatches left to right from (x, y); returns the width used.
    @discardableResult
    func drawLegend(_ svg: inout SVGWriter, x: Double, y: Double, caption: String) -> Double {
        var cx = x
        svg.open("g", [("class", "tp-scale-legend")])
        svg.text("text", [("x", .number(cx)), ("y", .number(y + 4)), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], caption)
        cx += TextWidth.of(caption, fontSize: Font.small) + 8
        for k in 0..<5 {
            let text = label(k)
            svg.empty("rect", [("x", .number(cx)), ("y", .number(y - 6)), ("width", 14), ("height", 12), ("fill", .text(Palette.seq(k))),
                               ("stroke", .text(Palette.axis)), ("stroke-width", 0.5)])
            svg.text("text", [("x", .number(cx + 18)), ("y", .number(y + 4)), ("font-size", .number(Font.small)), ("fill", .text(Palette.text))], text)
            cx += 18 + TextWidth.of(text, fontSize: Font.small) + 10
        }
        svg.close()
        return cx - x
    }

    func legendWidth(caption: String) -> Double {
        (0..<5).reduce(TextWidth.of(caption, fontSize: Font.small) + 8) { $0 + 28 + TextWidth.of(label($1), fontSize: Font.small) }
    }
}
