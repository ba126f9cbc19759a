/// Entry point of the chart engine: data in, SVG out.
public enum ChartEngine {
    public static func render(_ request: ChartRequest) -> Result<ChartOutput, ChartError> {
        if let field = request.options.facet { return FacetChart.render(request, field: field) }
        return draw(ChartContext(request))
    }

    /// One chart, or one panel of a facet grid.
    static func draw(_ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let request = ctx.request
        switch (request.type, request.data) {
        case (.journey, .journey(let j)): return JourneyChart.render(j, ctx)
        case (.funnel, .journey(let j)): return FunnelChart.render(journey: j, ctx)
        case (.funnel, .records(let r)): return FunnelChart.render(records: r, ctx)
        case (.gap, .journey(let j)): return GapChart.render(journey: j, ctx)
        case (.gap, .expectations(let e)): return GapChart.render(expectations: e, ctx)
        case (.kpi, .kpis(let k)): return KPIChart.render(k, ctx)
        case (.trend, .kpis(let k)): return TrendChart.render(k, ctx)
        case (.matrix, .matrix(let m)): return MatrixChart.render(m, ctx)
        case (.expectations, .expectations(let e)): return ExpectationsChart.render(e, ctx)
        case (.opportunities, .opportunities(let o)): return OpportunitiesChart.render(o, ctx)
        case (.line, .records(let r)): return LineChart.render(r, ctx, area: false)
        case (.area, .records(let r)): return LineChart.render(r, ctx, area: true)
        case (.bar, .records(let r)): return BarChart.render(r, ctx)
        case (.scatter, .records(let r)): return ScatterChart.render(r, ctx)
        case (.heatmap, .records(let r)): return HeatmapChart.render(r, ctx)
        case (.nps, .survey(let survey)): return NPSChart.render(survey, ctx)
        case (.likert, .survey(let survey)): return LikertChart.render(survey, ctx)
        case (.distribution, .survey(let survey)): return DistributionChart.render(survey, ctx)
        case (.sankey, .records(let r)): return SankeyChart.render(r, ctx)
        default:
            let kinds = accepted(request.type).joined(separator: " or ")
            return .failure(ChartError("a \(request.type.rawValue) chart needs \(kinds) data, not \(kindName(request.data))", option: "type"))
        }
    }

    /// The data kinds each chart type draws.
    public static func accepted(_ type: ChartType) -> [String] {
        switch type {
        case .journey: return ["journey"]
        case .funnel: return ["journey", "records"]
        case .gap: return ["journey", "expectations"]
        case .kpi, .trend: return ["kpis"]
        case .matrix: return ["matrix"]
        case .expectations: return ["expectations"]
        case .opportunities: return ["opportunities"]
        case .line, .bar, .area, .scatter, .heatmap, .sankey: return ["records"]
        case .nps, .likert, .distribution: return ["survey"]
        }
    }

    static func kindName(_ data: ChartData) -> String {
        switch data {
        case .kpis: return "kpis"
        case .journey: return "journey"
        case .matrix: return "matrix"
        case .expectations: return "expectations"
        case .opportunities: return "opportunities"
        case .records: return "records"
        case .survey: return "survey"
        }
    }
}

/// What every chart needs from the request: size, id prefix, options.
struct ChartContext {
    let request: ChartRequest
    var options: ChartOptions { request.options }
    var compact: Bool { request.layout == .compact }
    let prefix: String
    /// Set when the chart is one panel of a facet grid.
    let facet: FacetScope?

    init(_ request: ChartRequest, facet: FacetScope? = nil) {
        self.request = request
        self.facet = facet
        prefix = request.idPrefix.isEmpty ? "tp-chart" : request.idPrefix
    }

    /// Values a panel's axis must cover besides its own, so that every panel of a grid has the same axis.
    var sharedValues: [Double] { facet?.values ?? [] }

    /// The drawing size: the author's `width`/`height` or the chart's default. A compact drawing is never
    /// wider than `ChartLayout.compactWidth`, whatever the author asked for the wide one, so that it shows on a
    /// phone at about 1:1 and its text keeps its size.
    func size(defaultWidth: Double = 720, defaultHeight: Double = 400) -> (Double, Double) {
        var w = request.options.width.flatMap { $0.isFinite && $0 >= 120 ? Swift.min($0, 4000) : nil } ?? defaultWidth
        // Panels of a grid are read side by side, so they are shorter than a chart of their own.
        let fallbackHeight = facet == nil ? defaultHeight : Swift.min(defaultHeight, FacetGrid.panelHeight)
        let h = request.options.height.flatMap { $0.isFinite && $0 >= 80 ? Swift.min($0, 4000) : nil } ?? fallbackHeight
        if compact { w = Swift.min(w, ChartLayout.compactWidth) }
        return (w, h)
    }

    func canvas(defaultWidth: Double = 720, defaultHeight: Double = 400) -> ChartCanvas {
        let (w, h) = size(defaultWidth: defaultWidth, defaultHeight: defaultHeight)
        var canvas = ChartCanvas(width: w, height: h, prefix: prefix, compact: compact)
        canvas.hidesLegend = facet != nil
        return canvas
    }

    func title(_ fallback: String) -> String {
        if let t = request.options.title?.trimmingSpaces, !t.isEmpty { return t }
        return fallback
    }

    /// `values` are what the chart's value axis covers, for a facet grid to share among its panels.
    func output(_ canvas: ChartCanvas, title: String, summary: String, table: DataTable, notes: [String],
                values: [Double] = []) -> Result<ChartOutput, ChartError> {
        var output = ChartOutput(svg: "", summary: summary, table: table, notes: notes)
        if facet != nil {
            let span = values.min().flatMap { low in values.max().map { [low, $0] } } ?? []
            output.drawing = ChartDrawing(body: canvas.svg.out, width: canvas.width, height: canvas.height, title: title,
                                          legend: canvas.legend, values: span, resultWidth: canvas.resultWidth)
        } else {
            output.svg = canvas.document(title: title, summary: summary)
        }
        return .success(output)
    }
}
