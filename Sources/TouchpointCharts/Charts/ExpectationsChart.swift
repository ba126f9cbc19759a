/// Scores per expectation as horizontal bars with a target tick, grouped by layer (base, efficiency, joy).
/// The score is written at the end of its bar in the text colour; the tick is the target, named in the legend.
/// On phones each name sits above its bar; names wrap and are never cut.
enum ExpectationsChart {
    enum Kind { case heading(ExpectationLayerKind), item(ExpectationItem, ExpectationLayerKind) }
    struct Row { var kind: Kind; var lines: [String]; var top: Double; var height: Double; var barTop: Double }

    static let barHeight = 16.0
    static let lineHeight = 15.0

    static func render(_ layers: [ExpectationLayer], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let ordered = ExpectationLayerKind.allCases.flatMap { k in layers.filter { $0.layer == k } }.filter { !$0.items.isEmpty }
        guard !ordered.isEmpty else { return .failure(ChartError("there are no expectations to draw", option: "data")) }
        let items = ordered.flatMap { l in l.items.map { (l.layer, $0) } }
        let title = ctx.title("Expectations by layer")
        var legend = ordered.map { LegendItem(label: $0.layer.rawValue.capitalizedFirst, color: color($0.layer), key: .swatch) }
        if items.contains(where: { $0.1.target != nil }) {
            legend.append(LegendItem(label: "Target (tick)", color: Palette.text, key: .line))
        }
        let (width, height) = ctx.size()
        let labelWidth = ctx.compact ? width - 2 * ChartCanvas.pad
            : Swift.min(width * 0.3, Axis.maxWidth(items.map(\.1.name), fontSize: Font.label) + 4)
        let headerHeight = ChartCanvas.headerHeight(title: title, legend: legend, width: width, compact: ctx.compact)
        let rows = layout(ordered, labelWidth: labelWidth, top: headerHeight + 4, compact: ctx.compact,
                          fill: ctx.compact ? 0 : height - headerHeight - 34)
        let bottom = rows.last.map { $0.top + $0.height } ?? headerHeight
        var c = ChartCanvas(width: width, height: Swift.min(4000, Swift.max(ctx.compact ? 0 : height, bottom + 30)),
                            prefix: ctx.prefix, compact: ctx.compact)
        c.header(title: title, legend: legend)

        let values = items.flatMap { [$0.1.score, $0.1.target].compactMap { $0 }.filter(\.isFinite) }
        let lo = Swift.min(0, values.min() ?? 0), hi = Swift.max(values.max() ?? 1, lo + 1)
        let plotLeft = ctx.compact ? ChartCanvas.pad : ChartCanvas.pad + labelWidth + 10
        let plot = Rect(left: plotLeft, top: headerHeight + 2, right: c.width - ChartCanvas.pad - 36, bottom: bottom)
        let x = LinearScale(domain: (lo, hi), range: (plot.left, plot.right)).niced(Double(Swift.max(2, Int(plot.width / 70))))
        Axis.drawBottomLinear(&c.svg, scale: x, plot: plot)
        for row in rows {
            switch row.kind {
            case .heading(let layer):
                c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(row.top + row.height - 6)), ("font-size", .number(Font.label)),
                                    ("font-weight", "700"), ("fill", .text(Palette.text))], layer.rawValue.capitalizedFirst)
            case .item(let item, let layer):
                let style: Attrs = [("font-size", .number(Font.label)), ("fill", .text(Palette.text))]
                if ctx.compact {
                    c.svg.lines(style, x: ChartCanvas.pad, y: row.top + 12 + lineHeight * Double(row.lines.count - 1) / 2,
                                lines: row.lines, lineHeight: lineHeight)
                } else {
                    c.svg.lines(style + [("text-anchor", "end")], x: plot.left - 8, y: row.barTop + barHeight / 2 + 4,
                                lines: row.lines, lineHeight: lineHeight)
                }
                drawBar(&c.svg, item, color: color(layer), x: x, top: row.barTop)
            }
        }
        return ctx.output(c, title: title, summary: summary(items, layers: ordered.count), table: table(items), notes: [])
    }

    static func color(_ layer: ExpectationLayerKind) -> String {
        Palette.series(ExpectationLayerKind.allCases.firstIndex(of: layer) ?? 0)
    }

    /// Rows top to bottom: a heading per layer, then its items, each as tall as its wrapped name needs. The wide
    /// drawing spreads rows to `fill` when they need less.
    static func layout(_ layers: [ExpectationLayer], labelWidth: Double, top: Double, compact: Bool, fill: Double) -> [Row] {
        var kinds: [Kind] = []
        for layer in layers { kinds.append(.heading(layer.layer)); kinds += layer.items.map { .item($0, layer.layer) } }
        let lines: [[String]] = kinds.map { kind in
            guard case .item(let item, _) = kind else { return [] }
            return WordWrap.lines(item.name, width: labelWidth, fontSize: Font.label)
        }
        let natural: [Double] = zip(kinds, lines).map { kind, lines in
            if case .heading = kind { return 24 }
            let text = lineHeight * Double(lines.count)
            return compact ? text + barHeight + 8 : Swift.max(barHeight + 8, text + 6)
        }
        let spare = Swift.max(0, fill - natural.reduce(0, +)) / Double(Swift.max(1, kinds.count))
        var rows: [Row] = []
        var cursor = top
        for (k, kind) in kinds.enumerated() {
            let height = natural[k] + spare
            let barTop = compact ? cursor + lineHeight * Double(lines[k].count) + 2 : cursor + (height - barHeight) / 2
            rows.append(Row(kind: kind, lines: lines[k], top: cursor, height: height, barTop: barTop))
            cursor += height
        }
        return rows
    }

    /// The bar, the target tick across it, and the score after whichever ends further right.
    static func drawBar(_ svg: inout SVGWriter, _ item: ExpectationItem, color: String, x: LinearScale, top: Double) {
        let score = finite(item.score)
        let x0 = x(Swift.max(0, x.domain.0)), x1 = x(score)
        let target = item.target.flatMap { $0.isFinite ? $0 : nil }
        let targetText = target.map { " (target \(NumberFormat.auto($0)))" } ?? ""
        svg.text("rect", [("x", .number(Swift.min(x0, x1))), ("y", .number(top)), ("width", .number(Swift.abs(x1 - x0))),
                          ("height", .number(barHeight)), ("fill", .text(color))], "",
                 title: "\(item.name): score \(NumberFormat.auto(score))\(targetText)")
        var end = Swift.max(x0, x1)
        if let target {
            let tx = x(target)
            svg.text("line", [("x1", .number(tx)), ("x2", .number(tx)), ("y1", .number(top - 3)), ("y2", .number(top + barHeight + 3)),
                              ("stroke", .text(Palette.text)), ("stroke-width", 2), ("class", "tp-target")], "",
                     title: "\(item.name): target \(NumberFormat.auto(target))")
            end = Swift.max(end, tx)
        }
        svg.text("text", [("x", .number(end + 6)), ("y", .number(top + barHeight / 2 + 4)), ("font-size", .number(Font.label)),
                          ("font-weight", "700"), ("fill", .text(Palette.text)), ("class", "tp-score")], NumberFormat.auto(score))
    }

    static func summary(_ items: [(ExpectationLayerKind, ExpectationItem)], layers: Int) -> String {
        let withTarget = items.filter { $0.1.target != nil }
        guard !withTarget.isEmpty else {
            return "\(Phrase.plural(items.count, "expectation")) across \(Phrase.plural(layers, "layer"))."
        }
        let misses = withTarget.filter { $0.1.score < ($0.1.target ?? 0) }
        var summary = "\(misses.count) of \(Phrase.plural(withTarget.count, "expectation")) with a target miss it"
        if let worst = misses.min(by: { $0.1.score - ($0.1.target ?? 0) < $1.1.score - ($1.1.target ?? 0) }) {
            summary += "; the largest shortfall is \(Phrase.quoted(worst.1.name)) (\(worst.0.rawValue), "
                + "\(NumberFormat.auto(worst.1.score)) against \(NumberFormat.auto(worst.1.target ?? 0)))"
        }
        return summary + "."
    }

    static func table(_ items: [(ExpectationLayerKind, ExpectationItem)]) -> DataTable {
        DataTable(columns: ["Layer", "Expectation", "Score", "Target", "Gap"], numeric: [false, false, true, true, true],
                  rows: items.map { layer, item in
                      [layer.rawValue, item.name, NumberFormat.auto(item.score), Phrase.optional(item.target),
                       item.target.map { NumberFormat.signed((item.score - $0).rounded(to: 1)) } ?? "—"]
                  })
    }
}
