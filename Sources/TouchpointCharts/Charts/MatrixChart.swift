/// A rows × columns grid coloured on the sequential ramp, with values, labels and status markers.
enum MatrixChart {
    static func statusShape(_ s: CellStatus) -> SymbolShape {
        switch s {
        case .ours: return .circle
        case .competitor: return .square
        case .threat: return .triangle
        case .opportunity: return .diamond
        }
    }
    static func statusColor(_ s: CellStatus) -> String {
        switch s {
        case .ours: return Palette.series(0)
        case .competitor: return Palette.neutral
        case .threat: return Palette.bad
        case .opportunity: return Palette.good
        }
    }

    static func render(_ m: Matrix, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let rows = unique(m.rows.isEmpty ? m.cells.map(\.row) : m.rows)
        let cols = unique(m.columns.isEmpty ? m.cells.map(\.column) : m.columns)
        guard !rows.isEmpty, !cols.isEmpty else { return .failure(ChartError("matrix '\(m.name)' has no rows or columns", option: "data")) }
        var lookup: [String: MatrixCell] = [:]
        for cell in m.cells { lookup[cell.row + "\u{1F}" + cell.column] = cell }
        func cell(_ r: String, _ c: String) -> MatrixCell? { lookup[r + "\u{1F}" + c] }
        let values = m.cells.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
        let ramp = Ramp(lo: Swift.min(finite(m.scaleMin), values.min() ?? finite(m.scaleMin)), hi: Swift.max(finite(m.scaleMax), values.max() ?? finite(m.scaleMax)))
        let statuses = CellStatus.allCases.filter { s in m.cells.contains { $0.status == s } }
        let title = ctx.title(m.name)

        let (w, _) = ctx.size()
        let pad = ChartCanvas.pad
        let rowHeader = Swift.min(w * 0.22, Swift.max(60, Axis.maxWidth(rows, fontSize: Font.label) / 2 + 16))
        let cellW = (w - 2 * pad - rowHeader) / Double(cols.count)
        let colLines = cols.map { TextFit.wrap($0, width: cellW - 6, fontSize: Font.label, maxLines: 2, bold: true) }
        let headH = colLines.contains { $0.lines.count > 1 } ? 34.0 : 20.0
        let cellH = Swift.max(10, Swift.min(70, Swift.max(cellW * 0.55, 58)))
        let legendRows = statuses.isEmpty ? 0 : Legend.rows(legendItems(statuses), width: w - 2 * pad)
        let needed = 42 + Double(legendRows) * Legend.rowHeight + 8 + headH + cellH * Double(rows.count) + 40
        var c = ctx.canvas(defaultWidth: 720, defaultHeight: ctx.options.height == nil ? Swift.min(4000, Swift.max(400, needed)) : 400)
        c.header(title: title, legend: legendItems(statuses))
        let gridTop = c.top + headH
        let gridBottom = c.height - 40
        let ch = Swift.max(1, (gridBottom - gridTop) / Double(rows.count))
        let left = pad + rowHeader
        let fsCell = Swift.min(Font.label, Swift.max(6, Swift.min(ch, cellW) * 0.3))

        for (j, col) in cols.enumerated() {
            let cx = left + cellW * (Double(j) + 0.5)
            let lines = colLines[j].lines
            c.svg.lines([("text-anchor", "middle"), ("font-size", .number(Font.label)), ("font-weight", "600"), ("fill", .text(Palette.text))],
                        x: cx, y: gridTop - 8 - (lines.count > 1 ? 6.5 : 0), lines: lines, lineHeight: 13, title: colLines[j].truncated ? col : nil)
        }
        for (i, row) in rows.enumerated() {
            let top = gridTop + ch * Double(i)
            let wrapped = TextFit.wrap(row, width: rowHeader - 10, fontSize: Font.label, maxLines: ch >= 30 ? 2 : 1, bold: true)
            c.svg.lines([("text-anchor", "end"), ("font-size", .number(Font.label)), ("font-weight", "600"), ("fill", .text(Palette.text))],
                        x: left - 8, y: top + ch / 2 + 4, lines: wrapped.lines, lineHeight: 13, title: wrapped.truncated ? row : nil)
            for (j, col) in cols.enumerated() {
                let x = left + cellW * Double(j)
                let inset = 1.5
                let rect: Attrs = [("x", .number(x + inset)), ("y", .number(top + inset)), ("width", .number(cellW - 2 * inset)), ("height", .number(ch - 2 * inset))]
                let cl = cell(row, col)
                let value = cl?.value.flatMap { $0.isFinite ? $0 : nil }
                guard cl != nil, value != nil || cl?.label != nil else {
                    c.svg.text("rect", rect + [("fill", "none"), ("stroke", .text(Palette.axis)), ("stroke-dasharray", "4 3"), ("rx", 3)], "", title: "\(row) × \(col): empty")
                    c.svg.text("text", [("x", .number(x + cellW / 2)), ("y", .number(top + ch / 2 + 4)), ("text-anchor", "middle"),
                                        ("font-size", .number(fsCell)), ("fill", .text(Palette.muted))], "—")
                    continue
                }
                let k = value.map(ramp.step)
                let fill = k.map(Palette.seq) ?? Palette.bg
                let ink = k.map(Palette.onSeq) ?? Palette.text
                let label = cl?.label ?? ""
                c.svg.text("rect", rect + [("fill", .text(fill)), ("stroke", .text(Palette.bg)), ("rx", 3)], "",
                           title: "\(row) × \(col): \(label.isEmpty ? "" : label + ", ")\(value.map(NumberFormat.auto) ?? "no value")")
                let labelLines: (lines: [String], truncated: Bool) = label.isEmpty ? ([], false) : TextFit.wrap(label, width: cellW - 14, fontSize: Font.small, maxLines: ch >= 50 ? 2 : 1)
                let block = (value == nil ? 0 : fsCell + 4) + Double(labelLines.lines.count) * 13
                var ty = top + ch / 2 - block / 2
                if let v = value {
                    ty += fsCell
                    c.svg.text("text", [("x", .number(x + cellW / 2)), ("y", .number(ty)), ("text-anchor", "middle"), ("font-size", .number(fsCell + 1)),
                                        ("font-weight", "700"), ("fill", .text(ink))], NumberFormat.auto(v))
                    ty += 4
                }
                if !labelLines.lines.isEmpty && ch >= 30 {
                    let ll = labelLines.lines
                    c.svg.lines([("text-anchor", "middle"), ("font-size", .number(Font.small)), ("fill", .text(ink))],
                                x: x + cellW / 2, y: ty + 10 + 6.5 * Double(ll.count - 1), lines: ll, lineHeight: 13, title: labelLines.truncated ? label : nil)
                }
                if let s = cl?.status {
                    statusShape(s).draw(&c.svg, x: x + cellW - 10, y: top + 10, size: 9, fill: statusColor(s), stroke: Palette.bg, title: s.rawValue)
                }
            }
        }
        ramp.drawLegend(&c.svg, x: left, y: c.height - 18, caption: "Value")

        let filled = rows.flatMap { r in cols.compactMap { col in cell(r, col).flatMap { cl in cl.value.flatMap { $0.isFinite ? (r, col, cl, $0) : nil } } } }
        let empty = rows.count * cols.count - filled.count
        var summary = "No cell has a value."
        if let top = filled.max(by: { $0.3 < $1.3 }) {
            let name = top.2.label.map { Phrase.quoted($0) + " " } ?? ""
            summary = "The highest value is \(name)(\(top.0) × \(top.1), \(NumberFormat.auto(top.3)))"
            if empty > 0 { summary += "; \(empty) of \(rows.count * cols.count) cells are empty" }
            let opp = m.cells.filter { $0.status == .opportunity }.count
            if opp > 0 { summary += "; \(Phrase.plural(opp, "opportunity", "opportunities")) marked" }
            summary += "."
        }
        let table = DataTable(columns: ["Row", "Column", "Value", "Label", "Status"], numeric: [false, false, true, false, false],
                              rows: rows.flatMap { r in cols.map { col in
                                  let cl = cell(r, col)
                                  return [r, col, Phrase.optional(cl?.value), cl?.label ?? "", cl?.status?.rawValue ?? ""]
                              } })
        let stray = m.cells.filter { !rows.contains($0.row) || !cols.contains($0.column) }.count
        var notes: [String] = []
        if stray > 0 { notes.append("\(Phrase.plural(stray, "cell")) outside the listed rows and columns \(stray == 1 ? "is" : "are") left out") }
        return ctx.output(c, title: title, summary: summary, table: table, notes: notes)
    }

    static func legendItems(_ statuses: [CellStatus]) -> [LegendItem] {
        statuses.map { LegendItem(label: $0.rawValue.capitalizedFirst, color: statusColor($0), key: .symbol(statusShape($0))) }
    }

    static func unique(_ xs: [String]) -> [String] {
        var out: [String] = []
        for x in xs where !out.contains(x) { out.append(x) }
        return Array(out.prefix(500))
    }
}
