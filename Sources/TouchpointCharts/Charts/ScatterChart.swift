/// Points of y against x, coloured and shaped by series, both axes titled.
enum ScatterChart {
    static func render(_ records: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let fields: RecordFields
        switch RecordFields.resolve(records, ctx.options, needsSeries: false) {
        case .failure(let e): return .failure(e)
        case .success(let v): fields = v
        }
        let xDomain: XDomain
        switch XDomain.make(records, field: fields.x, xFormat: ctx.options.xFormat, locale: ctx.request.locale) {
        case .failure(let e): return .failure(e)
        case .success(let v): xDomain = v
        }
        let split: SeriesSplit
        switch SeriesSplit.make(records, fields: fields, x: xDomain, repeats: .keep) {
        case .failure(let e): return .failure(e)
        case .success(let v): split = v
        }
        guard !xDomain.keys.isEmpty, !split.allValues.isEmpty else {
            return .failure(ChartError("no record has both \(Phrase.quoted(fields.x)) and a value to draw", option: "y"))
        }
        let colors: [String]
        switch SeriesColors.resolve(split.series.map(\.name), requested: ctx.options.colors) {
        case .failure(let e): return .failure(e)
        case .success(let v): colors = v
        }
        let firstY = fields.y.first.flatMap { records.info[$0] }
        let values = ValueFormatter(format: ctx.options.format ?? firstY?.format,
                                    unit: fields.y.count == 1 ? firstY?.unit : nil, locale: ctx.request.locale)
        var tickFormat = values
        tickFormat.unit = nil
        let xTitle = AxisTitle.x(fields, records, ctx.options)
        let yTitle = AxisTitle.y(fields, records, ctx.options, aggregate: nil)

        let title = ctx.title("\(fields.y.map { records.label($0) }.joined(separator: ", ")) against \(records.label(fields.x))")
        var canvas = ctx.canvas()
        let legend = split.series.count > 1
            ? split.series.enumerated().map { LegendItem(label: $0.element.name, color: colors[$0.offset], key: .symbol(SymbolShape.forIndex($0.offset))) }
            : []
        canvas.header(title: title, legend: legend)

        let axis = ValueAxis(values: split.allValues, options: ctx.options, includeZero: false,
                             count: ctx.compact ? 4 : 5, formatter: tickFormat)
        let left = ChartCanvas.pad + (yTitle == nil ? 0 : AxisTitle.band) + axis.labelWidth + 8
        let right = canvas.width - ChartCanvas.pad - 8
        var x = XAxisScale.make(xDomain, left: left + 6, right: right, bars: false)
        if x.overhang > left { x = XAxisScale.make(xDomain, left: x.overhang + 4, right: right, bars: false) }
        let frame = Rect(left: Swift.max(left, x.overhang + 4), top: canvas.top + 4, right: canvas.width - ChartCanvas.pad - 4,
                         bottom: canvas.height - 8 - x.labelHeight - (xTitle == nil ? 0 : AxisTitle.band))
        let y = LinearScale(domain: axis.domain, range: (frame.bottom - 4, frame.top + 4))
        Axis.drawLeft(&canvas.svg, scale: y, plot: frame, ticks: axis.ticks, labels: axis.labels)
        x.draw(&canvas.svg, plot: frame, keys: xDomain.keys)

        let slotOf = Dictionary(xDomain.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for (index, series) in split.series.enumerated() {
            let name = split.series.count > 1 ? series.name + ", " : ""
            for point in series.points {
                guard let value = point.value else { continue }
                SymbolShape.forIndex(index).draw(&canvas.svg, x: x.position(point.key, index: slotOf[point.key.label] ?? 0),
                                                 y: y.clamped(value), size: 8, fill: colors[index],
                                                 title: "\(name)\(point.key.label): \(values.value(value))")
            }
        }
        if let yTitle { AxisTitle.drawY(&canvas.svg, yTitle, left: ChartCanvas.pad, plot: frame) }
        if let xTitle { AxisTitle.drawX(&canvas.svg, xTitle, plot: frame, baseline: canvas.height - 6) }
        return ctx.output(canvas, title: title, summary: summary(split, fields: fields, records: records, format: values),
                          table: RecordTable.make(records, fields: nil, locale: ctx.request.locale), notes: split.notes)
    }

    /// "12 points range from 2.1 (Spend 40) to 9.8 (Spend 310)."
    static func summary(_ split: SeriesSplit, fields: RecordFields, records: Records, format: ValueFormatter) -> String {
        let points = split.series.flatMap { s in s.points.compactMap { p in p.value.map { (key: p.key.label, value: $0) } } }
        guard let highest = points.enumerated().max(by: { $0.element.value < $1.element.value || ($0.element.value == $1.element.value && $0.offset > $1.offset) })?.element,
              let lowest = points.enumerated().min(by: { $0.element.value < $1.element.value || ($0.element.value == $1.element.value && $0.offset < $1.offset) })?.element
        else { return "There are no values to describe." }
        let xName = records.label(fields.x)
        return "\(Phrase.plural(points.count, "point")) range from \(format.value(lowest.value)) (\(xName) \(lowest.key)) "
            + "to \(format.value(highest.value)) (\(xName) \(highest.key))."
    }
}
