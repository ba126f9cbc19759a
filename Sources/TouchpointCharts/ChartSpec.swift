/// What to draw: the chart type, its data and the author's options.
public enum ChartType: String, Sendable, Hashable, CaseIterable {
    case journey, funnel, gap, kpi, trend, matrix, expectations, opportunities
    case line, bar, area, scatter, heatmap
    case nps, likert, distribution
    case sankey
}

public enum ChartData: Sendable, Hashable {
    case kpis([KPI])
    case journey(Journey)
    case matrix(Matrix)
    case expectations([ExpectationLayer])
    case opportunities([Outcome])
    case records(Records)
    case survey(Survey)
}

public struct ChartOptions: Sendable, Hashable {
    public var title: String?
    public var caption: String?
    /// viewBox size; the SVG scales with the page.
    public var width: Double?
    public var height: Double?
    /// Field names for generic charts.
    public var x: String?
    public var y: [String] = []
    public var series: String?
    public var value: String?
    public var stacked = false
    public var horizontal = false
    /// Optional fixed y domain.
    public var yMin: Double?
    public var yMax: Double?
    /// For `gap`: sort stages by gap size instead of stage order.
    public var sorted = false
    /// How to read x values that are dates in a non-ISO shape, e.g. `%d/%m/%Y`.
    public var xFormat: String?
    /// How several records for one x (and series) become one value; nil refuses them.
    public var aggregate: Aggregate?
    /// Bar order by value; nil keeps the data's order.
    public var sort: SortOrder?
    public var xTitle: String?
    public var yTitle: String?
    /// Overrides the y field's format from the data file.
    public var format: ValueFormat?
    /// Series name → palette token (`positive`, `c3`…) or `#RRGGBB`.
    public var colors: [String: String] = [:]
    public var annotations: [Annotation] = []
    /// Survey charts: the question (`nps`), the questions (`likert`), the segment or wave to break down by,
    /// and the n below which a group is drawn faint.
    public var question: String?
    public var questions: [String] = []
    public var by: String?
    public var minN: Int?
    /// For `sankey`: the fields naming where each flow starts and ends (default `from`, `to`; `value` is its size).
    public var from: String?
    public var to: String?
    /// Small multiples: one panel per value of this field (a record field, or a survey's segment or wave).
    public var facet: String?
    public init() {}
}

/// Which of the two drawings of a chart to make: the page shows the regular
/// one on wide screens and the compact one (about 360 units wide, larger
/// text relative to the drawing, stacked legends) on phones, chosen by CSS.
public enum ChartLayout: String, Sendable, Hashable {
    case regular, compact

    /// Width of compact drawings in viewBox units. A 390 px phone less the page's 16 px gutters leaves 358 px
    /// (343 px where a desktop browser draws a scrollbar); 340 units show there at 1:1 or a little larger,
    /// so 11-unit text stays at least 11 CSS px.
    public static let compactWidth = 340.0
}

public struct ChartRequest: Sendable, Hashable {
    public var type: ChartType
    public var data: ChartData
    public var options: ChartOptions
    public var provenance: Provenance
    /// Prefix for every id in the SVG, unique per page (e.g. `tp-c3`), so charts never clash.
    public var idPrefix: String
    public var layout: ChartLayout
    /// Separators and month names of the site's language.
    public var locale: ChartLocale
    public init(type: ChartType, data: ChartData, options: ChartOptions, provenance: Provenance, idPrefix: String,
                layout: ChartLayout = .regular, locale: ChartLocale = .en) {
        self.layout = layout
        self.locale = locale
        self.type = type
        self.data = data
        self.options = options
        self.provenance = provenance
        self.idPrefix = idPrefix
    }
}

/// A drawn chart: the SVG, a sentence that says what the data shows, and the
/// numbers as a table for readers who cannot see the chart.
public struct ChartOutput: Sendable, Hashable {
    public var svg: String
    public var summary: String
    public var table: DataTable
    /// e.g. "2 records without a value are left out".
    public var notes: [String]
    /// Set on the panels of a facet grid only: the drawing to place in the grid.
    var drawing: ChartDrawing?
    public init(svg: String, summary: String, table: DataTable, notes: [String]) {
        self.svg = svg
        self.summary = summary
        self.table = table
        self.notes = notes
    }
}

public struct DataTable: Sendable, Hashable {
    public var columns: [String]
    /// Which columns hold numbers (right-aligned).
    public var numeric: [Bool]
    public var rows: [[String]]
    public init(columns: [String], numeric: [Bool], rows: [[String]]) {
        self.columns = columns
        self.numeric = numeric
        self.rows = rows
    }
}

/// A request the engine cannot draw, e.g. a field missing from every record.
public struct ChartError: Error, Sendable, Hashable {
    public var message: String
    /// The option at fault (`x`, `y`, `series`, `type`…), so the caller can point at its line.
    public var option: String?
    public init(_ message: String, option: String? = nil) {
        self.message = message
        self.option = option
    }
}

public enum SortOrder: String, Sendable, Hashable, CaseIterable {
    case ascending, descending
}

/// A note on the chart at one x (a campaign start) or one y (a threshold).
public struct Annotation: Sendable, Hashable {
    public enum Position: Sendable, Hashable {
        case x(String)
        case y(Double)
    }
    public var position: Position
    public var label: String
    public init(position: Position, label: String) {
        self.position = position
        self.label = label
    }
}
