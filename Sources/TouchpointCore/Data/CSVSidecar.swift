import TouchpointCharts

/// `NAME.csv.yml` beside a CSV file: what the file is, where it came from,
/// and how its columns read (label, unit, format, type).
struct CSVSidecar: Sendable {
    enum ColumnType: String, Sendable, CaseIterable { case number, text }

    struct Column: Sendable {
        var info = FieldInfo()
        var type: ColumnType?
        var line: Int
        var column: Int
    }

    var kind = "records"
    var provenance = Provenance()
    /// `,` when a comma- or tab-separated file writes decimals with commas.
    var decimalComma: Bool?
    var columns: [String: Column] = [:]
    /// With `kind: survey`: the questions, segments, wave and weight.
    var survey = SurveySidecar()

    static let keys = ["kind", "source", "asOf", "decimal", "fields"] + SurveySidecar.keys
    static let columnKeys = ["label", "unit", "format", "type"]
    static let kinds = ["records", "survey"]

    static func parse(_ text: String, file: SourceFile) -> Staged<CSVSidecar?> {
        let document = YAMLDocument.parse(text, file: file, firstLine: 1)
        if !document.diagnostics.isEmpty { return .failure(document) }
        guard let root = document.value else { return Staged(CSVSidecar()) }
        guard case let .mapping(pairs) = root.value else {
            return .failure(file.error("expected 'key: value' lines such as 'source: Web analytics export'",
                                       line: root.line, column: root.column))
        }
        var sidecar = Staged<CSVSidecar?>(CSVSidecar())
        var result = CSVSidecar()
        for (key, value) in pairs {
            switch key.value {
            case "kind":
                if let kind = sidecar.take(value.string("kind", in: file)) {
                    if kinds.contains(kind) { result.kind = kind } else {
                        sidecar.report(file.error("kind: " + DataChecker.unknown("kind", kind, kinds),
                                                  line: value.line, column: value.column))
                    }
                }
            case "source": result.provenance.source = sidecar.take(value.string("source", in: file))
            case "asOf":
                if let date = sidecar.take(value.string("asOf", in: file)) {
                    if let problem = DataDates.problem(date, allowMonth: false) {
                        sidecar.report(file.error("asOf: \(problem)", line: value.line, column: value.column))
                    } else { result.provenance.asOf = date }
                }
            case "decimal":
                switch sidecar.take(value.string("decimal", in: file)) {
                case ","?: result.decimalComma = true
                case "."?: result.decimalComma = false
                case nil: break
                case let other?:
                    sidecar.report(file.error("decimal: expected \",\" or \".\", found '\(other)'",
                                              line: value.line, column: value.column))
                }
            case "fields":
                result.columns = sidecar.take(columns(value, file: file))
            case let key where SurveySidecar.keys.contains(key):
                sidecar.diagnostics += result.survey.read(key, value, file: file)
            default:
                sidecar.report(file.error("unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: keys),
                                          line: key.line, column: key.column))
            }
        }
        let surveyKeys = pairs.filter { SurveySidecar.keys.contains($0.key.value) }
        if result.kind == "survey", !pairs.contains(where: { $0.key.value == "questions" }) {
            sidecar.report(file.error("a survey needs 'questions': one entry per question column, "
                + "e.g. 'recommend: {type: nps, text: How likely are you to recommend us?}'", line: root.line, column: root.column))
        } else if result.kind != "survey", let first = surveyKeys.first {
            sidecar.report(file.error("'\(first.key.value)' describes a survey; add 'kind: survey'",
                                      line: first.key.line, column: first.key.column))
        }
        sidecar.value = result
        return sidecar.diagnostics.isEmpty ? sidecar : .failure(sidecar)
    }

    static func columns(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<[String: Column]> {
        guard case let .mapping(pairs) = value.value else {
            return Staged([:], [file.error("fields: expected one entry per column, e.g. 'revenue: {label: Revenue}'",
                                           line: value.line, column: value.column)])
        }
        var out = Staged<[String: Column]>([:])
        for (name, spec) in pairs {
            var column = Column(line: name.line, column: name.column)
            guard case let .mapping(settings) = spec.value else {
                out.report(file.error("fields.\(name.value): expected label, unit, format or type",
                                      line: spec.line, column: spec.column))
                continue
            }
            for (key, setting) in settings {
                let where_ = "fields.\(name.value).\(key.value)"
                switch key.value {
                case "label": column.info.label = out.take(setting.string(where_, in: file))
                case "unit": column.info.unit = out.take(setting.string(where_, in: file))
                case "format":
                    guard let text = out.take(setting.string(where_, in: file)) else { continue }
                    switch ValueFormat.parse(text) {
                    case .success(let format): column.info.format = format
                    case .failure(let error):
                        out.report(file.error("\(where_): \(error.message)", line: setting.line, column: setting.column))
                    }
                case "type":
                    guard let text = out.take(setting.string(where_, in: file)) else { continue }
                    if let type = ColumnType(rawValue: text) { column.type = type } else {
                        out.report(file.error("\(where_): " + DataChecker.unknown("type", text,
                                                                                 ColumnType.allCases.map(\.rawValue)),
                                              line: setting.line, column: setting.column))
                    }
                default:
                    out.report(file.error("fields.\(name.value): unknown key '\(key.value)'"
                                          + Suggestion.didYouMean(key.value, in: columnKeys),
                                          line: key.line, column: key.column))
                }
            }
            out.value[name.value] = column
        }
        return out
    }
}
