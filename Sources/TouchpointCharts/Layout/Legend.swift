/// One legend entry and how its key is drawn.
struct LegendItem: Sendable, Hashable {
    enum Key: Sendable, Hashable { case swatch, line, dashed, symbol(SymbolShape), outline }
    var label: String
    var color: String
    var key: Key
}

/// A legend laid out left to right, wrapping onto further rows when the width runs out; stacked (one entry per
/// row, long labels wrapped) on phones. Labels are never cut.
enum Legend {
    static let rowHeight = 18.0

    struct Placed {
        var item: LegendItem
        var x: Double
        var row: Int
        var lines: [String]
    }

    /// Height the legend of `items` takes within `width`.
    static func height(_ items: [LegendItem], width: Double, stacked: Bool = false) -> Double {
        Double(layout(items, x: 0, width: width, stacked: stacked).last.map { $0.row + $0.lines.count } ?? 0) * rowHeight
    }

    /// Rows needed for `items` within `width`.
    static func rows(_ items: [LegendItem], width: Double) -> Int {
        layout(items, x: 0, width: width, stacked: false).last.map { $0.row + $0.lines.count } ?? 0
    }

    static func fontSize(stacked: Bool) -> Double { stacked ? Font.label : Font.small }

    private static func layout(_ items: [LegendItem], x: Double, width: Double, stacked: Bool) -> [Placed] {
        let fontSize = fontSize(stacked: stacked)
        let keyWidth = 18.0, spacing = 14.0
        var placed: [Placed] = []
        var cursorX = x, row = 0
        for item in items {
            let lines = WordWrap.lines(item.label, width: Swift.max(40, width - keyWidth), fontSize: fontSize)
            let entryWidth = keyWidth + (lines.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0) + spacing
            let startsRow = stacked || lines.count > 1 || cursorX + entryWidth > x + width
            if startsRow && cursorX > x {
                row += placed.last.map { $0.lines.count } ?? 1
                cursorX = x
            }
            placed.append(Placed(item: item, x: cursorX, row: row, lines: lines))
            cursorX += entryWidth
            if lines.count > 1 { row += lines.count - 1; cursorX = x + width + 1 }
        }
        return placed
    }

    /// Draws the legend with its first row centred on `y`; returns the height used.
    @discardableResult
    static func draw(_ svg: inout SVGWriter, _ items: [LegendItem], x: Double, y: Double, width: Double,
                     stacked: Bool = false) -> Double {
        guard !items.isEmpty else { return 0 }
        let placed = layout(items, x: x, width: width, stacked: stacked)
        let fontSize = fontSize(stacked: stacked)
        svg.open("g", [("class", "tp-legend")])
        for entry in placed {
            let keyY = y + Double(entry.row) * rowHeight
            drawKey(&svg, entry.item, x: entry.x, y: keyY)
            let style: Attrs = [("font-size", .number(fontSize)), ("fill", .text(Palette.text))]
            if entry.lines.count == 1 {
                svg.text("text", [("x", .number(entry.x + 18)), ("y", .number(keyY + 4))] + style, entry.item.label)
            } else {
                svg.lines(style, x: entry.x + 18, y: keyY + 4 + rowHeight * Double(entry.lines.count - 1) / 2,
                          lines: entry.lines, lineHeight: rowHeight)
            }
        }
        svg.close()
        return Double(placed.last.map { $0.row + $0.lines.count } ?? 0) * rowHeight
    }

    private static func drawKey(_ svg: inout SVGWriter, _ item: LegendItem, x: Double, y: Double) {
        switch item.key {
        case .swatch:
            svg.empty("rect", [("x", .number(x)), ("y", .number(y - 5)), ("width", 12), ("height", 10), ("fill", .text(item.color))])
        case .outline:
            svg.empty("rect", [("x", .number(x + 0.5)), ("y", .number(y - 5)), ("width", 11), ("height", 10), ("fill", "none"),
                               ("stroke", .text(item.color)), ("stroke-dasharray", "2 2")])
        case .line, .dashed:
            var attrs: Attrs = [("x1", .number(x)), ("y1", .number(y)), ("x2", .number(x + 14)), ("y2", .number(y)),
                                ("stroke", .text(item.color)), ("stroke-width", 2)]
            if case .dashed = item.key { attrs.append(("stroke-dasharray", "4 3")) }
            svg.empty("line", attrs)
        case .symbol(let shape):
            shape.draw(&svg, x: x + 6, y: y, size: 10, fill: item.color)
        }
    }
}
