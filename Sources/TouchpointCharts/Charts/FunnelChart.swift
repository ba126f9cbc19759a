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
        let plot = Rect(left: left, top: c.top + 4, right: c.width - ChartCanvas.pad, bottom: c.height - 12)
        let band = BandScale(count: steps.count, range: (plot.top, plot.bottom), paddingInner: 0.35, paddingOuter: 0.1)
        // Text never drops below 11 px in viewBox units; crowded funnels label every n-th stage instead.
        let fs = Swift.min(Font.label, Swift.max(Font.small, band.bandwidth * 0.8))
        let dropFs = Font.small
        let every = Swift.max(1, Int((14 / Swift.max(0.01, band.absStep)).rounded(.up)))
        let drops: [Double?] = steps.indices.map { i in
            guard i > 0, let prev = steps[i - 1].1, prev > 0, let v = steps[i].1 else { return nil }
            return (v - prev) / prev
        }
        // Each drop-off sits in the gap between the two bars it compares, next to the axis; when the gap is too
        // thin for a line of text it follows the lower bar's value label instead.
        let gap = band.absStep - band.bandwidth
        let inGap = gap >= dropFs * (TextBox.ascent + TextBox.descent) + 2
        let arrowWidth = 11.0
        let valueRoom = values.map { TextWidth.of(NumberFormat.compactOrGrouped($0), fontSize: fs) }.max() ?? 0
        let dropRoom = drops.compactMap { $0.map { arrowWidth + TextWidth.of(signedPercent($0), fontSize: dropFs) } }.max() ?? 0
        let room = 6 + valueRoom + 4 + (inGap || dropRoom == 0 ? 0 : 10 + dropRoom)
        let x = LinearScale(domain: (0, maxValue), range: (plot.left, Swift.max(plot.left + 10, plot.right - room)))

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
            let valueText = NumberFormat.compactOrGrouped(v)
            if i % every == 0 {
                c.svg.text("text", [("x", .number(plot.left + w + 6)), ("y", .number(mid + fs * 0.35)), ("font-size", .number(fs)),
                                    ("fill", .text(Palette.text))], valueText)
            }
            if let drop = drops[i] {
                if biggest.map({ drop < $0.1 }) ?? true { biggest = (i, drop) }
                if i % every == 0 {
                    let ax: Double, cy: Double
                    if inGap {
                        ax = plot.left + 4; cy = top - gap / 2
                    } else {
                        ax = plot.left + w + 6 + TextWidth.of(valueText, fontSize: fs) + 10; cy = mid
                    }
                    drawChange(&c, drop, x: ax, midY: cy, fontSize: dropFs, arrowWidth: arrowWidth,
                               title: "\(signedPercent(drop)) from \(steps[i - 1].0) to \(name)")
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
            var change = "—"
            if i > 0, let p = steps[i - 1].1, p > 0, let v = s.1 {
                let d = (v - p) / p, text = signedPercent(d)
                change = text.hasPrefix("+") ? text + " gain" : (text == "0%" ? text : text + " drop-off")
            }
            return [s.0, Phrase.optional(s.1), change]
        }
        return ctx.output(c, title: title, summary: summary,
                          table: DataTable(columns: ["Stage", field, "Change from previous stage"], numeric: [false, true, true], rows: rows), notes: notes)
    }

    /// A small arrow (down for a drop-off, up for a gain) and the signed percentage, vertically centred on `midY`.
    static func drawChange(_ c: inout ChartCanvas, _ drop: Double, x: Double, midY: Double, fontSize: Double, arrowWidth: Double, title: String) {
        let text = signedPercent(drop)
        let color = drop < 0 ? Palette.bad : Palette.good
        if text != "0%" {
            var p = PathData(width: c.width, height: c.height)
            let h = 3.5, tip = drop < 0 ? 1.0 : -1.0
            p.move(x, midY - tip * h); p.line(x + 7, midY - tip * h); p.line(x + 3.5, midY + tip * h); p.closePath()
            c.svg.empty("path", [("d", .text(p.d)), ("fill", .text(color)), ("aria-hidden", "true")])
        }
        c.svg.text("text", [("x", .number(x + arrowWidth)), ("y", .number(midY + fontSize * 0.35)), ("font-size", .number(fontSize)),
                            ("fill", .text(color)), ("class", "tp-dropoff")], text, title: title)
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
