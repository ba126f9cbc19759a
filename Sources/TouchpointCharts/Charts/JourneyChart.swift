/// Emotion across journey stages: actual curve, dashed ideal, touchpoints by channel, lowest stage called out.
enum JourneyChart {
    static func render(_ journey: Journey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let stages = journey.stages
        guard !stages.isEmpty else { return .failure(ChartError("journey '\(journey.name)' has no stages to draw", option: "data")) }
        let actual = stages.map { $0.actual.flatMap { $0.isFinite ? $0 : nil } }
        let ideal = stages.map { $0.ideal.flatMap { $0.isFinite ? $0 : nil } }
        var channels: [String] = []
        for s in stages { for t in s.touchpoints { let c = channelName(t); if !channels.contains(c) { channels.append(c) } } }

        let title = ctx.title(journey.persona.map { "\(journey.name) — \($0)" } ?? journey.name)
        var c = ctx.canvas()
        var legend = [LegendItem(label: "Actual emotion", color: Palette.series(0), key: .line),
                      LegendItem(label: "Ideal", color: Palette.neutral, key: .dashed)]
        for (i, ch) in channels.enumerated() {
            legend.append(LegendItem(label: ch, color: Palette.series(i + 1), key: .symbol(SymbolShape.forIndex(i))))
        }
        c.header(title: title, legend: legend)

        let values = (actual + ideal).compactMap { $0 }
        var lo = finite(Swift.min(journey.emotionMin, journey.emotionMax)), hi = finite(Swift.max(journey.emotionMin, journey.emotionMax))
        if let m = values.min() { lo = Swift.min(lo, m) }
        if let m = values.max() { hi = Swift.max(hi, m) }
        let domain = LinearScale.paddedDomain(lo, hi)
        let yTicksCount = 5.0
        let tickValues = Ticks.ticks(domain.0, domain.1, yTicksCount)
        let tickLabels = Axis.labels(tickValues, step: Ticks.tickStep(domain.0, domain.1, yTicksCount))
        let left = ChartCanvas.pad + Swift.max(24, Axis.maxWidth(tickLabels)) + 10
        let right = c.width - ChartCanvas.pad - 8
        let xs = PointScale(count: stages.count, range: (left, right), padding: 0.5)
        let cats = CategoryLabels(stages.map(\.name), step: xs.step)
        let lane = channels.isEmpty ? 0.0 : 20.0
        let plot = Rect(left: left, top: c.top + 4, right: right, bottom: c.height - 8 - cats.height - lane)
        let y = LinearScale(domain: domain, range: (plot.bottom, plot.top))

        Axis.drawLeft(&c.svg, scale: y, plot: plot, ticks: tickValues, labels: tickLabels)
        if domain.0 < 0 && domain.1 > 0 {
            c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(y(0))), ("y2", .number(y(0))),
                                 ("stroke", .text(Palette.axis)), ("stroke-width", 1.5), ("class", "tp-axis tp-zero")])
        }
        c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(plot.top - 8)), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], "Emotion")

        let idealPath = PathData.polyline(stages.indices.map { i in ideal[i].map { (xs(i), y($0)) } }, width: c.width, height: c.height)
        if !idealPath.isEmpty {
            c.svg.empty("path", [("d", .text(idealPath)), ("fill", "none"), ("stroke", .text(Palette.neutral)), ("stroke-width", 2), ("stroke-dasharray", "6 4")])
        }
        let actualPath = PathData.polyline(stages.indices.map { i in actual[i].map { (xs(i), y($0)) } }, width: c.width, height: c.height)
        if !actualPath.isEmpty {
            c.svg.empty("path", [("d", .text(actualPath)), ("fill", "none"), ("stroke", .text(Palette.series(0))), ("stroke-width", 2.5), ("stroke-linejoin", "round")])
        }
        let lowest = actual.indices.filter { actual[$0] != nil }.min { (actual[$0] ?? 0) < (actual[$1] ?? 0) }
        for i in stages.indices {
            guard let a = actual[i] else { continue }
            let isLow = i == lowest
            c.svg.text("circle", [("cx", .number(xs(i))), ("cy", .number(y(a))), ("r", .number(isLow ? 6 : 4.5)),
                                  ("fill", .text(isLow ? Palette.bad : Palette.series(0))), ("stroke", .text(Palette.bg)), ("stroke-width", 1.5)],
                       "", title: "\(stages[i].name): \(emotion(a))")
        }
        if let i = lowest, let a = actual[i] {
            let text = "Lowest: \(emotion(a))"
            let below = y(a) + 22 < plot.bottom
            let w = TextWidth.of(text, fontSize: Font.label, bold: true)
            let lx = clamp(xs(i), plot.left + w / 2, plot.right - w / 2)
            c.svg.text("text", [("x", .number(lx)), ("y", .number(below ? y(a) + 22 : y(a) - 12)), ("text-anchor", "middle"),
                                ("font-size", .number(Font.label)), ("font-weight", "600"), ("fill", .text(Palette.bad)),
                                ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("paint-order", "stroke")], text)
        }
        // Touchpoints sit in a lane under the plot, one symbol per touchpoint, centred on its stage.
        for (i, s) in stages.enumerated() where !s.touchpoints.isEmpty {
            let size = 9.0, gap = 3.0
            let shown = Array(s.touchpoints.prefix(Swift.max(1, Int(xs.step / (size + gap)))))
            let total = Double(shown.count) * size + Double(shown.count - 1) * gap
            for (k, t) in shown.enumerated() {
                let ci = channels.firstIndex(of: channelName(t)) ?? 0
                let x = xs(i) - total / 2 + size / 2 + Double(k) * (size + gap)
                SymbolShape.forIndex(ci).draw(&c.svg, x: x, y: plot.bottom + 14, size: size, fill: Palette.series(ci + 1),
                                              title: "\(t.name) (\(channelName(t)))")
            }
        }
        for i in stages.indices { cats.draw(&c.svg, index: i, x: xs(i), y: plot.bottom + lane + 4) }

        var summary = "No stage has an emotion score yet."
        if let i = lowest, let a = actual[i] {
            summary = "Emotion is lowest at \(Phrase.quoted(stages[i].name)) (\(emotion(a))"
            summary += ideal[i].map { " against an ideal of \(emotion($0)))" } ?? ")"
            if let hi = actual.indices.filter({ actual[$0] != nil }).max(by: { (actual[$0] ?? 0) < (actual[$1] ?? 0) }), hi != i, let h = actual[hi] {
                summary += " and highest at \(Phrase.quoted(stages[hi].name)) (\(emotion(h)))"
            }
            summary += "."
        }
        var notes: [String] = []
        let missing = actual.filter { $0 == nil }.count
        if missing > 0 { notes.append(Phrase.leftOut(missing, what: "stage", field: "actual")) }
        return ctx.output(c, title: title, summary: summary, table: table(journey), notes: notes)
    }

    static func channelName(_ t: Touchpoint) -> String {
        let c = t.channel?.trimmingSpaces ?? ""
        return c.isEmpty ? "Other" : c
    }

    static func emotion(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

    static func table(_ j: Journey) -> DataTable {
        DataTable(columns: ["Stage", "Customers", "Ideal", "Actual", "Gap", "Touchpoints"],
                  numeric: [false, true, true, true, true, false],
                  rows: j.stages.map { s in
                      let gap: String = {
                          guard let a = s.actual, let i = s.ideal else { return "—" }
                          return NumberFormat.signed((a - i).rounded(to: 1))
                      }()
                      return [s.name, Phrase.optional(s.customers) { NumberFormat.fixed($0, decimals: 0) },
                              Phrase.optional(s.ideal, emotion), Phrase.optional(s.actual, emotion), gap,
                              s.touchpoints.map { t in t.channel.map { "\(t.name) (\($0))" } ?? t.name }.joined(separator: "; ")]
                  })
    }
}

extension Double {
    /// Rounded to `decimals` places by decimal digits, so signs and labels agree with the shown value.
    func rounded(to decimals: Int) -> Double {
        let f = pow10(decimals)
        return (self * f).rounded() / f
    }
}
