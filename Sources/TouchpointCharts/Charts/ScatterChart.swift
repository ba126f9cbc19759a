/// Points of y against x, coloured and shaped by series.
enum ScatterChart {
    static func render(_ r: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let f: RecordFields
        switch RecordFields.resolve(r, ctx.options, needsSeries: false) { case .failure(let e): return .failure(e); case .success(let v): f = v }
        let xd: XDomain
        switch XDomain.make(r, field: f.x, xFormat: ctx.options.xFormat, locale: ctx.request.locale) {
        case .failure(let e): return .failure(e)
        case .success(let v): xd = v
        }
        let split: SeriesSplit
        switch SeriesSplit.make(r, fields: f, x: xd, repeats: .keep) { case .failure(let e): return .failure(e); case .success(let v): split = v }
        guard !xd.keys.isEmpty, !split.allValues.isEmpty else { return .failure(ChartError("no record has both \(Phrase.quoted(f.x)) and a value to draw", option: "y")) }
        let title = ctx.title("\(f.y.joined(separator: ", ")) against \(f.x)")
        var c = ctx.canvas()
        let legend = split.series.count > 1 ? split.series.enumerated().map { LegendItem(label: $0.element.name, color: Palette.series($0.offset), key: .symbol(SymbolShape.forIndex($0.offset))) } : []
        c.header(title: title, legend: legend)
        let axis = ValueAxis(values: split.allValues, options: ctx.options, includeZero: false)
        let left = ChartCanvas.pad + axis.labelWidth + 8
        var xs = XAxisScale.make(xd, left: left + 6, right: c.width - ChartCanvas.pad - 8, bars: false)
        if xs.overhang > left { xs = XAxisScale.make(xd, left: xs.overhang + 4, right: c.width - ChartCanvas.pad - 8, bars: false) }
        let plot = Rect(left: Swift.max(left, xs.overhang + 4), top: c.top + 4, right: c.width - ChartCanvas.pad - 4, bottom: c.height - 8 - xs.labelHeight)
        let y = LinearScale(domain: axis.domain, range: (plot.bottom - 4, plot.top + 4))
        Axis.drawLeft(&c.svg, scale: y, plot: plot, ticks: axis.ticks, labels: axis.labels)
        xs.draw(&c.svg, plot: plot, keys: xd.keys)
        let keyIndex = Dictionary(xd.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for (si, s) in split.series.enumerated() {
            for p in s.points {
                guard let v = p.value else { continue }
                let k = keyIndex[p.key.label] ?? 0
                SymbolShape.forIndex(si).draw(&c.svg, x: xs.position(p.key, index: k), y: y.clamped(v), size: 8, fill: Palette.series(si),
                                              title: "\(s.name), \(p.key.label): \(NumberFormat.auto(v))")
            }
        }
        var summary = "There are no values to describe."
        let all: [(String, Double)] = split.series.flatMap { s in s.points.compactMap { p in p.value.map { (p.key.label, $0) } } }
        if let hi = all.enumerated().max(by: { $0.element.1 < $1.element.1 || ($0.element.1 == $1.element.1 && $0.offset > $1.offset) })?.element,
           let lo = all.enumerated().min(by: { $0.element.1 < $1.element.1 || ($0.element.1 == $1.element.1 && $0.offset < $1.offset) })?.element {
            summary = "\(Phrase.plural(all.count, "point")) range from \(NumberFormat.auto(lo.1)) (\(f.x) \(lo.0)) to \(NumberFormat.auto(hi.1)) (\(f.x) \(hi.0))."
        }
        return ctx.output(c, title: title, summary: summary, table: RecordTable.make(r, fields: nil), notes: split.notes)
    }
}
