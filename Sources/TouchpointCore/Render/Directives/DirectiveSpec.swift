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
                            "series", "value", "stacked", "horizontal", "sorted", "yMin", "yMax"]
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
    static func parse(name: String, body: String, fenceLine: Int, file: SourceFile) -> (DirectiveSpec?, [Diagnostic]) {
        let firstLine = fenceLine + 1
        let root: Located<YAMLValue>?
        switch YAMLDocument.parse(body, file: file, firstLine: firstLine) {
        case let .success(value): root = value
        case let .failure(error): return (nil, [error])
        }
        guard let root, case let .mapping(pairs) = root.value else {
            return (nil, [file.error("\(name): expected 'key: value' lines such as 'data: journeys/claims.json'", line: fenceLine)])
        }
        var spec = DirectiveSpec(name: name, firstLine: firstLine)
        var errors: [Diagnostic] = []
        func number(_ key: String, _ value: Located<YAMLValue>) -> Double? {
            guard case let .scalar(text, true) = value.value, let n = Double(text), n.isFinite else {
                errors.append(file.error("\(key): expected a number, found \(value.describe)", line: value.line, column: value.column))
                return nil
            }
            return n
        }
        let allowed = keys(for: name)
        for (key, value) in pairs {
            spec.keyLines[key.value] = (key.line, key.column)
            guard allowed.contains(key.value) else {
                errors.append(file.error("\(name): unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: allowed),
                                         line: key.line, column: key.column))
                continue
            }
            switch key.value {
            case "data":
                if let text = errors.take(value.string("data", in: file)) {
                    spec.data = Located(value: text, line: value.line, column: value.column)
                }
            case "values": spec.values = value
            case "type":
                if let text = errors.take(value.string("type", in: file)) {
                    spec.type = Located(value: text, line: value.line, column: value.column)
                    spec.chartType = ChartType(rawValue: text)
                    // Checked with the other keys, so one bad key does not hide another.
                    if name == "chart", spec.chartType == nil {
                        errors.append(file.error("type: unknown chart type '\(text)'"
                            + Suggestion.didYouMean(text, in: ChartType.allCases.map(\.rawValue)), line: value.line, column: value.column))
                    }
                }
            case "title": spec.options.title = errors.take(value.string("title", in: file))
            case "caption": spec.options.caption = errors.take(value.string("caption", in: file))
            case "width", "height":
                if let n = number(key.value, value) {
                    if n < 100 || n > 4000 {
                        errors.append(file.error("\(key.value): expected a size between 100 and 4000, found \(value.describe)",
                                                 line: value.line, column: value.column))
                    } else if key.value == "width" { spec.options.width = n } else { spec.options.height = n }
                }
            case "select": spec.select = errors.take(value.strings("select", in: file)) ?? []
            case "fields": spec.fields = errors.take(value.strings("fields", in: file))?.map(\.value)
            case "x": spec.options.x = errors.take(value.string("x", in: file))
            case "y": spec.options.y = errors.take(value.strings("y", in: file))?.map(\.value) ?? []
            case "series": spec.options.series = errors.take(value.string("series", in: file))
            case "value": spec.options.value = errors.take(value.string("value", in: file))
            case "stacked": spec.options.stacked = errors.take(value.bool("stacked", in: file)) ?? false
            case "horizontal": spec.options.horizontal = errors.take(value.bool("horizontal", in: file)) ?? false
            case "sorted": spec.options.sorted = errors.take(value.bool("sorted", in: file)) ?? false
            case "yMin": spec.options.yMin = number("yMin", value)
            case "yMax": spec.options.yMax = number("yMax", value)
            default: break
            }
        }
        if spec.data == nil && spec.values == nil && errors.isEmpty {
            errors.append(file.error("\(name): needs 'data: PATH' (a file under Content/data) or inline 'values'", line: fenceLine))
        }
        if spec.data != nil && spec.values != nil, let line = spec.keyLines["values"] {
            errors.append(file.error("\(name): give either 'data' or 'values', not both", line: line.line, column: line.column))
        }
        if let min = spec.options.yMin, let max = spec.options.yMax, min >= max, let line = spec.keyLines["yMax"] {
            errors.append(file.error("yMax: expected a value above yMin (\(min))", line: line.line, column: line.column))
        }
        return (errors.isEmpty ? spec : nil, errors)
    }

    func line(of key: String) -> (line: Int, column: Int) {
        keyLines[key] ?? (firstLine - 1, 1)
    }
}
