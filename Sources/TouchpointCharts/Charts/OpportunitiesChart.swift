/// Outcomes by satisfaction (x) and importance (y) over the over-, appropriately- and under-served regions.
///
/// The plot uses the full width (both axes stay 0–10). Point labels are placed greedily, highest opportunity
/// first, against a list of occupied boxes (markers, region captions, axis text, labels already placed); a
/// label that finds no free spot becomes a small number whose box is checked the same way, and the numbers
/// are spelled out in a key under the plot (as many lines as it takes; the canvas grows) and in the data table.
/// No label is ever shortened: a name either fits whole somewhere free or becomes a number.
enum OpportunitiesChart {
    /// One label as drawn: text, baseline position, anchor and the full name when the text is shortened.
    struct Label { var text: String; var x: Double; var y: Double; var anchor: String; var full: String? }
    typealias Point = (o: Outcome, index: Int, px: Double, py: Double)

    static let markerSize = 9.0
    /// Half the side of a marker's box: radius plus half the halo stroke, plus a pixel of air.
    static let markerHalf = 6.5
    static let keyLineHeight = 16.0

    static func render(_ outcomes: [Outcome], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let valid = outcomes.filter { $0.importance.isFinite && $0.satisfaction.isFinite }
        guard !valid.isEmpty else { return .failure(ChartError("there are no outcomes to draw", option: "data")) }
        let title = ctx.title("Opportunity landscape")
        let legend = [LegendItem(label: "Under-served (opportunity ≥ 10)", color: Palette.bad, key: .symbol(.circle)),
                      LegendItem(label: "Other outcomes", color: Palette.series(0), key: .symbol(.circle))]
        var c = ctx.canvas()
        c.header(title: title, legend: legend)
        let fs = c.textSize

        // Two passes: the second grows the canvas by the key of numbered labels, so the plot keeps its size
        // and every label lands where the first pass put it.
        var layout = Layout(canvas: c, outcomes: valid, keyRows: 0, fontSize: fs)
        let key = keyLines(layout.numbered.map { ($0.number, $0.name) }, width: c.width - 2 * ChartCanvas.pad, fontSize: fs)
        if !key.isEmpty {
            c = ChartCanvas(width: c.width, height: c.height + keyLineHeight * Double(key.count), prefix: c.prefix, compact: c.compact)
            c.header(title: title, legend: legend)
            layout = Layout(canvas: c, outcomes: valid, keyRows: key.count, fontSize: fs)
        }
        let plot = layout.plot, x = layout.x, y = layout.y

        func poly(_ pts: [(Double, Double)], _ fill: String, _ opacity: String) {
            var p = PathData(width: c.width, height: c.height)
            for (i, q) in pts.enumerated() { if i == 0 { p.move(x(q.0), y(q.1)) } else { p.line(x(q.0), y(q.1)) } }
            p.closePath()
            c.svg.empty("path", [("d", .text(p.d)), ("fill", .text(fill)), ("fill-opacity", .text(opacity))])
        }
        poly([(0, 0), (10, 0), (10, 10)], Palette.neutral, "0.10")
        poly([(0, 0), (10, 10), (0, 5)], Palette.good, "0.08")
        poly([(0, 5), (10, 10), (0, 10)], Palette.bad, "0.12")
        let muted: Attrs = [("font-size", .number(fs)), ("fill", .text(Palette.muted))]
        for v in stride(from: 0.0, through: 10, by: layout.xStep) {
            c.svg.empty("line", [("x1", .number(x(v))), ("x2", .number(x(v))), ("y1", .number(plot.top)), ("y2", .number(plot.bottom)), ("stroke", .text(Palette.grid))])
            c.svg.text("text", [("x", .number(x(v))), ("y", .number(plot.bottom + 14)), ("text-anchor", "middle")] + muted, NumberFormat.auto(v))
        }
        for v in stride(from: 0.0, through: 10, by: layout.yStep) {
            c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(y(v))), ("y2", .number(y(v))), ("stroke", .text(Palette.grid))])
            c.svg.text("text", [("x", .number(plot.left - 6)), ("y", .number(y(v) + 4)), ("text-anchor", "end")] + muted, NumberFormat.auto(v))
        }
        c.svg.text("text", [("x", .number(plot.midX)), ("y", .number(plot.bottom + 28)), ("text-anchor", "middle")] + muted, "Satisfaction")
        let axisX = plot.left - 30
        c.svg.text("text", [("x", .number(axisX)), ("y", .number(plot.midY)), ("text-anchor", "middle")] + muted +
                   [("transform", .text("rotate(-90 \(NumberFormat.coordinate(axisX)) \(NumberFormat.coordinate(plot.midY)))"))], "Importance")
        for cap in layout.captions {
            c.svg.text("text", muted + [("font-style", "italic"), ("x", .number(cap.x)), ("y", .number(cap.y)), ("text-anchor", .text(cap.anchor))], cap.text)
        }

        for p in layout.points {
            let hot = p.o.opportunity >= 10
            SymbolShape.circle.draw(&c.svg, x: p.px, y: p.py, size: markerSize, fill: hot ? Palette.bad : Palette.series(0), stroke: Palette.bg,
                                    title: "\(p.o.name): importance \(NumberFormat.auto(p.o.importance)), satisfaction \(NumberFormat.auto(p.o.satisfaction)), opportunity \(NumberFormat.fixed(p.o.opportunity, decimals: 1))")
        }
        for l in layout.labels {
            c.svg.text("text", [("x", .number(l.x)), ("y", .number(l.y)), ("text-anchor", .text(l.anchor)), ("font-size", .number(fs)), ("fill", .text(Palette.text)),
                                ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("class", "tp-halo")], l.text, title: l.full)
        }
        for n in layout.numbered {
            c.svg.text("text", [("x", .number(n.label.x)), ("y", .number(n.label.y)), ("text-anchor", .text(n.label.anchor)), ("font-size", .number(fs)),
                                ("font-weight", "600"), ("fill", .text(Palette.text)), ("stroke", .text(Palette.bg)), ("stroke-width", 3),
                                ("class", "tp-halo tp-point-number")], n.label.text, title: n.name)
        }
        for (k, line) in key.enumerated() {
            let baseline = plot.bottom + 28 + keyLineHeight * Double(k + 1)
            c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(baseline))] + muted + [("class", "tp-point-key")], line)
        }

        let hot = valid.filter { $0.opportunity >= 10 }
        var summary = "\(hot.count) of \(Phrase.plural(valid.count, "outcome")) \(hot.count == 1 ? "is" : "are") under-served (opportunity ≥ 10)"
        if let best = valid.enumerated().max(by: { $0.element.opportunity < $1.element.opportunity || ($0.element.opportunity == $1.element.opportunity && $0.offset > $1.offset) })?.element {
            summary += "; the biggest opportunity is \(Phrase.quoted(best.name)) (\(NumberFormat.fixed(best.opportunity, decimals: 1)))"
        }
        summary += "."
        var numberOf: [Int: Int] = [:]
        for n in layout.numbered { numberOf[n.index] = n.number }
        let table = DataTable(columns: ["#", "Outcome", "Importance", "Satisfaction", "Opportunity", "Served"], numeric: [true, false, true, true, true, false],
                              rows: valid.enumerated().map { i, o in
                                  [numberOf[i].map(String.init) ?? "", o.name, NumberFormat.auto(o.importance), NumberFormat.auto(o.satisfaction),
                                   NumberFormat.fixed(o.opportunity, decimals: 1),
                                   o.satisfaction > o.importance ? "over" : (o.opportunity >= 10 ? "under" : "appropriately")]
                              })
        var notes: [String] = []
        if valid.count < outcomes.count { notes.append("\(Phrase.plural(outcomes.count - valid.count, "outcome")) without finite scores left out") }
        if !layout.numbered.isEmpty {
            notes.append("\(Phrase.plural(layout.numbered.count, "label")) shown as numbers; the names are under the chart and in the table")
        }
        if layout.unlabelled > 0 { notes.append("\(Phrase.plural(layout.unlabelled, "point")) without room for a label; the names are in the table") }
        return ctx.output(c, title: title, summary: summary, table: table, notes: notes)
    }

    /// "1 Name  ·  2 Name" packed into lines of whole entries; an entry wider than a line wraps. Nothing is cut.
    static func keyLines(_ entries: [(Int, String)], width: Double, fontSize: Double) -> [String] {
        let separator = "  ·  "
        var lines: [String] = []
        var current = ""
        for (number, name) in entries {
            let entry = "\(number) \(name)"
            let candidate = current.isEmpty ? entry : current + separator + entry
            if TextWidth.of(candidate, fontSize: fontSize) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            let wrapped = WordWrap.lines(entry, width: width, fontSize: fontSize)
            lines += wrapped.dropLast()
            current = wrapped.last ?? ""
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Plot geometry and every label position, computed before anything is drawn.
    struct Layout {
        var plot: Rect
        var x: LinearScale, y: LinearScale
        var xStep = 2.0, yStep = 2.0
        var keyRows: Int
        var points: [Point] = []
        var captions: [Label] = []
        var labels: [Label] = []
        var numbered: [(index: Int, number: Int, name: String, label: Label)] = []
        var unlabelled = 0

        init(canvas c: ChartCanvas, outcomes: [Outcome], keyRows: Int, fontSize fs: Double) {
            self.keyRows = keyRows
            let left = ChartCanvas.pad + 34
            let right = Swift.max(left + 40, c.width - ChartCanvas.pad - 8)
            let bottom = Swift.max(c.top + 44, c.height - 34 - keyLineHeight * Double(keyRows))
            plot = Rect(left: left, top: c.top + 4, right: right, bottom: bottom)
            x = LinearScale(domain: (0, 10), range: (plot.left, plot.right))
            y = LinearScale(domain: (0, 10), range: (plot.bottom, plot.top))
            // Fewer ticks when the axis is short, so tick labels never touch.
            if plot.width < 180 { xStep = 5 }
            if plot.height < 110 { yStep = 5 }
            let x = self.x, y = self.y, plot = self.plot

            var occupied: [Rect] = []
            for v in stride(from: 0.0, through: 10, by: xStep) {
                occupied.append(TextBox.rect(NumberFormat.auto(v), x: x(v), y: plot.bottom + 14, anchor: "middle", fontSize: fs, pad: 1))
            }
            for v in stride(from: 0.0, through: 10, by: yStep) {
                occupied.append(TextBox.rect(NumberFormat.auto(v), x: plot.left - 6, y: y(v) + 4, anchor: "end", fontSize: fs, pad: 1))
            }
            occupied.append(TextBox.rect("Satisfaction", x: plot.midX, y: plot.bottom + 28, anchor: "middle", fontSize: fs, pad: 1))
            // Region captions, kept only where they fit the plot.
            for cap in [Label(text: "Under-served", x: x(0.2), y: y(9.5), anchor: "start"),
                        Label(text: "Appropriately served", x: x(0.2), y: y(1.0), anchor: "start"),
                        Label(text: "Over-served", x: x(9.8), y: y(0.4), anchor: "end")] {
                let box = TextBox.rect(cap.text, x: cap.x, y: cap.y, anchor: cap.anchor, fontSize: fs * 1.05, pad: 1)
                if plot.contains(box) && !occupied.contains(where: { $0.intersects(box) }) {
                    captions.append(cap); occupied.append(box)
                }
            }
            points = outcomes.enumerated().map { (o: $1, index: $0, px: x(clamp($1.satisfaction, 0, 10)), py: y(clamp($1.importance, 0, 10))) }
            let h = OpportunitiesChart.markerHalf
            for p in points { occupied.append(Rect(x: p.px - h, y: p.py - h, width: 2 * h, height: 2 * h)) }

            // Labels stay inside the plot (right of the y ticks, above the x ticks), or in the right margin.
            let bounds = Rect(left: plot.left + 1, top: plot.top, right: c.width - 4, bottom: plot.bottom)
            func free(_ r: Rect) -> Bool { bounds.contains(r) && !occupied.contains(where: { $0.intersects(r) }) }
            let order = points.sorted { $0.o.opportunity > $1.o.opportunity || ($0.o.opportunity == $1.o.opportunity && $0.index < $1.index) }
            // Offsets clear of the point's own marker box: right, left, above, below, then the diagonals.
            let off = h + 1.5, up = -(h + fs * TextBox.descent + 2), down = h + fs * TextBox.ascent + 2, mid = fs * 0.35
            let candidates: [(Double, Double, String)] = [(off, mid, "start"), (-off, mid, "end"), (0, up, "middle"), (0, down, "middle"),
                                                          (h - 2, up, "start"), (h - 2, down, "start"), (2 - h, up, "end"), (2 - h, down, "end")]
            for p in order {
                var placed = false
                for (dx, dy, anchor) in candidates {
                    let box = TextBox.rect(p.o.name, x: p.px + dx, y: p.py + dy, anchor: anchor, fontSize: fs, pad: 1.5)
                    guard free(box) else { continue }
                    occupied.append(box)
                    labels.append(Label(text: p.o.name, x: p.px + dx, y: p.py + dy, anchor: anchor, full: nil))
                    placed = true
                    break
                }
                if placed { continue }
                let number = "\(numbered.count + 1)"
                let nOff = h + 1
                let spots: [(Double, Double, String)] = [(nOff, up + 1, "start"), (nOff, mid, "start"), (-nOff, up + 1, "end"), (-nOff, mid, "end"),
                                                         (nOff, down - 1, "start"), (-nOff, down - 1, "end"), (0, up, "middle"), (0, down, "middle")]
                var done = false
                for (dx, dy, anchor) in spots {
                    let box = TextBox.rect(number, x: p.px + dx, y: p.py + dy, anchor: anchor, fontSize: fs, bold: true, pad: 1)
                    guard free(box) else { continue }
                    occupied.append(box)
                    numbered.append((p.index, numbered.count + 1, p.o.name, Label(text: number, x: p.px + dx, y: p.py + dy, anchor: anchor, full: p.o.name)))
                    done = true
                    break
                }
                if !done { unlabelled += 1 }
            }
        }
    }
}
