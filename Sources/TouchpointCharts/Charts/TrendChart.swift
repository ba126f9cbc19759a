/// KPIs over time: a line each, dashed targets, the latest point coloured by whether it meets the target.
enum TrendChart {
    static func render(_ kpis: [KPI], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let series = kpis.map { KPISeries($0, locale: ctx.request.locale) }
        let dated = series.flatMap { $0.points.map(\.date.position) }
        guard let first = dated.min(), let last = dated.max(), series.contains(where: { !$0.valued.isEmpty }) else {
            return .failure(ChartError("there are no KPI values to draw", option: "data"))
        }
        let title = ctx.title(kpis.count == 1 ? "\(kpis[0].name) over time" : kpis.map(\.name).joined(separator: ", ") + " over time")
        var c = ctx.canvas()
        var legend: [LegendItem] = []
        if series.count > 1 {
            legend = series.enumerated().map { LegendItem(label: $0.element.kpi.name, color: Palette.series($0.offset), key: .line) }
        }
        if series.contains(where: { $0.target != nil }) { legend.append(LegendItem(label: "Target", color: Palette.neutral, key: .dashed)) }
        c.header(title: title, legend: legend)
        let values = series.flatMap { s in s.valued.map(\.value) + (s.target.map { [$0] } ?? []) }
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if let m = ctx.options.yMin, m.isFinite { lo = m }
        if let m = ctx.options.yMax, m.isFinite { hi = m }
        let count = 5.0
        let domain = (ctx.options.yMin != nil || ctx.options.yMax != nil) ? LinearScale.paddedDomain(lo, hi) : Ticks.nice(LinearScale.paddedDomain(lo, hi), count: count)
        let unit = Set(kpis.compactMap(\.unit)).count == 1 ? kpis.first?.unit : nil
        let ticks = Ticks.ticks(domain.0, domain.1, count)
        let labels = Axis.labels(ticks, step: Ticks.tickStep(domain.0, domain.1, count), unit: unit == "%" ? "%" : nil)
        let targetLabels = series.compactMap { s in s.target.map { "Target \(s.format($0))" } }
        let right = c.width - ChartCanvas.pad - Swift.max(10, Axis.maxWidth(targetLabels) + 6)
        let plot = Rect(left: ChartCanvas.pad + Swift.max(20, Axis.maxWidth(labels)) + 8, top: c.top + 6, right: right, bottom: c.height - 30)
        let x = TimeScale(first: first, last: last, unit: series.map(\.unit).min() ?? .month, locale: ctx.request.locale,
                          range: (plot.left + 8, plot.right - 8))
        let y = LinearScale(domain: domain, range: (plot.bottom, plot.top))
        Axis.drawLeft(&c.svg, scale: y, plot: plot, ticks: ticks, labels: labels)
        Axis.drawTime(&c.svg, scale: x, plot: plot)
        var placedTargets: [Double] = []
        for (i, s) in series.enumerated() {
            let color = Palette.series(i)
            if let t = s.target {
                c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(y.clamped(t))), ("y2", .number(y.clamped(t))),
                                     ("stroke", .text(series.count > 1 ? color : Palette.neutral)), ("stroke-width", 1.5), ("stroke-dasharray", "6 4")])
                var ly = y.clamped(t) + 4
                while placedTargets.contains(where: { Swift.abs($0 - ly) < 13 }) { ly += 13 }
                placedTargets.append(ly)
                c.svg.text("text", [("x", .number(plot.right + 6)), ("y", .number(ly)), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))],
                           "Target \(s.format(t))")
            }
            let path = PathData.polyline(s.points.map { p in p.value.map { (x(p.date.position), y.clamped($0)) } }, width: c.width, height: c.height)
            if !path.isEmpty {
                c.svg.empty("path", [("d", .text(path)), ("fill", "none"), ("stroke", .text(color)), ("stroke-width", 2.5), ("stroke-linejoin", "round")])
            }
            let valued = s.points.indices.filter { s.points[$0].value != nil }
            for k in valued {
                let p = s.points[k]
                guard let v = p.value else { continue }
                // A point with no neighbour in its run would be invisible as a line, so it gets a dot.
                let isolated = !valued.contains(k - 1) && !valued.contains(k + 1)
                let isLatest = k == valued.last
                guard isolated || isLatest || s.points.count <= 24 else { continue }
                let fill = isLatest ? (s.meetsTarget.map { $0 ? Palette.good : Palette.bad } ?? color) : color
                c.svg.text("circle", [("cx", .number(x(p.date.position))), ("cy", .number(y.clamped(v))), ("r", .number(isLatest ? 5 : 3)),
                                      ("fill", .text(fill)), ("stroke", .text(Palette.bg)), ("stroke-width", 1.5)],
                           "", title: "\(s.kpi.name), \(s.label(p.date)): \(s.format(v))")
            }
            if let l = s.latest, series.count <= 3 {
                let lx = x(l.date.position), ly = y.clamped(l.value)
                let above = ly - 10 > plot.top + 4
                c.svg.text("text", [("x", .number(lx)), ("y", .number(above ? ly - 10 : ly + 18)), ("text-anchor", "end"),
                                    ("font-size", .number(Font.label)), ("font-weight", "600"), ("fill", .text(Palette.text)),
                                    ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("class", "tp-halo")], s.format(l.value))
            }
        }
        let summary = series.map(\.sentence).joined(separator: "; ") + "."
        return ctx.output(c, title: title, summary: summary, table: KPIChart.table(for: series), notes: series.flatMap(\.notes))
    }
}
