/// Lines (or areas) per series over x; a missing value breaks its own line,
/// and in a stack the series above it keep their bands, resting on zero there.
enum LineChart {
    /// One series' drawn values: per point its x slot, its top (nil for a gap) and its base.
    struct Layer {
        var points: [(slot: Int, top: Double?, base: Double)]
    }

    static func render(_ r: Records, _ ctx: ChartContext, area: Bool) -> Result<ChartOutput, ChartError> {
        let plot: RecordPlot
        switch RecordPlot.make(r, ctx, chart: area ? "area chart" : "line chart") {
        case .failure(let e): return .failure(e)
        case .success(let p): plot = p
        }
        let stacked = area && ctx.options.stacked
        let title = ctx.title(plot.defaultTitle)
        var canvas = ctx.canvas()
        canvas.header(title: title, legend: plot.legend(key: area ? .swatch : .line))
        let (layers, gapNotes) = self.layers(plot, stacked: stacked)
        let values = layers.flatMap { $0.points.compactMap(\.top) } + AnnotationMarks.yValues(ctx.options.annotations)
        let axis = ValueAxis(values: values + ctx.sharedValues, options: ctx.options, includeZero: area, count: ctx.compact ? 4 : 5,
                             formatter: plot.tickFormatter)
        let yTitleBand = plot.yTitle == nil ? 0 : AxisTitle.band
        let xTitleBand = plot.xTitle == nil ? 0 : AxisTitle.band
        let left = ChartCanvas.pad + yTitleBand + axis.labelWidth + 8
        let right = canvas.width - ChartCanvas.pad - 8
        var x = XAxisScale.make(plot.x, left: left, right: right, bars: false)
        if x.overhang > left { x = XAxisScale.make(plot.x, left: x.overhang + 4, right: right, bars: false) }
        let frame = Rect(left: Swift.max(left, x.overhang + 4), top: canvas.top + 4, right: right,
                         bottom: canvas.height - 6 - x.labelHeight - xTitleBand)
        let y = LinearScale(domain: axis.domain, range: (frame.bottom, frame.top))
        Axis.drawLeft(&canvas.svg, scale: y, plot: frame, ticks: axis.ticks, labels: axis.labels)
        x.draw(&canvas.svg, plot: frame, keys: plot.x.keys)
        let zero = y.clamped(Swift.max(axis.domain.0, Swift.min(0, axis.domain.1)))
        for (series, layer) in layers.enumerated() {
            let color = plot.colors[series]
            let xOf = { (slot: Int) in x.position(plot.x.keys[slot], index: slot) }
            if area { drawBands(&canvas, layer, color: color, stacked: stacked, x: xOf, y: y, zero: zero) }
            let line = layer.points.map { p in p.top.map { (xOf(p.slot), y.clamped($0)) } }
            let d = PathData.polyline(line, width: canvas.width, height: canvas.height)
            if !d.isEmpty {
                canvas.svg.empty("path", [("d", .text(d)), ("fill", "none"), ("stroke", .text(color)), ("stroke-width", 2),
                                          ("stroke-linejoin", "round")])
            }
            guard layer.points.count <= 40 else { continue }
            for (index, point) in layer.points.enumerated() {
                guard let top = point.top, let value = plot.split.series[series].points[index].value else { continue }
                canvas.svg.text("circle", [("cx", .number(xOf(point.slot))), ("cy", .number(y.clamped(top))), ("r", 3),
                                           ("fill", .text(color))], "",
                                title: plot.tooltip(series: series, key: plot.x.keys[point.slot].label, value: value))
            }
        }
        if let title = plot.yTitle { AxisTitle.drawY(&canvas.svg, title, left: ChartCanvas.pad, plot: frame) }
        if let title = plot.xTitle { AxisTitle.drawX(&canvas.svg, title, plot: frame, baseline: canvas.height - 6) }
        if let error = AnnotationMarks.draw(&canvas.svg, ctx.options.annotations, plot: frame, y: y, x: { text in
            AnnotationMarks.xPosition(text, domain: plot.x, scale: x)
        }) { return .failure(error) }
        let summary = RecordSummary.sentence(plot.split, format: plot.values.value)
        return ctx.output(canvas, title: title, summary: summary,
                          table: RecordTable.make(r, fields: nil, locale: ctx.request.locale), notes: plot.split.notes + gapNotes,
                          values: values)
    }

    /// Each series' tops and bases; stacked layers add onto the ones below per x.
    static func layers(_ plot: RecordPlot, stacked: Bool) -> ([Layer], [String]) {
        let slotOf = Dictionary(plot.x.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var totals = [Double](repeating: 0, count: plot.x.keys.count)
        var gaps: [String] = []
        let layers = plot.split.series.map { series -> Layer in
            Layer(points: series.points.map { point in
                let slot = slotOf[point.key.label] ?? 0
                let base = stacked ? totals[slot] : 0
                guard let value = point.value else {
                    if stacked { gaps.append("\(series.name) at \(point.key.label)") }
                    return (slot, nil, base)
                }
                let height = stacked ? Swift.max(0, value) : value
                if stacked { totals[slot] += height }
                return (slot, base + height, base)
            })
        }
        guard !gaps.isEmpty else { return (layers, []) }
        let listed = gaps.prefix(3).joined(separator: ", ") + (gaps.count > 3 ? " and \(gaps.count - 3) more" : "")
        return (layers, ["No value for \(listed): the bands above stack on zero there."])
    }

    /// Each unbroken run of a series becomes its own closed shape down to its base.
    static func drawBands(_ canvas: inout ChartCanvas, _ layer: Layer, color: String, stacked: Bool,
                          x: (Int) -> Double, y: LinearScale, zero: Double) {
        var run: [(x: Double, top: Double, base: Double)] = []
        func flush() {
            guard let first = run.first else { return }
            var path = PathData(width: canvas.width, height: canvas.height)
            path.move(first.x, first.top)
            for point in run.dropFirst() { path.line(point.x, point.top) }
            for point in run.reversed() { path.line(point.x, point.base) }
            path.closePath()
            canvas.svg.empty("path", [("d", .text(path.d)), ("fill", .text(color)), ("fill-opacity", stacked ? "0.85" : "0.25")])
            run = []
        }
        for point in layer.points {
            guard let top = point.top else { flush(); continue }
            run.append((x(point.slot), y.clamped(top), stacked ? y.clamped(point.base) : zero))
        }
        flush()
    }
}
