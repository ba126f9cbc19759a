/// Points of y against x, coloured and shaped by series, both axes titled.
enum ScatterChart {
    static func render(_ records: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let plot: RecordPlot
        switch RecordPlot.make(records, ctx, chart: "scatter plot", everyRecord: true) {
        case .failure(let e): return .failure(e)
        case .success(let p): plot = p
        }
        let title = ctx.title("\(plot.fields.y.map { records.label($0) }.joined(separator: ", ")) against \(records.label(plot.fields.x))")
        var canvas = ctx.canvas()
        let legend = plot.split.series.count > 1
            ? plot.split.series.indices.map { LegendItem(label: plot.split.series[$0].name, color: plot.colors[$0], key: .symbol(SymbolShape.forIndex($0))) }
            : []
        canvas.header(title: title, legend: legend)

        let axis = ValueAxis(values: plot.split.allValues + ctx.sharedValues, options: ctx.options, includeZero: false,
                             count: ctx.compact ? 4 : 5, formatter: plot.tickFormatter)
        let left = ChartCanvas.pad + (plot.yTitle == nil ? 0 : AxisTitle.band) + axis.labelWidth + 8
        let right = canvas.width - ChartCanvas.pad - 8
        var x = XAxisScale.make(plot.x, left: left + 6, right: right, bars: false)
        if x.overhang > left { x = XAxisScale.make(plot.x, left: x.overhang + 4, right: right, bars: false) }
        let frame = Rect(left: Swift.max(left, x.overhang + 4), top: canvas.top + 4, right: canvas.width - ChartCanvas.pad - 4,
                         bottom: canvas.height - 8 - x.labelHeight - (plot.xTitle == nil ? 0 : AxisTitle.band))
        let y = LinearScale(domain: axis.domain, range: (frame.bottom - 4, frame.top + 4))
        Axis.drawLeft(&canvas.svg, scale: y, plot: frame, ticks: axis.ticks, labels: axis.labels)
        x.draw(&canvas.svg, plot: frame, keys: plot.x.keys)

        let slotOf = Dictionary(plot.x.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for (index, series) in plot.split.series.enumerated() {
            for point in series.points {
                guard let value = point.value else { continue }
                SymbolShape.forIndex(index).draw(&canvas.svg, x: x.position(point.key, index: slotOf[point.key.label] ?? 0),
                                                 y: y.clamped(value), size: 8, fill: plot.colors[index],
                                                 title: plot.tooltip(series: index, key: point.key.label, value: value))
            }
        }
        if let yTitle = plot.yTitle { AxisTitle.drawY(&canvas.svg, yTitle, left: ChartCanvas.pad, plot: frame) }
        if let xTitle = plot.xTitle { AxisTitle.drawX(&canvas.svg, xTitle, plot: frame, baseline: canvas.height - 6) }
        return ctx.output(canvas, title: title, summary: summary(plot),
                          table: RecordTable.make(records, fields: nil, locale: ctx.request.locale), notes: plot.split.notes,
                          values: plot.split.allValues)
    }

    /// "12 points range from 2.1 (Spend 40) to 9.8 (Spend 310)."
    static func summary(_ plot: RecordPlot) -> String {
        let points = plot.split.series.flatMap { s in s.points.compactMap { p in p.value.map { (key: p.key.label, value: $0) } } }
        guard let highest = points.enumerated().max(by: { $0.element.value < $1.element.value || ($0.element.value == $1.element.value && $0.offset > $1.offset) })?.element,
              let lowest = points.enumerated().min(by: { $0.element.value < $1.element.value || ($0.element.value == $1.element.value && $0.offset < $1.offset) })?.element
        else { return "There are no values to describe." }
        let xName = plot.records.label(plot.fields.x)
        let format = plot.values.value
        return "\(Phrase.plural(points.count, "point")) range from \(format(lowest.value)) (\(xName) \(lowest.key)) "
            + "to \(format(highest.value)) (\(xName) \(highest.key))."
    }
}
