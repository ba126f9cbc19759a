/// Scores across journey stages: actual curve, dashed ideal, touchpoints by channel, lowest stage called out.
/// Stage scores are emotions unless the journey gives them a `stageScale` (e.g. 1–5 ratings). On phones the
/// stages are numbered along the axis and named in full in a key under the plot.
enum JourneyChart {
    static let keyLineHeight = 16.0

    static func render(_ journey: Journey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let stages = journey.stages
        guard !stages.isEmpty else { return .failure(ChartError("journey '\(journey.name)' has no stages to draw", option: "data")) }
        let actual = stages.map { $0.actual.flatMap { $0.isFinite ? $0 : nil } }
        let ideal = stages.map { $0.ideal.flatMap { $0.isFinite ? $0 : nil } }
        let channels = channelNames(stages)
        let noun = journey.stageScale == nil ? "emotion" : "score"
        let title = ctx.title(journey.persona.map { "\(journey.name) — \($0)" } ?? journey.name)

        let (width, baseHeight) = ctx.size(defaultHeight: ctx.compact ? 360 : 400)
        let key = ctx.compact ? stageKey(stages, width: width) : []
        let keyHeight = key.isEmpty ? 0 : keyLineHeight * Double(key.count) + 10
        var c = ChartCanvas(width: width, height: baseHeight + keyHeight, prefix: ctx.prefix, compact: ctx.compact)
        c.header(title: title, legend: legend(channels, noun: noun))

        let range = journey.stageRange
        var lo = finite(Swift.min(range.min, range.max)), hi = finite(Swift.max(range.min, range.max))
        let values = (actual + ideal).compactMap { $0 }
        if let m = values.min() { lo = Swift.min(lo, m) }
        if let m = values.max() { hi = Swift.max(hi, m) }
        let domain = LinearScale.paddedDomain(lo, hi)
        let tickCount = ctx.compact ? 4.0 : 5.0
        let tickValues = Ticks.ticks(domain.0, domain.1, tickCount)
        let tickLabels = Axis.labels(tickValues, step: Ticks.tickStep(domain.0, domain.1, tickCount))
        let left = ChartCanvas.pad + Swift.max(24, Axis.maxWidth(tickLabels)) + 10
        let right = c.width - ChartCanvas.pad - 8
        let xs = PointScale(count: stages.count, range: (left, right), padding: 0.5)
        let names = ctx.compact ? stages.indices.map { "\($0 + 1)" } : stages.map(\.name)
        let categories = CategoryLabels(names, step: xs.step)
        let lane = channels.isEmpty ? 0.0 : 20.0
        let plot = Rect(left: left, top: c.top + 4, right: right, bottom: c.height - keyHeight - 8 - categories.height - lane)
        let y = LinearScale(domain: domain, range: (plot.bottom, plot.top))

        Axis.drawLeft(&c.svg, scale: y, plot: plot, ticks: tickValues, labels: tickLabels)
        if domain.0 < 0 && domain.1 > 0 {
            c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(y(0))), ("y2", .number(y(0))),
                                 ("stroke", .text(Palette.axis)), ("stroke-width", 1.5), ("class", "tp-axis tp-zero")])
        }
        let axisTitle = journey.stageScale.map { "Score (\(NumberFormat.auto($0.min))–\(NumberFormat.auto($0.max)))" } ?? "Emotion"
        c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(plot.top - 8)), ("font-size", .number(c.textSize)),
                            ("fill", .text(Palette.muted))], axisTitle)

        drawCurve(&c, ideal, x: xs, y: y, color: Palette.neutral, width: 2, dashed: true)
        drawCurve(&c, actual, x: xs, y: y, color: Palette.series(0), width: 2.5, dashed: false)
        let lowest = actual.indices.filter { actual[$0] != nil }.min { (actual[$0] ?? 0) < (actual[$1] ?? 0) }
        for i in stages.indices {
            guard let a = actual[i] else { continue }
            let isLow = i == lowest
            c.svg.text("circle", [("cx", .number(xs(i))), ("cy", .number(y(a))), ("r", .number(isLow ? 6 : 4.5)),
                                  ("fill", .text(isLow ? Palette.bad : Palette.series(0))), ("stroke", .text(Palette.bg)),
                                  ("stroke-width", 1.5)], "", title: "\(stages[i].name): \(score(a))")
        }
        if let i = lowest, let a = actual[i] {
            drawLowest(&c, "Lowest: \(score(a))", x: xs(i), y: y(a), plot: plot)
        }
        drawTouchpoints(&c, stages, channels: channels, x: xs, laneY: plot.bottom + 14)
        for i in stages.indices { categories.draw(&c.svg, index: i, x: xs(i), y: plot.bottom + lane + 4) }
        drawKey(&c, key, top: c.height - keyHeight + 6)

        var notes: [String] = []
        let missing = actual.filter { $0 == nil }.count
        if missing > 0 { notes.append(Phrase.leftOut(missing, what: "stage", field: "actual")) }
        return ctx.output(c, title: title, summary: summary(stages, actual: actual, ideal: ideal, noun: noun),
                          table: table(journey), notes: notes)
    }

    static func legend(_ channels: [String], noun: String) -> [LegendItem] {
        var items = [LegendItem(label: "Actual \(noun)", color: Palette.series(0), key: .line),
                     LegendItem(label: "Ideal", color: Palette.neutral, key: .dashed)]
        for (i, channel) in channels.enumerated() {
            items.append(LegendItem(label: channel, color: Palette.series(i + 1), key: .symbol(SymbolShape.forIndex(i))))
        }
        return items
    }

    static func channelNames(_ stages: [JourneyStage]) -> [String] {
        var names: [String] = []
        for stage in stages {
            for point in stage.touchpoints where !names.contains(channelName(point)) { names.append(channelName(point)) }
        }
        return names
    }

    static func drawCurve(_ c: inout ChartCanvas, _ values: [Double?], x: PointScale, y: LinearScale, color: String,
                          width: Double, dashed: Bool) {
        let path = PathData.polyline(values.indices.map { i in values[i].map { (x(i), y($0)) } }, width: c.width, height: c.height)
        guard !path.isEmpty else { return }
        var attrs: Attrs = [("d", .text(path)), ("fill", "none"), ("stroke", .text(color)), ("stroke-width", .number(width))]
        attrs.append(dashed ? ("stroke-dasharray", "6 4") : ("stroke-linejoin", "round"))
        c.svg.empty("path", attrs)
    }

    /// The call-out of the lowest stage, below its point when there is room, kept inside the plot.
    static func drawLowest(_ c: inout ChartCanvas, _ text: String, x: Double, y: Double, plot: Rect) {
        let below = y + 22 < plot.bottom
        let width = TextWidth.of(text, fontSize: Font.label, bold: true)
        let labelX = clamp(x, plot.left + width / 2, plot.right - width / 2)
        c.svg.text("text", [("x", .number(labelX)), ("y", .number(below ? y + 22 : y - 12)), ("text-anchor", "middle"),
                            ("font-size", .number(Font.label)), ("font-weight", "600"), ("fill", .text(Palette.bad)),
                            ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("class", "tp-halo")], text)
    }

    /// Touchpoints sit in a lane under the plot, one symbol per touchpoint, centred on its stage.
    static func drawTouchpoints(_ c: inout ChartCanvas, _ stages: [JourneyStage], channels: [String], x xs: PointScale,
                                laneY: Double) {
        let size = 9.0, gap = 3.0
        for (i, stage) in stages.enumerated() where !stage.touchpoints.isEmpty {
            let shown = Array(stage.touchpoints.prefix(Swift.max(1, Int(xs.step / (size + gap)))))
            let total = Double(shown.count) * size + Double(shown.count - 1) * gap
            for (k, point) in shown.enumerated() {
                let channel = channels.firstIndex(of: channelName(point)) ?? 0
                let x = xs(i) - total / 2 + size / 2 + Double(k) * (size + gap)
                SymbolShape.forIndex(channel).draw(&c.svg, x: x, y: laneY, size: size, fill: Palette.series(channel + 1),
                                                   title: "\(point.name) (\(channelName(point)))")
            }
        }
    }

    /// "1  Report the incident" per stage, wrapped to the width: the phone drawing's stage names.
    static func stageKey(_ stages: [JourneyStage], width: Double) -> [String] {
        stages.enumerated().flatMap { i, stage -> [String] in
            let number = "\(i + 1)"
            let lines = WordWrap.lines(stage.name, width: width - 2 * ChartCanvas.pad - 22, fontSize: Font.label)
            return lines.enumerated().map { k, line in k == 0 ? number + "\t" + line : "\t" + line }
        }
    }

    static func drawKey(_ c: inout ChartCanvas, _ key: [String], top: Double) {
        guard !key.isEmpty else { return }
        c.svg.open("g", [("class", "tp-stage-key")])
        for (k, line) in key.enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let baseline = top + keyLineHeight * Double(k) + Font.label
            if let number = parts.first, !number.isEmpty {
                c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(baseline)), ("font-size", .number(Font.label)),
                                    ("font-weight", "700"), ("fill", .text(Palette.text))], number)
            }
            c.svg.text("text", [("x", .number(ChartCanvas.pad + 22)), ("y", .number(baseline)), ("font-size", .number(Font.label)),
                                ("fill", .text(Palette.text))], parts.last ?? "")
        }
        c.svg.close()
    }

    static func summary(_ stages: [JourneyStage], actual: [Double?], ideal: [Double?], noun: String) -> String {
        let valued = actual.indices.filter { actual[$0] != nil }
        guard let i = valued.min(by: { (actual[$0] ?? 0) < (actual[$1] ?? 0) }), let low = actual[i] else {
            return "No stage has \(noun == "emotion" ? "an emotion" : "a") score yet."
        }
        var text = "\(noun.capitalizedFirst) is lowest at \(Phrase.quoted(stages[i].name)) (\(score(low))"
        text += ideal[i].map { " against an ideal of \(score($0)))" } ?? ")"
        if let h = valued.max(by: { (actual[$0] ?? 0) < (actual[$1] ?? 0) }), h != i, let high = actual[h] {
            text += " and highest at \(Phrase.quoted(stages[h].name)) (\(score(high)))"
        }
        return text + "."
    }

    static func channelName(_ t: Touchpoint) -> String {
        let c = t.channel?.trimmingSpaces ?? ""
        return c.isEmpty ? "Other" : c
    }

    static func score(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

    static func table(_ j: Journey) -> DataTable {
        DataTable(columns: ["Stage", "Customers", "Ideal", "Actual", "Gap", "Touchpoints"],
                  numeric: [false, true, true, true, true, false],
                  rows: j.stages.map { s in
                      let gap: String = {
                          guard let a = s.actual, let i = s.ideal else { return "—" }
                          return NumberFormat.signed((a - i).rounded(to: 1))
                      }()
                      return [s.name, Phrase.optional(s.customers) { NumberFormat.fixed($0, decimals: 0) },
                              Phrase.optional(s.ideal, score), Phrase.optional(s.actual, score), gap,
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
