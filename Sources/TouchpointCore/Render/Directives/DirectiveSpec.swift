import Foundation
import TouchpointCharts

/// A directive block's YAML body, read into typed options with positions.
struct DirectiveSpec {
    var name: String
    var data: Located<String>?
    var values: Located<YAMLValue>?
    var type: Located<String>?
    /// `type`, known to the chart engine.
    var chartType: ChartType?
    var select: [Located<String>] = []
    var fields: [String]?
    var options = ChartOptions()
    /// Line of each key, so engine errors can point at the option at fault.
    var keyLines: [String: (line: Int, column: Int)] = [:]
    var firstLine: Int

    static let chartKeys = ["data", "values", "type", "title", "caption", "width", "height", "select", "x", "y",
                            "series", "value", "stacked", "horizontal", "sorted", "yMin", "yMax",
                            "aggregate", "sort", "xTitle", "yTitle", "format", "xFormat", "colors", "annotations",
                            "question", "questions", "by", "minN", "from", "to", "facet"]
    static let tableKeys = ["data", "values", "title", "caption", "select", "fields"]
    static let kpisKeys = ["data", "values", "title", "select"]

    static func keys(for name: String) -> [String] {
        switch name {
        case "chart": return chartKeys
        case "table": return tableKeys
        default: return kpisKeys
        }
    }

    /// `fenceLine` is the file line of the opening fence; the body starts on the next.
    static func parse(name: String, body: String, fenceLine: Int, file: SourceFile) -> Staged<DirectiveSpec?> {
        let firstLine = fenceLine + 1
        let document = YAMLDocument.parse(body, file: file, firstLine: firstLine)
        if !document.diagnostics.isEmpty { return .failure(document) }
        guard let root = document.value, case let .mapping(pairs) = root.value else {
            return .failure(file.error("\(name): expected 'key: value' lines such as 'data: journeys/claims.json'", line: fenceLine))
        }
        var spec = Staged(DirectiveSpec(name: name, firstLine: firstLine))
        func number(_ key: String, _ value: Located<YAMLValue>) -> Double? {
            guard case let .scalar(text, true) = value.value, let n = Double(text), n.isFinite else {
                spec.report(file.error("\(key): expected a number, found \(value.describe)", line: value.line, column: value.column))
                return nil
            }
            return n
        }
        let allowed = keys(for: name)
        for (key, value) in pairs {
            spec.value.keyLines[key.value] = (key.line, key.column)
            guard allowed.contains(key.value) else {
                spec.report(file.error("\(name): unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: allowed),
                                         line: key.line, column: key.column))
                continue
            }
            switch key.value {
            case "data":
                if let text = spec.take(value.string("data", in: file)) {
                    spec.value.data = Located(value: text, line: value.line, column: value.column)
                }
            case "values": spec.value.values = value
            case "type":
                if let text = spec.take(value.string("type", in: file)) {
                    spec.value.type = Located(value: text, line: value.line, column: value.column)
                    spec.value.chartType = ChartType(rawValue: text)
                    // Checked with the other keys, so one bad key does not hide another.
                    if name == "chart", spec.value.chartType == nil {
                        spec.report(file.error("type: unknown chart type '\(text)'"
                            + Suggestion.didYouMean(text, in: ChartType.allCases.map(\.rawValue)), line: value.line, column: value.column))
                    }
                }
            case "title": spec.value.options.title = spec.take(value.string("title", in: file))
            case "caption": spec.value.options.caption = spec.take(value.string("caption", in: file))
            case "width", "height":
                if let n = number(key.value, value) {
                    if n < 100 || n > 4000 {
                        spec.report(file.error("\(key.value): expected a size between 100 and 4000, found \(value.describe)",
                                                 line: value.line, column: value.column))
                    } else if key.value == "width" { spec.value.options.width = n } else { spec.value.options.height = n }
                }
            case "select": spec.value.select = spec.take(value.strings("select", in: file)) ?? []
            case "fields": spec.value.fields = spec.take(value.strings("fields", in: file))?.map(\.value)
            case "x": spec.value.options.x = spec.take(value.string("x", in: file))
            case "y": spec.value.options.y = spec.take(value.strings("y", in: file))?.map(\.value) ?? []
            case "series": spec.value.options.series = spec.take(value.string("series", in: file))
            case "value": spec.value.options.value = spec.take(value.string("value", in: file))
            case "stacked": spec.value.options.stacked = spec.take(value.bool("stacked", in: file)) ?? false
            case "horizontal": spec.value.options.horizontal = spec.take(value.bool("horizontal", in: file)) ?? false
            case "sorted": spec.value.options.sorted = spec.take(value.bool("sorted", in: file)) ?? false
            case "yMin": spec.value.options.yMin = number("yMin", value)
            case "yMax": spec.value.options.yMax = number("yMax", value)
            case "question": spec.value.options.question = spec.take(value.string("question", in: file))
            case "questions": spec.value.options.questions = spec.take(value.strings("questions", in: file))?.map(\.value) ?? []
            case "by": spec.value.options.by = spec.take(value.string("by", in: file))
            case "facet": spec.value.options.facet = spec.take(value.string("facet", in: file))
            case "from": spec.value.options.from = spec.take(value.string("from", in: file))
            case "to": spec.value.options.to = spec.take(value.string("to", in: file))
            case "minN":
                if let n = number("minN", value) {
                    if n >= 1, n <= 1_000_000, n == n.rounded() { spec.value.options.minN = Int(n) } else {
                        spec.report(file.error("minN: expected a whole number of respondents from 1, found \(value.describe)",
                                               line: value.line, column: value.column))
                    }
                }
            case "aggregate", "sort", "xTitle", "yTitle", "format", "xFormat", "colors", "annotations":
                spec.take(ChartOptionReader.read(key.value, value, into: &spec.value.options, file: file))
            default: break
            }
        }
        if spec.value.data == nil && spec.value.values == nil && spec.diagnostics.isEmpty {
            spec.report(file.error("\(name): needs 'data: PATH' (a file under Content/data) or inline 'values'", line: fenceLine))
        }
        if spec.value.data != nil && spec.value.values != nil, let line = spec.value.keyLines["values"] {
            spec.report(file.error("\(name): give either 'data' or 'values', not both", line: line.line, column: line.column))
        }
        if let min = spec.value.options.yMin, let max = spec.value.options.yMax, min >= max, let line = spec.value.keyLines["yMax"] {
            spec.report(file.error("yMax: expected a value above yMin (\(min))", line: line.line, column: line.column))
        }
        return spec.diagnostics.isEmpty ? spec.map { $0 } : .failure(spec)
    }

    func line(of key: String) -> (line: Int, column: Int) {
        keyLines[key] ?? (firstLine - 1, 1)
    }
}
