import Foundation
import TouchpointCharts
import TouchpointMarkdown

/// Replaces `chart`, `table` and `kpis` blocks by generated HTML, with errors
/// at the Markdown file's line inside the block.
struct DirectiveRenderer: Sendable {
    let data: DataStore
    var changes = SiteChanges()
    var locale: ChartLocale = .en

    struct Result {
        var html = ""
        /// The block as the report edition holds it: a chart's data table moves to the appendix.
        var reportHTML: String?
        var appendix: [AppendixTable] = []
        var diagnostics: [Diagnostic] = []
        var asOf: String?
        var charts = 0
    }

    func render(_ block: ParsedDirective, number: Int, page: Page, file: SourceFile) -> Result {
        let directive = block.directive
        guard let spec = block.spec else { return Result(diagnostics: block.errors) }
        var result = Result()
        func fail(_ message: String, at key: String) -> Result {
            let position = spec.line(of: key)
            return Result(diagnostics: [file.error(message, line: position.line, column: position.column)])
        }

        // Data: a file under Content/data, or inline values.
        var loaded: LoadedData
        var dataName = "inline values"
        var dataPath: String?
        if let path = spec.data {
            switch DataPath.resolve(path.value, known: data.knownFiles) {
            case let .failure(message):
                return Result(diagnostics: [file.error(message, line: path.line, column: path.column)])
            case let .success(full):
                // A file that failed validation was reported once, at the file itself.
                guard let file = data.files[full] else { return result }
                loaded = file
                dataName = path.value
                dataPath = full
                if let segment = page.segment, segment.data == full {
                    loaded.data = DataSegments.rows(of: loaded.data, field: segment.field, value: segment.value)
                }
            }
        } else if let values = spec.values {
            let inline = InlineValues.records(values, file: file)
            guard let records = inline.value else { return Result(diagnostics: inline.diagnostics) }
            loaded = LoadedData(data: .records(records), provenance: Provenance(), kind: "records")
        } else {
            return result
        }
        result.asOf = loaded.provenance.asOf

        var selected: Set<String>?
        if !spec.select.isEmpty {
            guard case let .kpis(kpis) = loaded.data else {
                return fail("select: only KPI data has items to select; \(dataName) holds \(loaded.kind)", at: "select")
            }
            var chosen: [KPI] = []
            for id in spec.select {
                guard let kpi = kpis.first(where: { $0.id == id.value }) else {
                    return Result(diagnostics: [file.error("select: no KPI '\(id.value)' in \(dataName)"
                        + Suggestion.didYouMean(id.value, in: kpis.map(\.id)), line: id.line, column: id.column)])
                }
                chosen.append(kpi)
            }
            loaded.data = .kpis(chosen)
            selected = Set(chosen.flatMap { [$0.id, $0.name] })
        }

        if case let .survey(survey) = loaded.data { selected = Self.questionsShown(survey, spec) }
        let id = PageAnchor.directivePrefix(page.route) + "\(directive.name)-\(number)"
        // A refresh's notes describe the whole file; a segment's page shows its own rows without them.
        let since = dataPath.flatMap { path in
            page.segment?.data == path ? nil : SinceNote(changes: changes, path: path, items: selected, from: page.route)
        }
        switch directive.name {
        case "table":
            if let fields = spec.fields, case let .records(records) = loaded.data {
                for field in fields where !records.fields.contains(field) {
                    return fail("fields: no field '\(field)' in \(dataName)" + Suggestion.didYouMean(field, in: records.fields), at: "fields")
                }
            }
            let table = ChartEngine.table(for: loaded.data, fields: spec.fields, locale: locale)
            let caption = [spec.options.title, spec.options.caption].compactMap { $0 }.joined(separator: ". ")
            let credit = FigureHTML.captionParts(caption: nil, provenance: loaded.provenance, notes: [])
            func wrapped(_ note: SinceNote?) -> String {
                var html = "<div class=\"tp-table-wrap\" id=\"\(id)\">\n" + FigureHTML.table(table, caption: caption.isEmpty ? nil : caption)
                html += note?.html ?? ""
                if !credit.isEmpty { html += "<p class=\"tp-credit\">\(credit)</p>\n" }
                return html + "</div>"
            }
            result.html = wrapped(since)
            if since != nil { result.reportHTML = wrapped(since?.unlinked) }
        case "kpis":
            guard case let .kpis(kpis) = loaded.data else {
                return fail("kpis blocks need a file of kind 'kpis'; \(dataName) holds \(loaded.kind)", at: "data")
            }
            let notes = dataPath.map { changes.cardNotes(for: $0, kpis: kpis) } ?? [:]
            result.html = ChartEngine.kpiCards(kpis, idPrefix: id, locale: locale, notes: notes)
            // The cards carry their own notes of change; only staleness is said once for the block.
            if var stale = since, stale.stale != nil {
                stale.text = nil
                result.html += stale.html
            }
            result.charts = kpis.count
        default:
            let type: ChartType
            if let known = spec.chartType {
                type = known
            } else if let fallback = Self.defaultType(for: loaded.data) {
                type = fallback
            } else {
                return fail("type: record data needs a chart type: line, bar, area, scatter or heatmap", at: "data")
            }
            let request = ChartRequest(type: type, data: loaded.data, options: spec.options,
                                       provenance: loaded.provenance, idPrefix: id, locale: locale)
            switch ChartEngine.render(request) {
            case let .success(output):
                let title = spec.options.title ?? type.rawValue
                let compact = Self.compactDrawing(of: request, beside: output)
                result.html = FigureHTML.figure(output, compact: compact, id: id, caption: spec.options.caption,
                                                provenance: loaded.provenance, title: title, since: since)
                let appendix = AppendixTable(id: id + "-data", title: title, html: FigureHTML.table(output.table, caption: nil))
                result.reportHTML = FigureHTML.figure(output, compact: compact, id: id, caption: spec.options.caption,
                                                      provenance: loaded.provenance, title: title, tableInAppendix: appendix.id,
                                                      since: since?.unlinked)
                result.appendix = [appendix]
                result.charts = 1
            case let .failure(error):
                return fail(error.message, at: error.option ?? "type")
            }
        }
        return result
    }

    /// The phone drawing of a chart, drawn after the wide one succeeded. A chart already no wider than a
    /// compact drawing (a KPI card) gets none: the page would carry the same picture twice.
    static func compactDrawing(of request: ChartRequest, beside regular: ChartOutput) -> String? {
        guard let width = FigureHTML.viewBoxWidth(regular.svg), width > ChartLayout.compactWidth else { return nil }
        var compact = request
        compact.layout = .compact
        compact.idPrefix = request.idPrefix + "-m"
        guard case let .success(output) = ChartEngine.render(compact) else { return nil }
        return output.svg
    }

    /// The questions a survey chart draws, for its "since" note; nil (all) for a table.
    static func questionsShown(_ survey: Survey, _ spec: DirectiveSpec) -> Set<String>? {
        guard spec.name == "chart" else { return nil }
        let options = spec.options
        if !options.questions.isEmpty { return Set(options.questions) }
        if let question = options.question { return [question] }
        let type = spec.chartType ?? defaultType(for: .survey(survey))
        let kind: SurveyQuestion.Kind = type == .likert ? .likert : .nps
        let ids = survey.questions.filter { $0.kind == kind }.map(\.id)
        return Set(type == .likert ? ids : Array(ids.prefix(1)))
    }

    static func defaultType(for data: ChartData) -> ChartType? {
        switch data {
        case .kpis: return .trend
        case .journey: return .journey
        case .matrix: return .matrix
        case .expectations: return .expectations
        case .opportunities: return .opportunities
        case .records: return nil
        case .survey(let survey): return survey.questions.contains { $0.kind == .nps } ? .nps : .likert
        }
    }
}

/// Inline `values:` — a YAML list of records, for small charts without a file.
enum InlineValues {
    static func records(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<Records?> {
        guard case let .sequence(items) = value.value, !items.isEmpty else {
            return .failure(file.error("values: expected a list of records such as '- {month: 2026-01, nps: 28}'",
                                       line: value.line, column: value.column))
        }
        var fields: [String] = []
        var rows: [[String: RecordValue]] = []
        for (i, item) in items.enumerated() {
            guard case let .mapping(pairs) = item.value else {
                return .failure(file.error("values[\(i)]: expected a record (key: value pairs), found \(item.describe)",
                                           line: item.line, column: item.column))
            }
            var row: [String: RecordValue] = [:]
            for (key, v) in pairs {
                guard case let .scalar(text, plain) = v.value else {
                    return .failure(file.error("values[\(i)].\(key.value): expected a number or text, found \(v.describe)",
                                               line: v.line, column: v.column))
                }
                if !fields.contains(key.value) { fields.append(key.value) }
                if plain, [".inf", "-.inf", "+.inf", ".nan"].contains(text.lowercased()) {
                    return .failure(file.error("values[\(i)].\(key.value): expected a finite number, found '\(text)'",
                                               line: v.line, column: v.column))
                }
                if !plain { row[key.value] = .text(text) }
                else if ["null", "~", ""].contains(text) { row[key.value] = .null }
                else if let b = Bool.fromYAML(text), ["true", "false"].contains(text) { row[key.value] = .bool(b) }
                else if let n = Double(text) {
                    guard n.isFinite else {
                        return .failure(file.error("values[\(i)].\(key.value): expected a finite number, found '\(text)'",
                                                   line: v.line, column: v.column))
                    }
                    row[key.value] = .number(n)
                } else { row[key.value] = .text(text) }
            }
            rows.append(row)
        }
        return Staged(Records(fields: fields, rows: rows))
    }
}
