/// Customers per stage as horizontal bars, with the drop-off between consecutive stages.
enum FunnelChart {
    static func render(journey: Journey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        guard !journey.stages.isEmpty else { return .failure(ChartError("journey '\(journey.name)' has no stages to draw", option: "data")) }
        let steps = journey.stages.map { ($0.name, $0.customers.flatMap { $0.isFinite ? $0 : nil }) }
        return draw(steps, title: ctx.title(journey.name + " — customers per stage"), field: "customers", ctx)
    }

    static func render(records: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        switch RecordFields.resolve(records, ctx.options, needsSeries: false) {
        case .failure(let e): return .failure(e)
        case .success(let f):
            let yField = f.y[0]
            let steps = records.rows.map { row in (RecordFields.text(row[f.x]), RecordFields.number(row[yField])) }
            return draw(steps, title: ctx.title("\(yField) by \(f.x)"), field: yField, ctx)
        }
    }

    static func draw(_ steps: [(String, Double?)], title: String, field: String, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        guard !steps.isEmpty else { return .failure(ChartError("the funnel has no stages", option: "data")) }
        var c = ctx.canvas()
        c.header(title: title)
        let values = steps.compactMap(\.1)
        let maxValue = Swift.max(values.map { Swift.abs($0) }.max() ?? 1, 1e-9)
        let labelWidth = Swift.min(c.width * 0.3, Axis.maxWidth(steps.map(\.0), fontSize: Font.label) + 4)
        let left = ChartCanvas.pad + labelWidth + 8
        let dropWidth = 64.0
        let plot = Rect(left: left, top: c.top + 4, right: c.width - ChartCanvas.pad - dropWidth, bottom: c.height - 12)
        let band = BandScale(count: steps.count, range: (plot.top, plot.bottom), paddingInner: 0.35, paddingOuter: 0.1)
        let x = LinearScale(domain: (0, maxValue), range: (plot.left, plot.right - 56))
        let fs = Swift.min(Font.label, Swift.max(6, band.bandwidth * 0.8))
        let every = Swift.max(1, Int((14 / Swift.max(0.01, band.absStep)).rounded(.up)))

        c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.left)), ("y1", .number(plot.top)), ("y2", .number(plot.bottom)),
                             ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
        var biggest: (Int, Double)?
        for (i, (name, value)) in steps.enumerated() {
            let top = band.position(i), mid = band.center(i)
            if i % every == 0 {
                let shown = TextFit.truncate(name, width: labelWidth, fontSize: fs)
                c.svg.text("text", [("x", .number(plot.left - 8)), ("y", .number(mid + fs * 0.35)), ("text-anchor", "end"),
                                    ("font-size", .number(fs)), ("fill", .text(Palette.text))], shown, title: shown == name ? nil : name)
            }
            guard let v = value else { continue }
            let w = Swift.max(0, x(Swift.max(0, v)) - plot.left)
            c.svg.text("rect", [("x", .number(plot.left)), ("y", .number(top)), ("width", .number(w)), ("height", .number(band.bandwidth)),
                                ("fill", .text(Palette.series(0)))], "", title: "\(name): \(NumberFormat.auto(v))")
            if i % every == 0 {
                c.svg.text("text", [("x", .number(plot.left + w + 6)), ("y", .number(mid + fs * 0.35)), ("font-size", .number(fs)),
                                    ("fill", .text(Palette.text))], NumberFormat.compactOrGrouped(v))
            }
            if i > 0, let prev = steps[i - 1].1, prev > 0 {
                let drop = (v - prev) / prev
                if biggest.map({ drop < $0.1 }) ?? true { biggest = (i, drop) }
                if i % every == 0 {
                    c.svg.text("text", [("x", .number(c.width - ChartCanvas.pad)), ("y", .number(top - band.absStep * 0.175 + fs * 0.35)),
                                        ("text-anchor", "end"), ("font-size", .number(Swift.min(fs, Font.small))),
                                        ("fill", .text(drop < 0 ? Palette.bad : Palette.good))], signedPercent(drop))
                }
            }
        }
        var summary = "No stage has a customer count."
        if let firstIndex = steps.firstIndex(where: { $0.1 != nil }), let lastIndex = steps.lastIndex(where: { $0.1 != nil }),
           let first = steps[firstIndex].1, let last = steps[lastIndex].1 {
            summary = "Of \(NumberFormat.auto(first)) at \(Phrase.quoted(steps[firstIndex].0)), \(NumberFormat.auto(last))"
            if first > 0 { summary += " (\(NumberFormat.percent(last / first)))" }
            summary += " reach \(Phrase.quoted(steps[lastIndex].0))"
            if let (i, d) = biggest, d < 0 {
                summary += "; the biggest drop-off is between \(Phrase.quoted(steps[i - 1].0)) and \(Phrase.quoted(steps[i].0)) (\(signedPercent(d)))"
            }
            summary += "."
        }
        var notes: [String] = []
        let missing = steps.filter { $0.1 == nil }.count
        if missing > 0 { notes.append(Phrase.leftOut(missing, what: "stage", field: field)) }
        let rows: [[String]] = steps.enumerated().map { i, s in
            var drop = "—"
            if i > 0, let p = steps[i - 1].1, p > 0, let v = s.1 { drop = signedPercent((v - p) / p) }
            return [s.0, Phrase.optional(s.1), drop]
        }
        return ctx.output(c, title: title, summary: summary,
                          table: DataTable(columns: ["Stage", field, "Change"], numeric: [false, true, true], rows: rows), notes: notes)
    }

    static func signedPercent(_ f: Double) -> String {
        let text = NumberFormat.percent(f)
        return f > 0 && text != "0%" ? "+" + text : text
    }
}

extension NumberFormat {
    /// Grouped digits up to a million, compact beyond, so bar-end labels stay short.
    static func compactOrGrouped(_ v: Double) -> String {
        Swift.abs(v) >= 1e6 ? compact(v) : auto(v)
    }
}
