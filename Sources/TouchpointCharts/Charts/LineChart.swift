/// Lines (or areas) per series over x; a record without a value breaks the line.
enum LineChart {
    static func render(_ r: Records, _ ctx: ChartContext, area: Bool) -> Result<ChartOutput, ChartError> {
        let f: RecordFields
        switch RecordFields.resolve(r, ctx.options, needsSeries: false) { case .failure(let e): return .failure(e); case .success(let v): f = v }
        let xd = XDomain(r, field: f.x)
        let split = SeriesSplit(r, fields: f, x: xd)
        guard !xd.keys.isEmpty, !split.allValues.isEmpty else { return .failure(ChartError("no record has both \(Phrase.quoted(f.x)) and a value to draw", option: "y")) }
        let stacked = area && ctx.options.stacked
        let title = ctx.title("\(f.y.joined(separator: ", ")) by \(f.x)")
        var c = ctx.canvas()
        let legend = split.series.count > 1 ? split.series.enumerated().map { LegendItem(label: $0.element.name, color: Palette.series($0.offset), key: area ? .swatch : .line) } : []
        c.header(title: title, legend: legend)
        // Stacked areas add each series onto the ones before it, per x key.
        let keyIndex = Dictionary(xd.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var totals = [Double](repeating: 0, count: xd.keys.count)
        var broken = [Bool](repeating: false, count: xd.keys.count)
        var layers: [[(Int, Double?, Double)]] = []
        for s in split.series {
            var layer: [(Int, Double?, Double)] = []
            for p in s.points {
                let k = keyIndex[p.key.label] ?? 0
                let base = stacked ? totals[k] : 0
                // A gap lower in a stack would make every layer above it sink, so the gap runs up the stack.
                let top = broken[k] ? nil : p.value.map { base + (stacked ? Swift.max(0, $0) : $0) }
                if stacked, let v = p.value { totals[k] += Swift.max(0, v) }
                if stacked && p.value == nil { broken[k] = true }
                layer.append((k, top, base))
            }
            layers.append(layer)
        }
        let values = layers.flatMap { $0.compactMap(\.1) }
        let axis = ValueAxis(values: values, options: ctx.options, includeZero: area)
        let left = ChartCanvas.pad + axis.labelWidth + 8
        var xs = XAxisScale.make(xd, left: left, right: c.width - ChartCanvas.pad - 8, bars: false)
        if xs.overhang > left { xs = XAxisScale.make(xd, left: xs.overhang + 4, right: c.width - ChartCanvas.pad - 8, bars: false) }
        let plot = Rect(left: Swift.max(left, xs.overhang + 4), top: c.top + 4, right: c.width - ChartCanvas.pad - 8, bottom: c.height - 6 - xs.labelHeight)
        let y = LinearScale(domain: axis.domain, range: (plot.bottom, plot.top))
        Axis.drawLeft(&c.svg, scale: y, plot: plot, ticks: axis.ticks, labels: axis.labels)
        xs.draw(&c.svg, plot: plot, keys: xd.keys)
        for (si, layer) in layers.enumerated() {
            let color = Palette.series(si)
            let pts: [(Double, Double)?] = layer.map { k, top, _ in top.map { (xs.position(xd.keys[k], index: k), y.clamped($0)) } }
            if area {
                // Each unbroken run becomes its own closed shape down to its base.
                var run: [(Double, Double, Double)] = []
                func flush() {
                    guard run.count >= 1 else { return }
                    var p = PathData(width: c.width, height: c.height)
                    p.move(run[0].0, run[0].1)
                    for q in run.dropFirst() { p.line(q.0, q.1) }
                    for q in run.reversed() { p.line(q.0, q.2) }
                    p.closePath()
                    c.svg.empty("path", [("d", .text(p.d)), ("fill", .text(color)), ("fill-opacity", stacked ? "0.85" : "0.25")])
                    run = []
                }
                for (k, top, base) in layer {
                    guard let t = top else { flush(); continue }
                    run.append((xs.position(xd.keys[k], index: k), y.clamped(t), y.clamped(stacked ? base : Swift.max(axis.domain.0, Swift.min(0, axis.domain.1)))))
                }
                flush()
            }
            let d = PathData.polyline(pts, width: c.width, height: c.height)
            if !d.isEmpty {
                c.svg.empty("path", [("d", .text(d)), ("fill", "none"), ("stroke", .text(color)), ("stroke-width", 2), ("stroke-linejoin", "round")])
            }
            if pts.count <= 40 {
                for (i, p) in pts.enumerated() {
                    guard let (px, py) = p, let v = split.series[si].points[i].value else { continue }
                    c.svg.text("circle", [("cx", .number(px)), ("cy", .number(py)), ("r", 3), ("fill", .text(color))], "",
                               title: "\(split.series[si].name), \(split.series[si].points[i].key.label): \(NumberFormat.auto(v))")
                }
            }
        }
        let summary = RecordSummary.sentence(split, xLabel: f.x)
        return ctx.output(c, title: title, summary: summary, table: RecordTable.make(r, fields: nil), notes: split.notes)
    }
}
