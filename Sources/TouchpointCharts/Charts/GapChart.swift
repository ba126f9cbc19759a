/// Dumbbells from target (ideal) to actual per item, with the gap labelled.
enum GapChart {
    struct Item { var name: String; var target: Double?; var actual: Double?; var group: String? }

    static func render(journey: Journey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let items = journey.stages.map { Item(name: $0.name, target: $0.ideal, actual: $0.actual, group: nil) }
        return draw(items, title: ctx.title(journey.name + " — ideal vs actual"), targetName: "Ideal", actualName: "Actual", noun: "stage", ctx)
    }

    static func render(expectations: [ExpectationLayer], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let items = expectations.flatMap { l in l.items.map { Item(name: $0.name, target: $0.target, actual: $0.score, group: l.layer.rawValue) } }
        return draw(items, title: ctx.title("Expectations — target vs score"), targetName: "Target", actualName: "Score", noun: "item", ctx)
    }

    static func draw(_ raw: [Item], title: String, targetName: String, actualName: String, noun: String, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        guard !raw.isEmpty else { return .failure(ChartError("there is nothing to compare: no \(noun)s", option: "data")) }
        var items = raw.map { i in Item(name: i.name, target: i.target.flatMap { $0.isFinite ? $0 : nil },
                                        actual: i.actual.flatMap { $0.isFinite ? $0 : nil }, group: i.group) }
        func gap(_ i: Item) -> Double? { i.actual.flatMap { a in i.target.map { a - $0 } } }
        if ctx.options.sorted {
            items = items.enumerated().sorted { a, b in
                let ga = gap(a.element) ?? .infinity, gb = gap(b.element) ?? .infinity
                return ga < gb || (ga == gb && a.offset < b.offset)
            }.map(\.element)
        }
        var c = ctx.canvas()
        c.header(title: title, legend: [LegendItem(label: actualName, color: Palette.series(0), key: .symbol(.circle)),
                                        LegendItem(label: targetName, color: Palette.neutral, key: .symbol(.diamond))])
        let values = items.flatMap { [$0.target, $0.actual].compactMap { $0 } }
        let raw0 = LinearScale.paddedDomain(values.min() ?? 0, values.max() ?? 1)
        let labelWidth = Swift.min(c.width * 0.32, Axis.maxWidth(items.map(\.name), fontSize: Font.label) + 4)
        let plot = Rect(left: ChartCanvas.pad + labelWidth + 10, top: c.top + 4, right: c.width - ChartCanvas.pad - 44, bottom: c.height - 28)
        let x = LinearScale(domain: raw0, range: (plot.left, plot.right)).niced(Double(Swift.max(2, Int(plot.width / 70))))
        let band = BandScale(count: items.count, range: (plot.top, plot.bottom), paddingInner: 0.3, paddingOuter: 0.2)
        let fs = Swift.min(Font.label, Swift.max(6, band.absStep * 0.75))
        let every = Swift.max(1, Int((13 / Swift.max(0.01, band.absStep)).rounded(.up)))
        Axis.drawBottomLinear(&c.svg, scale: x, plot: plot)
        for (i, item) in items.enumerated() {
            let y = band.center(i)
            if i % every == 0 {
                let shown = TextFit.truncate(item.name, width: labelWidth, fontSize: fs)
                c.svg.text("text", [("x", .number(plot.left - 10)), ("y", .number(y + fs * 0.35)), ("text-anchor", "end"),
                                    ("font-size", .number(fs)), ("fill", .text(Palette.text))], shown, title: shown == item.name ? nil : item.name)
            }
            if let t = item.target, let a = item.actual {
                c.svg.empty("line", [("x1", .number(x(t))), ("x2", .number(x(a))), ("y1", .number(y)), ("y2", .number(y)),
                                     ("stroke", .text(a < t ? Palette.bad : Palette.good)), ("stroke-width", 3), ("stroke-opacity", "0.6")])
            }
            let r = Swift.min(6, Swift.max(1.5, band.absStep * 0.3))
            if let t = item.target {
                SymbolShape.diamond.draw(&c.svg, x: x(t), y: y, size: r * 2, fill: Palette.neutral, title: "\(item.name): \(targetName.lowercased()) \(value(t))")
            }
            if let a = item.actual {
                SymbolShape.circle.draw(&c.svg, x: x(a), y: y, size: r * 2, fill: Palette.series(0), title: "\(item.name): \(actualName.lowercased()) \(value(a))")
            }
            if let g = gap(item), i % every == 0 {
                let end = Swift.max(x(item.target ?? 0), x(item.actual ?? 0))
                c.svg.text("text", [("x", .number(end + 10)), ("y", .number(y + fs * 0.35)), ("font-size", .number(Swift.min(fs, Font.small))),
                                    ("font-weight", "600"), ("fill", .text(g < 0 ? Palette.bad : Palette.good))], NumberFormat.signed(g.rounded(to: 1)))
            }
        }
        let gaps = items.compactMap { i in gap(i).map { (i, $0) } }
        var summary = "No \(noun) has both a \(targetName.lowercased()) and an \(actualName.lowercased())."
        if let worst = gaps.min(by: { $0.1 < $1.1 }) {
            let short = gaps.filter { $0.1 < 0 }.count
            if worst.1 < 0 {
                summary = "The largest gap is at \(Phrase.quoted(worst.0.name)): \(NumberFormat.signed(worst.1.rounded(to: 1))) (\(actualName.lowercased()) \(value(worst.0.actual ?? 0)), \(targetName.lowercased()) \(value(worst.0.target ?? 0))); \(short) of \(Phrase.plural(gaps.count, noun)) fall short."
            } else {
                summary = "All \(Phrase.plural(gaps.count, noun)) meet or beat the \(targetName.lowercased())."
            }
        }
        let hasGroup = items.contains { $0.group != nil }
        let columns = (hasGroup ? ["Layer"] : []) + [noun.capitalizedFirst, targetName, actualName, "Gap"]
        let rows = items.map { i in
            (hasGroup ? [i.group ?? ""] : []) + [i.name, Phrase.optional(i.target, value), Phrase.optional(i.actual, value),
                                                 gap(i).map { NumberFormat.signed($0.rounded(to: 1)) } ?? "—"]
        }
        let missing = items.filter { gap($0) == nil }.count
        let notes = missing > 0 ? ["\(Phrase.plural(missing, noun)) without both values \(missing == 1 ? "is" : "are") drawn without a gap"] : []
        return ctx.output(c, title: title, summary: summary,
                          table: DataTable(columns: columns, numeric: (hasGroup ? [false] : []) + [false, true, true, true], rows: rows), notes: notes)
    }

    static func value(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
