/// Outcomes by satisfaction (x) and importance (y) over the over-, appropriately- and under-served regions.
///
/// The plot uses the full width (both axes stay 0–10). Point labels are placed greedily, highest opportunity
/// first, against a list of occupied boxes (markers, region captions, axis text, labels already placed); a
/// label that finds no free spot becomes a small number whose box is checked the same way, and the numbers
/// are spelled out in a key line under the plot and in the data table.
enum OpportunitiesChart {
    /// One label as drawn: text, baseline position, anchor and the full name when the text is shortened.
    struct Label { var text: String; var x: Double; var y: Double; var anchor: String; var full: String? }
    typealias Point = (o: Outcome, index: Int, px: Double, py: Double)

    static let markerSize = 9.0
    /// Half the side of a marker's box: radius plus half the halo stroke, plus a pixel of air.
    static let markerHalf = 6.5
    static let fs = Font.small
    static let keyLineHeight = 16.0

    static func render(_ outcomes: [Outcome], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let valid = outcomes.filter { $0.importance.isFinite && $0.satisfaction.isFinite }
        guard !valid.isEmpty else { return .failure(ChartError("there are no outcomes to draw", option: "data")) }
        let title = ctx.title("Opportunity landscape")
        var c = ctx.canvas()
        c.header(title: title, legend: [LegendItem(label: "Under-served (opportunity ≥ 10)", color: Palette.bad, key: .symbol(.circle)),
                                        LegendItem(label: "Other outcomes", color: Palette.series(0), key: .symbol(.circle))])

        // Two passes: the second reserves room under the plot for the key of numbered labels.
        var layout = Layout(canvas: c, outcomes: valid, keyRows: 0)
        if !layout.numbered.isEmpty {
            let rows = keyLines(layout.numbered.map { ($0.number, $0.name) }, width: c.width - 2 * ChartCanvas.pad, maxLines: maxKeyRows(c)).count
            if rows > 0 { layout = Layout(canvas: c, outcomes: valid, keyRows: rows) }
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
                                ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("paint-order", "stroke")], l.text, title: l.full)
        }
        for n in layout.numbered {
            c.svg.text("text", [("x", .number(n.label.x)), ("y", .number(n.label.y)), ("text-anchor", .text(n.label.anchor)), ("font-size", .number(fs)),
                                ("font-weight", "600"), ("fill", .text(Palette.text)), ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("paint-order", "stroke"),
                                ("class", "tp-point-number")], n.label.text, title: n.name)
        }
        var keyed = 0
        if layout.keyRows > 0 {
            let lines = keyLines(layout.numbered.map { ($0.number, $0.name) }, width: c.width - 2 * ChartCanvas.pad, maxLines: layout.keyRows)
            for (k, line) in lines.enumerated() {
                c.svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", .number(plot.bottom + 28 + keyLineHeight * Double(k + 1)))] + muted + [("class", "tp-point-key")],
                           line.text, title: line.full)
                keyed += line.count
            }
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
            let where_ = keyed == layout.numbered.count ? "under the chart and in the table" : "in the table"
            notes.append("\(Phrase.plural(layout.numbered.count, "label")) shown as numbers; the names are \(where_)")
        }
        if layout.unlabelled > 0 { notes.append("\(Phrase.plural(layout.unlabelled, "point")) without room for a label; the names are in the table") }
        return ctx.output(c, title: title, summary: summary, table: table, notes: notes)
    }

    /// Room under the plot for the key: up to two lines, fewer on short canvases.
    static func maxKeyRows(_ c: ChartCanvas) -> Int {
        let spare = c.height - c.top - 34 - 120
        return Swift.max(0, Swift.min(2, Int(spare / keyLineHeight)))
    }

    /// "1 Name · 2 Name" split into lines of whole entries; when entries remain, the last line says how many are only in the table.
    static func keyLines(_ entries: [(Int, String)], width: Double, maxLines: Int) -> [(text: String, full: String?, count: Int)] {
        guard maxLines > 0, !entries.isEmpty else { return [] }
        let sep = "  ·  "
        let items = entries.map { "\($0.0) \($0.1)" }
        var lines: [[String]] = []
        var current: [String] = []
        for item in items {
            if current.isEmpty || TextWidth.of((current + [item]).joined(separator: sep), fontSize: fs) <= width {
                current.append(item)
            } else {
                lines.append(current); current = [item]
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            var last = lines.removeLast()
            let before = lines.reduce(0) { $0 + $1.count }
            // Make room for the remainder note by dropping entries from the end of the last line.
            while !last.isEmpty && TextWidth.of((last + ["+\(items.count - before - last.count) more in the table"]).joined(separator: sep), fontSize: fs) > width {
                last.removeLast()
            }
            lines.append(last + ["+\(items.count - before - last.count) more in the table"])
            return lines.enumerated().map { k, l in
                let text = l.joined(separator: sep)
                let cut = TextFit.truncate(text, width: width, fontSize: fs)
                return (cut, cut == text ? nil : text, k == lines.count - 1 ? l.count - 1 : l.count)
            }
        }
        return lines.map { l in
            let text = l.joined(separator: sep)
            let cut = TextFit.truncate(text, width: width, fontSize: fs)
            return (cut, cut == text ? nil : text, l.count)
        }
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

        init(canvas c: ChartCanvas, outcomes: [Outcome], keyRows: Int) {
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
            let fs = OpportunitiesChart.fs
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
            let bounds = Rect(left: plot.left + 1, top: plot.top, right: c.width - 2, bottom: plot.bottom)
            func free(_ r: Rect) -> Bool { bounds.contains(r) && !occupied.contains(where: { $0.intersects(r) }) }
            let order = points.sorted { $0.o.opportunity > $1.o.opportunity || ($0.o.opportunity == $1.o.opportunity && $0.index < $1.index) }
            let maxW = Swift.max(40, Swift.min(230, plot.width * 0.45))
            var widths: [Double] = [maxW]
            for w in [150.0, 95] where w < maxW { widths.append(w) }
            // Offsets clear of the point's own marker box: right, left, above, below, then the diagonals.
            let off = h + 1.5, up = -(h + fs * TextBox.descent + 2), down = h + fs * TextBox.ascent + 2, mid = fs * 0.35
            let candidates: [(Double, Double, String)] = [(off, mid, "start"), (-off, mid, "end"), (0, up, "middle"), (0, down, "middle"),
                                                          (h - 2, up, "start"), (h - 2, down, "start"), (2 - h, up, "end"), (2 - h, down, "end")]
            for p in order {
                var placed = false
                widthLoop: for w in widths {
                    let text = TextFit.truncate(p.o.name, width: w, fontSize: fs)
                    if text != p.o.name && text.count < 8 { continue }
                    for (dx, dy, anchor) in candidates {
                        let box = TextBox.rect(text, x: p.px + dx, y: p.py + dy, anchor: anchor, fontSize: fs, pad: 1)
                        guard free(box) else { continue }
                        occupied.append(box)
                        labels.append(Label(text: text, x: p.px + dx, y: p.py + dy, anchor: anchor, full: text == p.o.name ? nil : p.o.name))
                        placed = true
                        break widthLoop
                    }
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
