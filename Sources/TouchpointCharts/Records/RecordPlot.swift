/// What every record chart (bar, line, area) works from: the fields, the x
/// domain, the series with their colours, and how values and axes read.
struct RecordPlot {
    var records: Records
    var fields: RecordFields
    var x: XDomain
    var split: SeriesSplit
    var colors: [String]
    var values: ValueFormatter
    var xTitle: String?
    var yTitle: String?

    /// `everyRecord` keeps repeated x values as separate points (a scatter plot) instead of asking for an `aggregate`.
    static func make(_ r: Records, _ ctx: ChartContext, chart: String, everyRecord: Bool = false) -> Result<RecordPlot, ChartError> {
        let fields: RecordFields
        switch RecordFields.resolve(r, ctx.options, needsSeries: false) {
        case .failure(let e): return .failure(e)
        case .success(let v): fields = v
        }
        // A panel of a facet grid takes its x keys and series from all the records, so panels line up.
        let whole = ctx.facet?.records ?? r
        var x: XDomain
        switch XDomain.make(whole, field: fields.x, xFormat: ctx.options.xFormat, locale: ctx.request.locale) {
        case .failure(let e): return .failure(e)
        case .success(let v): x = v
        }
        if let facet = ctx.facet, facet.records != nil { x = x.keeping(rows: facet.rows) }
        let split: SeriesSplit
        switch SeriesSplit.make(r, fields: fields, x: x, seriesFrom: whole,
                                repeats: everyRecord ? .keep : .oneValue(chart: chart, aggregate: ctx.options.aggregate)) {
        case .failure(let e): return .failure(e)
        case .success(let v): split = v
        }
        guard !x.keys.isEmpty, !split.allValues.isEmpty else {
            return .failure(ChartError("no record has both \(Phrase.quoted(fields.x)) and a value to draw", option: "y"))
        }
        let colors: [String]
        // Series of a `y` list are named by their fields' labels; `colors` may name the field instead.
        var requested = ctx.options.colors
        if fields.series == nil {
            for y in fields.y where r.label(y) != y {
                if let token = requested.removeValue(forKey: y), requested[r.label(y)] == nil { requested[r.label(y)] = token }
            }
        }
        switch SeriesColors.resolve(split.series.map(\.name), requested: requested) {
        case .failure(let e): return .failure(e)
        case .success(let v): colors = v
        }
        let first = fields.y.first.flatMap { r.info[$0] }
        let values = ValueFormatter(format: ctx.options.format ?? first?.format,
                                    unit: fields.y.count == 1 ? first?.unit : nil, locale: ctx.request.locale)
        return .success(RecordPlot(records: r, fields: fields, x: x, split: split, colors: colors, values: values,
                                   xTitle: AxisTitle.x(fields, r, ctx.options),
                                   yTitle: AxisTitle.y(fields, r, ctx.options, aggregate: ctx.options.aggregate)))
    }

    /// The value axis' tick labels carry no unit: the axis title names it once.
    var tickFormatter: ValueFormatter {
        var plain = values
        plain.unit = nil
        return plain
    }

    func legend(key: LegendItem.Key) -> [LegendItem] {
        guard split.series.count > 1 else { return [] }
        return split.series.enumerated().map { LegendItem(label: $0.element.name, color: colors[$0.offset], key: key) }
    }

    /// "Email, Mar 2026: 4.1%", for a mark's tooltip.
    func tooltip(series: Int, key: String, value: Double) -> String {
        let name = split.series.count > 1 ? split.series[series].name + ", " : ""
        return "\(name)\(key): \(values.value(value))"
    }

    var defaultTitle: String {
        "\(fields.y.map { records.label($0) }.joined(separator: ", ")) by \(records.label(fields.x))"
    }
}
