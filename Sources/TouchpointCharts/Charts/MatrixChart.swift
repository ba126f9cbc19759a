/// A rows × columns grid coloured on the sequential ramp, with values, labels and status markers. On phones the
/// grid becomes a list: one block per row, one line per cell. Labels wrap; nothing is cut to "…".
enum MatrixChart {
    static let lineHeight = 15.0
    static let valueSize = 13.0

    static func render(_ matrix: Matrix, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let grid = Grid(matrix)
        guard !grid.rows.isEmpty, !grid.columns.isEmpty else {
            return .failure(ChartError("matrix '\(matrix.name)' has no rows or columns", option: "data"))
        }
        let title = ctx.title(matrix.name)
        let canvas = ctx.compact ? drawList(grid, title: title, ctx) : drawGrid(grid, title: title, ctx)
        let stray = matrix.cells.filter { !grid.rows.contains($0.row) || !grid.columns.contains($0.column) }.count
        var notes: [String] = []
        if stray > 0 {
            notes.append("\(Phrase.plural(stray, "cell")) outside the listed rows and columns \(stray == 1 ? "is" : "are") left out")
        }
        return ctx.output(canvas, title: title, summary: summary(grid), table: table(grid), notes: notes)
    }

    /// The wide drawing: column headings across, row headings down, each row as tall as its longest text.
    static func drawGrid(_ grid: Grid, title: String, _ ctx: ChartContext) -> ChartCanvas {
        let (width, _) = ctx.size()
        let pad = ChartCanvas.pad, fontSize = Font.label
        let rowHeaderWidth = Swift.min(width * 0.22, Swift.max(60, Axis.maxWidth(grid.rows, fontSize: fontSize) / 2 + 16))
        let cellWidth = (width - 2 * pad - rowHeaderWidth) / Double(grid.columns.count)
        let columnLines = grid.columns.map { WordWrap.lines($0, width: cellWidth - 6, fontSize: fontSize, bold: true) }
        let headHeight = 20 + 13 * Double((columnLines.map(\.count).max() ?? 1) - 1)
        let rowLines = grid.rows.map { WordWrap.lines($0, width: rowHeaderWidth - 10, fontSize: fontSize, bold: true) }
        let cellLines = grid.rows.map { row in grid.columns.map { column in
            (grid.cell(row, column)?.label).map { WordWrap.lines($0, width: cellWidth - 14, fontSize: Font.small) } ?? []
        } }
        let rowHeights: [Double] = grid.rows.indices.map { i in
            let headingHeight: Double = 13 * Double(rowLines[i].count) + 16
            let cellHeights: [Double] = cellLines[i].map { lines in valueSize + 20 + 13 * Double(lines.count) }
            return Swift.max(58, headingHeight, cellHeights.max() ?? 0)
        }
        let legend = legendItems(grid.statuses)
        let headerHeight = ChartCanvas.headerHeight(title: title, legend: legend, width: width, compact: false)
        let needed = headerHeight + headHeight + rowHeights.reduce(0, +) + 40
        var canvas = ChartCanvas(width: width, height: Swift.min(4000, Swift.max(ctx.options.height ?? 400, needed)),
                                 prefix: ctx.prefix)
        canvas.header(title: title, legend: legend)
        let gridTop = canvas.top + headHeight
        let left = pad + rowHeaderWidth
        let headingStyle: Attrs = [("font-size", .number(fontSize)), ("font-weight", "600"), ("fill", .text(Palette.text))]

        for (j, lines) in columnLines.enumerated() {
            let centre: Double = left + cellWidth * (Double(j) + 0.5)
            let baseline: Double = gridTop - 8 - 6.5 * Double(lines.count - 1)
            canvas.svg.lines([("text-anchor", "middle")] + headingStyle, x: centre, y: baseline, lines: lines, lineHeight: 13)
        }
        var rowTop = gridTop
        for (i, row) in grid.rows.enumerated() {
            let height = rowHeights[i]
            let baseline: Double = rowTop + height / 2 + 4
            canvas.svg.lines([("text-anchor", "end")] + headingStyle, x: left - 8, y: baseline, lines: rowLines[i], lineHeight: 13)
            for (j, column) in grid.columns.enumerated() {
                let box = Rect(x: left + cellWidth * Double(j), y: rowTop, width: cellWidth, height: height)
                drawCell(&canvas.svg, grid, row: row, column: column, in: box, labelLines: cellLines[i][j])
            }
            rowTop += height
        }
        grid.ramp.drawLegend(&canvas.svg, x: left, y: canvas.height - 18, caption: "Value")
        return canvas
    }

    /// One cell of the grid: its colour, value, wrapped label and status marker.
    static func drawCell(_ svg: inout SVGWriter, _ grid: Grid, row: String, column: String, in box: Rect,
                         labelLines: [String]) {
        let inset = 1.5
        let rect: Attrs = [("x", .number(box.left + inset)), ("y", .number(box.top + inset)),
                           ("width", .number(box.width - 2 * inset)), ("height", .number(box.height - 2 * inset))]
        let cell = grid.cell(row, column)
        let value = grid.value(cell)
        guard let cell, value != nil || cell.label != nil else {
            svg.text("rect", rect + [("fill", "none"), ("stroke", .text(Palette.axis)), ("stroke-dasharray", "4 3"), ("rx", 3)], "",
                     title: "\(row) × \(column): empty")
            svg.text("text", [("x", .number(box.midX)), ("y", .number(box.midY + 4)), ("text-anchor", "middle"),
                              ("font-size", .number(Font.label)), ("fill", .text(Palette.muted))], "—")
            return
        }
        let step = value.map(grid.ramp.step)
        let ink = step.map(Palette.onSeq) ?? Palette.text
        svg.text("rect", rect + [("fill", .text(step.map(Palette.seq) ?? Palette.bg)), ("stroke", .text(Palette.bg)), ("rx", 3)], "",
                 title: describe(row, column, cell, value))
        let block = (value == nil ? 0 : valueSize + 4) + 13 * Double(labelLines.count)
        var baseline = box.midY - block / 2
        if let value {
            baseline += valueSize
            svg.text("text", [("x", .number(box.midX)), ("y", .number(baseline)), ("text-anchor", "middle"),
                              ("font-size", .number(valueSize)), ("font-weight", "700"), ("fill", .text(ink))], NumberFormat.auto(value))
            baseline += 4
        }
        if !labelLines.isEmpty {
            svg.lines([("text-anchor", "middle"), ("font-size", .number(Font.small)), ("fill", .text(ink))],
                      x: box.midX, y: baseline + 10 + 6.5 * Double(labelLines.count - 1), lines: labelLines, lineHeight: 13)
        }
        if let status = cell.status {
            statusShape(status).draw(&svg, x: box.right - 10, y: box.top + 10, size: 9, fill: statusColor(status),
                                     stroke: Palette.bg, title: status.rawValue)
        }
    }

    /// The phone drawing: each row a heading followed by its cells, one per line: a coloured value chip, the
    /// column name and the cell's label, wrapped to the width.
    static func drawList(_ grid: Grid, title: String, _ ctx: ChartContext) -> ChartCanvas {
        let (width, _) = ctx.size()
        let pad = ChartCanvas.pad, fontSize = Font.label
        let chipWidth = 46.0, textLeft = pad + chipWidth + 10, textWidth = width - textLeft - pad
        struct Entry { var column: String; var lines: [String]; var height: Double }
        let blocks = grid.rows.map { row in
            (heading: WordWrap.lines(row, width: width - 2 * pad, fontSize: 14, bold: true),
             entries: grid.columns.map { column -> Entry in
                 let label = grid.cell(row, column)?.label
                 let lines = WordWrap.lines(column, width: textWidth, fontSize: fontSize, bold: true)
                     + (label.map { WordWrap.lines($0, width: textWidth, fontSize: fontSize) } ?? [])
                 return Entry(column: column, lines: lines, height: Swift.max(30, lineHeight * Double(lines.count) + 8))
             })
        }
        let legend = legendItems(grid.statuses)
        let legendRows = grid.ramp.legendRows(caption: "Value", width: width - 2 * pad, fontSize: fontSize)
        let headerHeight = ChartCanvas.headerHeight(title: title, legend: legend, width: width, compact: true)
        let blocksHeight = blocks.reduce(0.0) { total, block in
            total + 18 * Double(block.heading.count) + 6 + block.entries.reduce(0) { $0 + $1.height + 4 } + 12
        }
        let height = Swift.min(4000, headerHeight + blocksHeight + Double(legendRows) * (fontSize + 8) + 12)
        var canvas = ChartCanvas(width: width, height: height, prefix: ctx.prefix, compact: true)
        canvas.header(title: title, legend: legend)
        var cursor = canvas.top + 4
        for (block, row) in zip(blocks, grid.rows) {
            canvas.svg.open("g", [("class", "tp-matrix-row")])
            cursor += 14
            canvas.svg.lines([("font-size", 14), ("font-weight", "700"), ("fill", .text(Palette.text))], x: pad,
                             y: cursor + 9 * Double(block.heading.count - 1), lines: block.heading, lineHeight: 18)
            cursor += 18 * Double(block.heading.count - 1) + 10
            for entry in block.entries {
                drawChip(&canvas.svg, grid, row: row, column: entry.column,
                         in: Rect(x: pad, y: cursor, width: chipWidth, height: entry.height))
                let columnLines = WordWrap.lines(entry.column, width: textWidth, fontSize: fontSize, bold: true).count
                var lineY = cursor + entry.height / 2 - lineHeight * Double(entry.lines.count) / 2 + fontSize - 1
                for (k, line) in entry.lines.enumerated() {
                    let isColumn = k < columnLines
                    canvas.svg.text("text", [("x", .number(textLeft)), ("y", .number(lineY)), ("font-size", .number(fontSize)),
                                             ("font-weight", isColumn ? "600" : "400"),
                                             ("fill", .text(isColumn ? Palette.text : Palette.muted))], line)
                    lineY += lineHeight
                }
                cursor += entry.height + 4
            }
            cursor += 12
            canvas.svg.close()
        }
        grid.ramp.drawLegend(&canvas.svg, x: pad, y: cursor + 8, caption: "Value", width: width - 2 * pad, fontSize: fontSize)
        return canvas
    }

    /// The coloured chip of the list layout: the cell's value on its ramp colour, or a dashed box when empty.
    static func drawChip(_ svg: inout SVGWriter, _ grid: Grid, row: String, column: String, in box: Rect) {
        let cell = grid.cell(row, column)
        let value = grid.value(cell)
        let rect: Attrs = [("x", .number(box.left)), ("y", .number(box.top)), ("width", .number(box.width)),
                           ("height", .number(box.height)), ("rx", 3)]
        guard let cell, value != nil || cell.label != nil else {
            svg.text("rect", rect + [("fill", "none"), ("stroke", .text(Palette.axis)), ("stroke-dasharray", "4 3")], "",
                     title: "\(row) × \(column): empty")
            svg.text("text", [("x", .number(box.midX)), ("y", .number(box.midY + 4)), ("text-anchor", "middle"),
                              ("font-size", .number(Font.label)), ("fill", .text(Palette.muted))], "—")
            return
        }
        let step = value.map(grid.ramp.step)
        svg.text("rect", rect + [("fill", .text(step.map(Palette.seq) ?? Palette.bg)), ("stroke", .text(Palette.axis)),
                                 ("stroke-width", 0.5)], "", title: describe(row, column, cell, value))
        if let value {
            svg.text("text", [("x", .number(box.midX)), ("y", .number(box.midY + 4.5)), ("text-anchor", "middle"),
                              ("font-size", .number(valueSize)), ("font-weight", "700"),
                              ("fill", .text(step.map(Palette.onSeq) ?? Palette.text))], NumberFormat.auto(value))
        }
        if let status = cell.status {
            statusShape(status).draw(&svg, x: box.right, y: box.top + 2, size: 9, fill: statusColor(status),
                                     stroke: Palette.bg, title: status.rawValue)
        }
    }

    static func describe(_ row: String, _ column: String, _ cell: MatrixCell, _ value: Double?) -> String {
        let label = cell.label.map { $0 + ", " } ?? ""
        return "\(row) × \(column): \(label)\(value.map(NumberFormat.auto) ?? "no value")"
    }

    static func summary(_ grid: Grid) -> String {
        let filled = grid.rows.flatMap { row in grid.columns.compactMap { column -> (String, String, MatrixCell, Double)? in
            guard let cell = grid.cell(row, column), let value = grid.value(cell) else { return nil }
            return (row, column, cell, value)
        } }
        guard let top = filled.max(by: { $0.3 < $1.3 }) else { return "No cell has a value." }
        let cellCount = grid.rows.count * grid.columns.count
        let name = top.2.label.map { Phrase.quoted($0) + " " } ?? ""
        var summary = "The highest value is \(name)(\(top.0) × \(top.1), \(NumberFormat.auto(top.3)))"
        if filled.count < cellCount { summary += "; \(cellCount - filled.count) of \(cellCount) cells are empty" }
        let opportunities = grid.matrix.cells.filter { $0.status == .opportunity }.count
        if opportunities > 0 { summary += "; \(Phrase.plural(opportunities, "opportunity", "opportunities")) marked" }
        return summary + "."
    }

    static func table(_ grid: Grid) -> DataTable {
        DataTable(columns: ["Row", "Column", "Value", "Label", "Status"], numeric: [false, false, true, false, false],
                  rows: grid.rows.flatMap { row in grid.columns.map { column in
                      let cell = grid.cell(row, column)
                      return [row, column, Phrase.optional(cell?.value), cell?.label ?? "", cell?.status?.rawValue ?? ""]
                  } })
    }

    static func statusShape(_ status: CellStatus) -> SymbolShape {
        switch status {
        case .ours: return .circle
        case .competitor: return .square
        case .threat: return .triangle
        case .opportunity: return .diamond
        }
    }

    static func statusColor(_ status: CellStatus) -> String {
        switch status {
        case .ours: return Palette.series(0)
        case .competitor: return Palette.neutral
        case .threat: return Palette.bad
        case .opportunity: return Palette.good
        }
    }

    static func legendItems(_ statuses: [CellStatus]) -> [LegendItem] {
        statuses.map { LegendItem(label: $0.rawValue.capitalizedFirst, color: statusColor($0), key: .symbol(statusShape($0))) }
    }

    /// The matrix's rows, columns, cells by position and colour ramp.
    struct Grid {
        let matrix: Matrix
        let rows: [String]
        let columns: [String]
        let ramp: Ramp
        let statuses: [CellStatus]
        private let cells: [String: MatrixCell]

        init(_ matrix: Matrix) {
            self.matrix = matrix
            rows = Grid.unique(matrix.rows.isEmpty ? matrix.cells.map(\.row) : matrix.rows)
            columns = Grid.unique(matrix.columns.isEmpty ? matrix.cells.map(\.column) : matrix.columns)
            var cells: [String: MatrixCell] = [:]
            for cell in matrix.cells { cells[cell.row + "\u{1F}" + cell.column] = cell }
            self.cells = cells
            let values = matrix.cells.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
            let low = finite(matrix.scaleMin), high = finite(matrix.scaleMax)
            ramp = Ramp(lo: Swift.min(low, values.min() ?? low), hi: Swift.max(high, values.max() ?? high))
            statuses = CellStatus.allCases.filter { status in matrix.cells.contains { $0.status == status } }
        }

        func cell(_ row: String, _ column: String) -> MatrixCell? { cells[row + "\u{1F}" + column] }
        func value(_ cell: MatrixCell?) -> Double? { cell?.value.flatMap { $0.isFinite ? $0 : nil } }

        static func unique(_ names: [String]) -> [String] {
            var seen = Set<String>(), out: [String] = []
            for name in names where seen.insert(name).inserted { out.append(name) }
            return Array(out.prefix(500))
        }
    }
}
