/// Bars per x category and series: grouped by default, stacked or horizontal on request.
enum BarChart {
    static func render(_ r: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let f: RecordFields
        switch RecordFields.resolve(r, ctx.options, needsSeries: false) { case .failure(let e): return .failure(e); case .success(let v): f = v }
        let xd = XDomain(r, field: f.x)
        let split = SeriesSplit(r, fields: f, x: xd)
        guard !xd.keys.isEmpty, !split.allValues.isEmpty else { return .failure(ChartError("no record has both \(Phrase.quoted(f.x)) and a value to draw", option: "y")) }
        let stacked = ctx.options.stacked, horizontal = ctx.options.horizontal
        let keyIndex = Dictionary(xd.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // Sum duplicates of the same category within a series.
        var grid = [[Double?]](repeating: [Double?](repeating: nil, count: xd.keys.count), count: split.series.count)
        for (si, s) in split.series.enumerated() {
            for p in s.points { if let v = p.value, let k = keyIndex[p.key.label] { grid[si][k] = (grid[si][k] ?? 0) + v } }
        }
        var segments: [(si: Int, k: Int, lo: Double, hi: Double, value: Double)] = []
        var pos = [Double](repeating: 0, count: xd.keys.count), neg = pos
        for si in grid.indices {
            for k in xd.keys.indices {
                guard let v = grid[si][k] else { continue }
                if stacked {
                    if v >= 0 { segments.append((si, k, pos[k], pos[k] + v, v)); pos[k] += v } else { segments.append((si, k, neg[k] + v, neg[k], v)); neg[k] += v }
                } else {
                    segments.append((si, k, Swift.min(0, v), Swift.max(0, v), v))
                }
            }
        }
        let title = ctx.title("\(f.y.joined(separator: ", ")) by \(f.x)")
        var c = ctx.canvas()
        let legend = split.series.count > 1 ? split.series.enumerated().map { LegendItem(label: $0.element.name, color: Palette.series($0.offset), key: .swatch) } : []
        c.header(title: title, legend: legend)
        let axis = ValueAxis(values: segments.flatMap { [$0.lo, $0.hi] }, options: ctx.options, includeZero: true)
        let labels = xd.kind == .time && xd.isMonthly ? XAxisScale.monthLabels(xd.keys) : xd.keys.map(\.label)
        let groups = stacked ? 1 : split.series.count
        if horizontal {
            let labelWidth = Swift.min(c.width * 0.3, Axis.maxWidth(labels) + 4)
            let plot = Rect(left: ChartCanvas.pad + labelWidth + 8, top: c.top + 4, right: c.width - ChartCanvas.pad - 12, bottom: c.height - 28)
            let band = BandScale(count: xd.keys.count, range: (plot.top, plot.bottom), paddingInner: 0.2, paddingOuter: 0.1)
            let v = LinearScale(domain: axis.domain, range: (plot.left, plot.right))
            Axis.drawBottomLinear(&c.svg, scale: v, plot: plot)
            let every = Swift.max(1, Int((13 / Swift.max(0.01, band.absStep)).rounded(.up)))
            for (k, label) in labels.enumerated() where k % every == 0 {
                let shown = TextFit.truncate(label, width: labelWidth, fontSize: Font.small)
                c.svg.text("text", [("x", .number(plot.left - 6)), ("y", .number(band.center(k) + 4)), ("text-anchor", "end"), ("font-size", .number(Font.small)),
                                    ("fill", .text(Palette.text))], shown, title: shown == label ? nil : label)
            }
            let sub = band.bandwidth / Double(groups)
            for s in segments {
                let y0 = band.position(s.k) + (stacked ? 0 : sub * Double(s.si))
                let x0 = v.clamped(s.lo), x1 = v.clamped(s.hi)
                c.svg.text("rect", [("x", .number(x0)), ("y", .number(y0)), ("width", .number(x1 - x0)), ("height", .number(Swift.max(0.5, sub - (groups > 1 ? 1 : 0)))),
                                    ("fill", .text(Palette.series(s.si)))], "", title: "\(split.series[s.si].name), \(labels[s.k]): \(NumberFormat.auto(s.value))")
            }
        } else {
            let left = ChartCanvas.pad + axis.labelWidth + 8
            let right = c.width - ChartCanvas.pad - 4
            let probe = BandScale(count: xd.keys.count, range: (left, right), paddingInner: 0.2, paddingOuter: 0.1)
            let cats = CategoryLabels(labels, step: probe.absStep)
            let plotLeft = Swift.max(left, cats.overhang - probe.absStep / 2 + 4)
            let band = BandScale(count: xd.keys.count, range: (plotLeft, right), paddingInner: 0.2, paddingOuter: 0.1)
            let plot = Rect(left: plotLeft, top: c.top + 4, right: right, bottom: c.height - 8 - cats.height)
            let v = LinearScale(domain: axis.domain, range: (plot.bottom, plot.top))
            Axis.drawLeft(&c.svg, scale: v, plot: plot, ticks: axis.ticks, labels: axis.labels)
            let sub = band.bandwidth / Double(groups)
            for s in segments {
                let x0 = band.position(s.k) + (stacked ? 0 : sub * Double(s.si))
                let yTop = v.clamped(s.hi), yBottom = v.clamped(s.lo)
                c.svg.text("rect", [("x", .number(x0)), ("y", .number(yTop)), ("width", .number(Swift.max(0.5, sub - (groups > 1 ? 1 : 0)))), ("height", .number(yBottom - yTop)),
                                    ("fill", .text(Palette.series(s.si)))], "", title: "\(split.series[s.si].name), \(labels[s.k]): \(NumberFormat.auto(s.value))")
            }
            c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(v.clamped(0))), ("y2", .number(v.clamped(0))),
                                 ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
            for k in labels.indices { cats.draw(&c.svg, index: k, x: band.center(k), y: plot.bottom + 2) }
        }
        let summary = summaryText(grid, split: split, labels: labels, stacked: stacked)
        return ctx.output(c, title: title, summary: summary, table: RecordTable.make(r, fields: nil), notes: split.notes)
    }

    static func summaryText(_ grid: [[Double?]], split: SeriesSplit, labels: [String], stacked: Bool) -> String {
        if split.series.count > 1 && stacked {
            let totals = labels.indices.map { k in grid.reduce(0) { $0 + ($1[k] ?? 0) } }
            if let best = totals.enumerated().max(by: { $0.element < $1.element || ($0.element == $1.element && $0.offset > $1.offset) }) {
                return "The total is highest at \(labels[best.offset]) (\(NumberFormat.auto(best.element)) across \(Phrase.plural(split.series.count, "series", "series")))."
            }
        }
        var parts: [String] = []
        for (si, s) in split.series.prefix(4).enumerated() {
            let vals = grid[si].enumerated().compactMap { k, v in v.map { (k, $0) } }
            guard let hi = vals.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }),
                  let lo = vals.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { continue }
            parts.append(hi.0 == lo.0 ? "\(s.name) is \(NumberFormat.auto(hi.1)) at \(labels[hi.0])"
                         : "\(s.name) is highest at \(labels[hi.0]) (\(NumberFormat.auto(hi.1))) and lowest at \(labels[lo.0]) (\(NumberFormat.auto(lo.1)))")
        }
        return parts.isEmpty ? "There are no values to describe." : parts.joined(separator: "; ") + "."
    }
}
