/// Small multiples: the chart drawn once per value of the `facet` field, all
/// panels on one scale. Panels are drawn twice: first to learn the span of
/// values each one draws, then all of them on the span that covers every one.
enum FacetChart {
    /// Charts whose scales panels can share. The others either have no field to split by (KPIs, journeys,
    /// matrices) or scale each drawing to fill itself (funnel, sankey, heatmap), so panels would not compare.
    static let supported: [ChartType] = [.line, .area, .bar, .scatter, .nps, .likert, .distribution]

    static func render(_ request: ChartRequest, field: String) -> Result<ChartOutput, ChartError> {
        guard supported.contains(request.type) else {
            return .failure(ChartError("facet: a \(request.type.rawValue) chart cannot be drawn as small multiples on one "
                + "scale; facet works on \(supported.map(\.rawValue).joined(separator: ", ")) charts", option: "facet"))
        }
        if request.type == .bar, request.options.sort != nil || request.options.sorted {
            return .failure(ChartError("sort: the panels of a facet keep the categories in one order so they line up; "
                + "order the records in the data file instead", option: "sort"))
        }
        let split: FacetSplit.Split
        switch FacetSplit.split(request.data, field: field) {
        case let .success(found): split = found
        case let .failure(error): return .failure(error)
        }
        var scope = FacetScope()
        if case .records(let records) = request.data { scope.records = records }
        if case .survey(let survey) = request.data { scope.survey = survey }

        let measured: [ChartOutput]
        switch drawPanels(split, request, scope: scope, titled: false) {
        case let .success(outputs): measured = outputs
        case let .failure(error): return .failure(error)
        }
        let values = measured.flatMap { $0.drawing?.values ?? [] }
        scope.values = values.min().flatMap { low in values.max().map { [low, $0] } } ?? []
        scope.resultWidth = measured.compactMap { $0.drawing?.resultWidth }.max() ?? 0
        let panels: [ChartOutput]
        switch drawPanels(split, request, scope: scope, titled: true) {
        case let .success(outputs): panels = outputs
        case let .failure(error): return .failure(error)
        }
        let drawings = panels.compactMap(\.drawing)
        let chartTitle = measured.first?.drawing?.title ?? request.type.rawValue
        let title = request.options.title?.trimmingSpaces.isEmpty == false ? chartTitle : "\(chartTitle), by \(split.label)"
        let prefix = request.idPrefix.isEmpty ? "tp-chart" : request.idPrefix
        let canvas = FacetGrid.draw(drawings, title: title, legend: drawings.first?.legend ?? [],
                                    compact: request.layout == .compact, prefix: prefix)
        let summary = summary(split, panels)
        return .success(ChartOutput(svg: canvas.document(title: title, summary: summary, kind: "tp-facet"), summary: summary,
                                    table: table(split, panels), notes: notes(split, panels)))
    }

    /// Every panel as a phone-sized drawing with its own ids; `titled` names each panel by its value.
    static func drawPanels(_ split: FacetSplit.Split, _ request: ChartRequest, scope: FacetScope,
                           titled: Bool) -> Result<[ChartOutput], ChartError> {
        var outputs: [ChartOutput] = []
        let prefix = request.idPrefix.isEmpty ? "tp-chart" : request.idPrefix
        for (index, panel) in split.panels.enumerated() {
            var panelRequest = request
            panelRequest.data = panel.data
            panelRequest.options.facet = nil
            panelRequest.options.width = nil
            if titled { panelRequest.options.title = panel.value }
            panelRequest.idPrefix = "\(prefix)-\(index + 1)"
            panelRequest.layout = .compact
            var panelScope = scope
            panelScope.rows = panel.rows
            switch ChartEngine.draw(ChartContext(panelRequest, facet: panelScope)) {
            case let .success(output): outputs.append(output)
            case let .failure(error):
                return .failure(ChartError("in the panel for \(split.label) = \(Phrase.quoted(panel.value)): \(error.message)",
                                           option: error.option))
            }
        }
        return .success(outputs)
    }

    /// "4 panels by Region, on one scale. North: … South: …"
    static func summary(_ split: FacetSplit.Split, _ panels: [ChartOutput]) -> String {
        let parts = zip(split.panels, panels).map { panel, output in "\(panel.value): \(output.summary)" }
        return "\(Phrase.plural(panels.count, "panel")) by \(split.label), on one scale. " + parts.joined(separator: " ")
    }

    /// One table of every panel's rows, each led by its value unless the rows already name it.
    static func table(_ split: FacetSplit.Split, _ panels: [ChartOutput]) -> DataTable {
        guard let first = panels.first?.table else { return DataTable(columns: [], numeric: [], rows: []) }
        if first.columns.contains(split.label) {
            return DataTable(columns: first.columns, numeric: first.numeric, rows: panels.flatMap(\.table.rows))
        }
        let rows = zip(split.panels, panels).flatMap { panel, output in output.table.rows.map { [panel.value] + $0 } }
        return DataTable(columns: [split.label] + first.columns, numeric: [false] + first.numeric, rows: rows)
    }

    /// A note every panel has is said once; one that only some panels have names them.
    static func notes(_ split: FacetSplit.Split, _ panels: [ChartOutput]) -> [String] {
        var notes = split.notes
        let shared = panels.dropFirst().reduce(Set(panels.first?.notes ?? [])) { $0.intersection($1.notes) }
        for note in panels.first?.notes ?? [] where shared.contains(note) && !notes.contains(note) { notes.append(note) }
        for (panel, output) in zip(split.panels, panels) {
            for note in output.notes where !shared.contains(note) { notes.append("\(panel.value): \(note)") }
        }
        return notes
    }
}
