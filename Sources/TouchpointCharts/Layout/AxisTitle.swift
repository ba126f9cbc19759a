/// Axis titles: the author's `xTitle`/`yTitle`, else the fields' labels (or
/// names) with the unit, as Vega-Lite titles its axes.
enum AxisTitle {
    static func x(_ fields: RecordFields, _ r: Records, _ options: ChartOptions) -> String? {
        if let given = options.xTitle { return given.isEmpty ? nil : given }
        return withUnit(r.label(fields.x), r.info[fields.x]?.unit)
    }

    static func y(_ fields: RecordFields, _ r: Records, _ options: ChartOptions, aggregate: Aggregate?) -> String? {
        if let given = options.yTitle { return given.isEmpty ? nil : given }
        guard fields.y.count <= 2 else { return nil }
        let labels = fields.y.map { field in withUnit(r.label(field), r.info[field]?.format == nil ? r.info[field]?.unit : nil) }
        let text = labels.joined(separator: ", ")
        guard let aggregate, aggregate != .last else { return text }
        return aggregate == .count ? "Count of records" : "\(aggregate.rawValue.capitalizedFirst) of \(text)"
    }

    static func withUnit(_ label: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty, !label.contains("(\(unit))") else { return label }
        return "\(label) (\(unit))"
    }

    static let band = 16.0

    /// The y title, rotated, along the left edge of the chart.
    static func drawY(_ svg: inout SVGWriter, _ title: String, left: Double, plot: Rect) {
        let y = (plot.top + plot.bottom) / 2
        svg.text("text", [("x", .number(left)), ("y", .number(y)), ("transform", .text("rotate(-90 \(NumberFormat.coordinate(left)) \(NumberFormat.coordinate(y)))")),
                          ("text-anchor", "middle"), ("dominant-baseline", "hanging"), ("font-size", .number(Font.small)),
                          ("fill", .text(Palette.muted)), ("class", "tp-axis-title")], title)
    }

    /// The x title, centred under the axis labels.
    static func drawX(_ svg: inout SVGWriter, _ title: String, plot: Rect, baseline: Double) {
        svg.text("text", [("x", .number((plot.left + plot.right) / 2)), ("y", .number(baseline)), ("text-anchor", "middle"),
                          ("font-size", .number(Font.small)), ("fill", .text(Palette.muted)), ("class", "tp-axis-title")], title)
    }
}
