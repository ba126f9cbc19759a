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

    /// Draws the caption and five swatches left to right from (x, y), starting a new row of `rowHeight` when
    /// `width` runs out (phones); returns the height used.
    @discardableResult
    func drawLegend(_ svg: inout SVGWriter, x: Double, y: Double, caption: String, width: Double = .infinity,
                    fontSize: Double = Font.small) -> Double {
        let rowHeight = fontSize + 8
        var cursorX = x, cursorY = y
        svg.open("g", [("class", "tp-scale-legend")])
        svg.text("text", [("x", .number(cursorX)), ("y", .number(cursorY + 4)), ("font-size", .number(fontSize)),
                          ("fill", .text(Palette.muted))], caption)
        cursorX += TextWidth.of(caption, fontSize: fontSize) + 8
        for step in 0..<5 {
            let text = label(step)
            let entryWidth = 18 + TextWidth.of(text, fontSize: fontSize) + 10
            if cursorX + entryWidth - 10 > x + width && cursorX > x {
                cursorX = x
                cursorY += rowHeight
            }
            svg.empty("rect", [("x", .number(cursorX)), ("y", .number(cursorY - 6)), ("width", 14), ("height", 12),
                               ("fill", .text(Palette.seq(step))), ("stroke", .text(Palette.axis)), ("stroke-width", 0.5)])
            svg.text("text", [("x", .number(cursorX + 18)), ("y", .number(cursorY + 4)), ("font-size", .number(fontSize)),
                              ("fill", .text(Palette.text))], text)
            cursorX += entryWidth
        }
        svg.close()
        return cursorY - y + rowHeight
    }

    /// Rows `drawLegend` needs within `width`.
    func legendRows(caption: String, width: Double, fontSize: Double = Font.small) -> Int {
        var cursorX = TextWidth.of(caption, fontSize: fontSize) + 8, rows = 1
        for step in 0..<5 {
            let entryWidth = 18 + TextWidth.of(label(step), fontSize: fontSize) + 10
            if cursorX + entryWidth - 10 > width && cursorX > 0 { cursorX = 0; rows += 1 }
            cursorX += entryWidth
        }
        return rows
    }

    func legendWidth(caption: String) -> Double {
        (0..<5).reduce(TextWidth.of(caption, fontSize: Font.small) + 8) { $0 + 28 + TextWidth.of(label($1), fontSize: Font.small) }
    }
}
