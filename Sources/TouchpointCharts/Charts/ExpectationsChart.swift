/// Scores per expectation as horizontal bars with a target tick, grouped by layer (base, efficiency, joy).
enum ExpectationsChart {
    static func render(_ layers: [ExpectationLayer], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let ordered = ExpectationLayerKind.allCases.flatMap { k in layers.filter { $0.layer == k } }.filter { !$0.items.isEmpty }
        guard !ordered.isEmpty else { return .failure(ChartError("there are no expectations to draw", option: "data")) }
        enum Row { case heading(ExpectationLayerKind), item(ExpectationItem, ExpectationLayerKind) }
        var rowsOut: [Row] = []
        for l in ordered { rowsOut.append(.heading(l.layer)); rowsOut += l.items.map { .item($0, l.layer) } }
        let items = ordered.flatMap { l in l.items.map { (l.layer, $0) } }
        let title = ctx.title("Expectations by layer")
        var c = ctx.canvas()
        let layerIndex: (ExpectationLayerKind) -> Int = { ExpectationLayerKind.allCases.firstIndex(of: $0) ?? 0 }
        var legend = ordered.map { LegendItem(label: $0.layer.rawValue.capitalizedFirst, color: Palette.series(layerIndex($0.layer)), key: .swatch) }
        if items.contains(where: { $0.1.target != nil }) { legend.append(LegendItem(label: "Target", color: Palette.text, key: .line)) }
        c.header(title: title, legend: legend)
        let values = items.flatMap { [$0.1.score, $0.1.target].compactMap { $0 }.filter(\.isFinite) }
        let lo = Swift.min(0, values.min() ?? 0), hi = Swift.max(values.max() ?? 1, lo + 1)
        let labelWidth = Swift.min(c.width * 0.3, Axis.maxWidth(items.map(\.1.name), fontSize: Font.label) + 4)
        let plot = Rect(left: ChartCanvas.pad + labelWidth + 10, top: c.top + 2, right: c.width - ChartCanvas.pad - 36, bottom: c.height - 28)
        let x = LinearScale(domain: (lo, hi), range: (plot.left, plot.right)).niced(Double(Swift.max(2, Int(plot.width / 70))))
        let band = BandScale(count: rowsOut.count, range: (plot.top, plot.bottom), paddingInner: 0.25, paddingOuter: 0.05)
        let fs = Swift.min(Font.label, Swift.max(6, band.absStep * 0.75))
        Axis.drawBottomLinear(&c.svg, scale: x, plot: plot)
        for (i, row) in rowsOut.enumerated() {
            let mid = band.center(i)
            switch row {
            case .heading(let k):
                c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(mid + fs * 0.35)), ("font-size", .number(fs)), ("font-weight", "700"),
                                    ("fill", .text(Palette.text))], k.rawValue.capitalizedFirst)
            case .item(let item, let k):
                let shown = TextFit.truncate(item.name, width: labelWidth - 8, fontSize: fs)
                c.svg.text("text", [("x", .number(plot.left - 8)), ("y", .number(mid + fs * 0.35)), ("text-anchor", "end"), ("font-size", .number(fs)),
                                    ("fill", .text(Palette.text))], shown, title: shown == item.name ? nil : item.name)
                let s = finite(item.score)
                let x0 = x(Swift.max(0, x.domain.0)), x1 = x(s)
                c.svg.text("rect", [("x", .number(Swift.min(x0, x1))), ("y", .number(band.position(i))), ("width", .number(Swift.abs(x1 - x0))),
                                    ("height", .number(band.bandwidth)), ("fill", .text(Palette.series(layerIndex(k))))], "",
                           title: "\(item.name): \(NumberFormat.auto(s))\(item.target.map { " (target \(NumberFormat.auto($0)))" } ?? "")")
                var end = Swift.max(x0, x1)
                if let t = item.target, t.isFinite {
                    let tx = x(t)
                    c.svg.empty("line", [("x1", .number(tx)), ("x2", .number(tx)), ("y1", .number(band.position(i) - 2)),
                                         ("y2", .number(band.position(i) + band.bandwidth + 2)), ("stroke", .text(Palette.text)), ("stroke-width", 2)])
                    end = Swift.max(end, tx)
                }
                c.svg.text("text", [("x", .number(end + 5)), ("y", .number(mid + fs * 0.35)), ("font-size", .number(Swift.min(fs, Font.small))),
                                    ("fill", .text(item.target.map { s >= $0 ? Palette.good : Palette.bad } ?? Palette.muted))], NumberFormat.auto(s))
            }
        }
        let withTarget = items.filter { $0.1.target != nil }
        let misses = withTarget.filter { $0.1.score < ($0.1.target ?? 0) }
        var summary = "\(Phrase.plural(items.count, "expectation")) across \(Phrase.plural(ordered.count, "layer"))."
        if !withTarget.isEmpty {
            summary = "\(misses.count) of \(Phrase.plural(withTarget.count, "expectation")) with a target miss it"
            if let worst = misses.min(by: { $0.1.score - ($0.1.target ?? 0) < $1.1.score - ($1.1.target ?? 0) }) {
                summary += "; the largest shortfall is \(Phrase.quoted(worst.1.name)) (\(worst.0.rawValue), \(NumberFormat.auto(worst.1.score)) against \(NumberFormat.auto(worst.1.target ?? 0)))"
            }
            summary += "."
        }
        let table = DataTable(columns: ["Layer", "Expectation", "Score", "Target", "Gap"], numeric: [false, false, true, true, true],
                              rows: items.map { k, i in [k.rawValue, i.name, NumberFormat.auto(i.score), Phrase.optional(i.target),
                                                         i.target.map { NumberFormat.signed((i.score - $0).rounded(to: 1)) } ?? "—"] })
        return ctx.output(c, title: title, summary: summary, table: table, notes: [])
    }
}
