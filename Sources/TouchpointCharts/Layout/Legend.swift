/// One legend entry and how its key is drawn.
struct LegendItem {
    enum Key { case swatch, line, dashed, symbol(SymbolShape), outline }
    var label: String
    var color: String
    var key: Key
}

/// A legend laid out left to right, wrapping onto further rows when the width runs out.
enum Legend {
    static let rowHeight = 18.0

    /// Rows needed for `items` within `width`.
    static func rows(_ items: [LegendItem], width: Double) -> Int {
        layout(items, x: 0, width: width).last.map { $0.row + 1 } ?? 0
    }

    private static func layout(_ items: [LegendItem], x: Double, width: Double) -> [(item: LegendItem, x: Double, row: Int, text: String)] {
        var out: [(LegendItem, Double, Int, String)] = []
        var cx = x, row = 0
        for item in items {
            let text = TextFit.truncate(item.label, width: Swift.max(40, width - 24), fontSize: Font.small)
            let w = 18 + TextWidth.of(text, fontSize: Font.small) + 14
            if cx + w > x + width && cx > x { row += 1; cx = x }
            out.append((item, cx, row, text))
            cx += w
        }
        return out
    }

    /// Draws the legend with its first row centred on `y`; returns the height used.
    @discardableResult
    static func draw(_ svg: inout SVGWriter, _ items: [LegendItem], x: Double, y: Double, width: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        let placed = layout(items, x: x, width: width)
        svg.open("g", [("class", "tp-legend")])
        for p in placed {
            let cy = y + Double(p.row) * rowHeight
            switch p.item.key {
            case .swatch:
                svg.empty("rect", [("x", .number(p.x)), ("y", .number(cy - 5)), ("width", 12), ("height", 10), ("fill", .text(p.item.color))])
            case .outline:
                svg.empty("rect", [("x", .number(p.x + 0.5)), ("y", .number(cy - 5)), ("width", 11), ("height", 10), ("fill", "none"),
                                   ("stroke", .text(p.item.color)), ("stroke-dasharray", "2 2")])
            case .line, .dashed:
                var a: Attrs = [("x1", .number(p.x)), ("y1", .number(cy)), ("x2", .number(p.x + 14)), ("y2", .number(cy)),
                                ("stroke", .text(p.item.color)), ("stroke-width", 2)]
                if case .dashed = p.item.key { a.append(("stroke-dasharray", "4 3")) }
                svg.empty("line", a)
            case .symbol(let shape):
                shape.draw(&svg, x: p.x + 6, y: cy, size: 10, fill: p.item.color)
            }
            svg.text("text", [("x", .number(p.x + 18)), ("y", .number(cy + 4)), ("font-size", .number(Font.small)), ("fill", .text(Palette.text))],
                     p.text, title: p.text == p.item.label ? nil : p.item.label)
        }
        svg.close()
        return Double(placed.last.map { $0.row + 1 } ?? 0) * rowHeight
    }
}
