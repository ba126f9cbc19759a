/// A scorecard for one KPI: latest value, target, changes and a sparkline.
enum KPIChart {
    static func render(_ kpis: [KPI], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        guard let kpi = kpis.first else { return .failure(ChartError("there is no KPI to show", option: "data")) }
        let s = KPISeries(kpi, locale: ctx.request.locale)
        guard let latest = s.latest else { return .failure(ChartError("KPI \(Phrase.quoted(kpi.name)) has no values", option: "data")) }
        let title = ctx.title(kpi.name)
        var c = ctx.canvas(defaultWidth: 320, defaultHeight: 160)
        c.header(title: title)
        let pad = ChartCanvas.pad
        let status = s.meetsTarget
        let valueText = s.format(latest.value)
        let big = Swift.min(30, Swift.max(14, (c.width * 0.5 - pad) / Swift.max(1, TextWidth.of(valueText, fontSize: 1, bold: true))))
        let valueY = c.top + big * 0.85
        c.svg.text("text", [("x", .number(pad)), ("y", .number(valueY)), ("font-size", .number(big)), ("font-weight", "700"),
                            ("fill", .text(status.map { $0 ? Palette.good : Palette.bad } ?? Palette.text))], valueText)
        var lineY = valueY + 18
        c.svg.text("text", [("x", .number(pad)), ("y", .number(lineY)), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))],
                   s.label(latest.date))
        if let p = s.previous {
            lineY += 15
            let d = latest.value - p.value
            c.svg.text("text", [("x", .number(pad)), ("y", .number(lineY)), ("font-size", .number(Font.small)),
                                ("fill", .text(d == 0 ? Palette.neutral : (s.isGood(d) ? Palette.good : Palette.bad)))],
                       "\(s.change(d)) vs \(s.label(p.date))")
        }
        if let t = s.target {
            lineY += 15
            let d = latest.value - t
            c.svg.text("text", [("x", .number(pad)), ("y", .number(lineY)), ("font-size", .number(Font.small)),
                                ("fill", .text(s.isGood(d) ? Palette.good : Palette.bad))],
                       "Target \(s.format(t)) (\(s.change(d)))")
        }
        let spark = Rect(left: c.width * 0.55, top: c.top + 6, right: c.width - pad, bottom: c.height - 14)
        Sparkline.draw(&c.svg, s, in: spark, color: Palette.series(0), latestColor: status.map { $0 ? Palette.good : Palette.bad } ?? Palette.series(0))
        var summary = s.sentence
        if let p = s.previous {
            summary = "\(kpi.name) is \(s.format(latest.value)) in \(s.label(latest.date)), \(s.change(latest.value - p.value)) vs \(s.label(p.date))"
            if let t = s.target { summary += "; target \(s.format(t))" }
        }
        summary += "."
        return ctx.output(c, title: title, summary: summary, table: table(for: [s]), notes: s.notes)
    }

    static func table(for series: [KPISeries]) -> DataTable {
        var rows: [[String]] = []
        for s in series {
            for p in s.points {
                rows.append([s.kpi.name, s.label(p.date), Phrase.optional(p.value, s.format), Phrase.optional(s.target, s.format)])
            }
        }
        return DataTable(columns: ["KPI", "Date", "Value", "Target"], numeric: [false, false, true, true], rows: rows)
    }
}

/// A small line of a KPI's values with the target as a dashed line and the latest point marked.
enum Sparkline {
    static func draw(_ svg: inout SVGWriter, _ s: KPISeries, in r: Rect, color: String, latestColor: String) {
        guard let first = s.points.first?.date.position, let last = s.points.last?.date.position else { return }
        let values = s.valued.map(\.value) + (s.target.map { [$0] } ?? [])
        let d = LinearScale.paddedDomain(values.min() ?? 0, values.max() ?? 1)
        let x = TimeScale(first: first, last: last, range: (r.left + 4, r.right - 4))
        let y = LinearScale(domain: d, range: (r.bottom - 4, r.top + 4))
        if let t = s.target {
            svg.empty("line", [("x1", .number(r.left)), ("x2", .number(r.right)), ("y1", .number(y(t))), ("y2", .number(y(t))),
                               ("stroke", .text(Palette.neutral)), ("stroke-dasharray", "3 3")])
        }
        let path = PathData.polyline(s.points.map { p in p.value.map { (x(p.date.position), y($0)) } }, width: svg.width, height: svg.height)
        if !path.isEmpty {
            svg.empty("path", [("d", .text(path)), ("fill", "none"), ("stroke", .text(color)), ("stroke-width", 2), ("stroke-linejoin", "round")])
        }
        if let l = s.latest {
            svg.empty("circle", [("cx", .number(x(l.date.position))), ("cy", .number(y(l.value))), ("r", 3.5), ("fill", .text(latestColor))])
        }
    }
}
