/// Outcomes by satisfaction (x) and importance (y) over the over-, appropriately- and under-served regions.
enum OpportunitiesChart {
    static func render(_ outcomes: [Outcome], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let valid = outcomes.filter { $0.importance.isFinite && $0.satisfaction.isFinite }
        guard !valid.isEmpty else { return .failure(ChartError("there are no outcomes to draw", option: "data")) }
        let title = ctx.title("Opportunity landscape")
        var c = ctx.canvas()
        c.header(title: title, legend: [LegendItem(label: "Under-served (opportunity ≥ 10)", color: Palette.bad, key: .symbol(.circle)),
                                        LegendItem(label: "Other outcomes", color: Palette.series(0), key: .symbol(.circle))])
        let size = Swift.max(40, Swift.min(c.height - c.top - 34, c.width - 2 * ChartCanvas.pad - 48))
        let plot = Rect(x: (c.width - size) / 2 + 10, y: c.top + 4, width: size, height: size)
        let x = LinearScale(domain: (0, 10), range: (plot.left, plot.right))
        let y = LinearScale(domain: (0, 10), range: (plot.bottom, plot.top))
        func poly(_ pts: [(Double, Double)], _ fill: String, _ opacity: String) {
            var p = PathData(width: c.width, height: c.height)
            for (i, q) in pts.enumerated() { if i == 0 { p.move(x(q.0), y(q.1)) } else { p.line(x(q.0), y(q.1)) } }
            p.closePath()
            c.svg.empty("path", [("d", .text(p.d)), ("fill", .text(fill)), ("fill-opacity", .text(opacity))])
        }
        poly([(0, 0), (10, 0), (10, 10)], Palette.neutral, "0.10")
        poly([(0, 0), (10, 10), (0, 5)], Palette.good, "0.08")
        poly([(0, 5), (10, 10), (0, 10)], Palette.bad, "0.12")
        for v in stride(from: 0.0, through: 10, by: 2) {
            c.svg.empty("line", [("x1", .number(x(v))), ("x2", .number(x(v))), ("y1", .number(plot.top)), ("y2", .number(plot.bottom)), ("stroke", .text(Palette.grid))])
            c.svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(y(v))), ("y2", .number(y(v))), ("stroke", .text(Palette.grid))])
            c.svg.text("text", [("x", .number(x(v))), ("y", .number(plot.bottom + 14)), ("text-anchor", "middle"), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], NumberFormat.auto(v))
            c.svg.text("text", [("x", .number(plot.left - 6)), ("y", .number(y(v) + 4)), ("text-anchor", "end"), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], NumberFormat.auto(v))
        }
        c.svg.text("text", [("x", .number(plot.midX)), ("y", .number(plot.bottom + 28)), ("text-anchor", "middle"), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], "Satisfaction")
        c.svg.text("text", [("x", .number(plot.left - 28)), ("y", .number(plot.midY)), ("text-anchor", "middle"), ("font-size", .number(Font.small)), ("fill", .text(Palette.muted)),
                            ("transform", .text("rotate(-90 \(NumberFormat.coordinate(plot.left - 28)) \(NumberFormat.coordinate(plot.midY)))"))], "Importance")
        let regionFont: Attrs = [("font-size", .number(Font.small)), ("font-style", "italic"), ("fill", .text(Palette.muted))]
        c.svg.text("text", regionFont + [("x", .number(x(9.8))), ("y", .number(y(0.4))), ("text-anchor", "end")], "Over-served")
        c.svg.text("text", regionFont + [("x", .number(x(0.2))), ("y", .number(y(9.5)))], "Under-served")
        c.svg.text("text", regionFont + [("x", .number(x(0.2))), ("y", .number(y(1.0)))], "Appropriately served")

        var placed: [Rect] = [Rect(x: x(9.8) - 80, y: y(0.4) - 12, width: 80, height: 14), Rect(x: x(0.2), y: y(9.5) - 12, width: 84, height: 14),
                              Rect(x: x(0.2), y: y(1.0) - 12, width: 130, height: 14)]
        let points = valid.map { (o: $0, px: x(clamp($0.satisfaction, 0, 10)), py: y(clamp($0.importance, 0, 10))) }
        for p in points { placed.append(Rect(x: p.px - 5, y: p.py - 5, width: 10, height: 10)) }
        var numbered: [Int: Int] = [:]
        var labels: [(String, Double, Double, String, String?)] = []
        let fs = Font.small
        for (i, p) in points.enumerated() {
            let name = TextFit.truncate(p.o.name, width: 150, fontSize: fs)
            let w = TextWidth.of(name, fontSize: fs), h = fs + 2
            let candidates: [(Double, Double, String)] = [(p.px + 8, p.py + 4, "start"), (p.px - 8, p.py + 4, "end"),
                                                          (p.px, p.py - 9, "middle"), (p.px, p.py + 17, "middle")]
            var done = false
            for (lx, ly, anchor) in candidates {
                let left = anchor == "start" ? lx : (anchor == "end" ? lx - w : lx - w / 2)
                let r = Rect(x: left, y: ly - h + 2, width: w, height: h)
                guard r.left >= 0, r.right <= c.width, r.top >= plot.top, r.bottom <= plot.bottom + 2 else { continue }
                if placed.enumerated().contains(where: { k, q in k != 3 + i && q.intersects(r) }) { continue }
                placed.append(r)
                labels.append((name, lx, ly, anchor, name == p.o.name ? nil : p.o.name))
                done = true
                break
            }
            if !done {
                let n = numbered.count + 1
                numbered[i] = n
                labels.append(("\(n)", p.px + 7, p.py - 5, "start", p.o.name))
            }
        }
        for p in points {
            let hot = p.o.opportunity >= 10
            SymbolShape.circle.draw(&c.svg, x: p.px, y: p.py, size: 9, fill: hot ? Palette.bad : Palette.series(0), stroke: Palette.bg,
                                    title: "\(p.o.name): importance \(NumberFormat.auto(p.o.importance)), satisfaction \(NumberFormat.auto(p.o.satisfaction)), opportunity \(NumberFormat.fixed(p.o.opportunity, decimals: 1))")
        }
        for (text, lx, ly, anchor, full) in labels {
            c.svg.text("text", [("x", .number(lx)), ("y", .number(ly)), ("text-anchor", .text(anchor)), ("font-size", .number(fs)), ("fill", .text(Palette.text)),
                                ("stroke", .text(Palette.bg)), ("stroke-width", 3), ("paint-order", "stroke")], text, title: full)
        }
        let hot = valid.filter { $0.opportunity >= 10 }
        var summary = "\(hot.count) of \(Phrase.plural(valid.count, "outcome")) \(hot.count == 1 ? "is" : "are") under-served (opportunity ≥ 10)"
        if let best = valid.enumerated().max(by: { $0.element.opportunity < $1.element.opportunity || ($0.element.opportunity == $1.element.opportunity && $0.offset > $1.offset) })?.element {
            summary += "; the biggest opportunity is \(Phrase.quoted(best.name)) (\(NumberFormat.fixed(best.opportunity, decimals: 1)))"
        }
        summary += "."
        let table = DataTable(columns: ["#", "Outcome", "Importance", "Satisfaction", "Opportunity", "Served"], numeric: [true, false, true, true, true, false],
                              rows: valid.enumerated().map { i, o in
                                  [numbered[i].map(String.init) ?? "", o.name, NumberFormat.auto(o.importance), NumberFormat.auto(o.satisfaction),
                                   NumberFormat.fixed(o.opportunity, decimals: 1),
                                   o.satisfaction > o.importance ? "over" : (o.opportunity >= 10 ? "under" : "appropriately")]
                              })
        var notes: [String] = []
        if valid.count < outcomes.count { notes.append("\(Phrase.plural(outcomes.count - valid.count, "outcome")) without finite scores left out") }
        if !numbered.isEmpty { notes.append("\(Phrase.plural(numbered.count, "label")) shown as numbers; the names are in the table") }
        return ctx.output(c, title: title, summary: summary, table: table, notes: notes)
    }
}
