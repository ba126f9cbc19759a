/// Small multiples laid out in a grid that wraps: each panel is a phone-sized
/// drawing, two side by side on wide screens and on paper, one above the
/// other on phones. The title and the one legend sit above the grid.
enum FacetGrid {
    static let gap = 16.0
    /// Height of a panel unless the author gives `height`.
    static let panelHeight = 260.0

    static func columns(panels: Int, compact: Bool) -> Int { compact ? 1 : Swift.min(2, Swift.max(1, panels)) }

    static func draw(_ panels: [ChartDrawing], title: String, legend: [LegendItem], compact: Bool, prefix: String) -> ChartCanvas {
        let columns = columns(panels: panels.count, compact: compact)
        let panelWidth = panels.map(\.width).max() ?? ChartLayout.compactWidth
        let width = Double(columns) * panelWidth + Double(columns - 1) * gap
        let header = ChartCanvas.headerHeight(title: title, legend: legend, width: width, compact: compact)
        let rows = stride(from: 0, to: panels.count, by: columns).map { Array(panels[$0..<Swift.min($0 + columns, panels.count)]) }
        let rowHeights = rows.map { row in row.map(\.height).max() ?? 0 }
        let height = header + rowHeights.reduce(0, +) + gap * Double(Swift.max(0, rows.count - 1)) + 4
        var canvas = ChartCanvas(width: width, height: Swift.min(12_000, height), prefix: prefix, compact: compact)
        canvas.header(title: title, legend: legend)
        var top = canvas.top
        for (row, drawings) in rows.enumerated() {
            for (column, panel) in drawings.enumerated() {
                let left = Double(column) * (panelWidth + gap)
                let size = "0 0 \(NumberFormat.coordinate(panel.width)) \(NumberFormat.coordinate(panel.height))"
                canvas.svg.open("svg", [("x", .number(left)), ("y", .number(top)), ("width", .number(panel.width)),
                                        ("height", .number(panel.height)), ("viewBox", .text(size)), ("class", "tp-facet-panel")])
                canvas.svg.raw(panel.body)
                canvas.svg.close()
            }
            top += rowHeights[row] + gap
        }
        return canvas
    }
}
