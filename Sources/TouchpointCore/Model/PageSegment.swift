/// `generate: {data: PATH, by: FIELD}` in a page's front matter, with where
/// each part was written, so errors point at it.
struct GenerateSpec: Sendable {
    var data: Located<String>
    var by: Located<String>
    var line: Int
    var column: Int

    static func parse(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<GenerateSpec?> {
        let expected = "generate: expected {data: PATH, by: FIELD}, e.g. {data: survey/panel.csv, by: region}"
        guard case let .mapping(pairs) = value.value else {
            return .failure(file.error(expected + ", found \(value.describe)", line: value.line, column: value.column))
        }
        var out = Staged<GenerateSpec?>(nil)
        var data: Located<String>?, by: Located<String>?
        for (key, item) in pairs {
            switch key.value {
            case "data", "by":
                guard let text = out.take(item.string("generate.\(key.value)", in: file)),
                      !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    out.report(file.error("generate.\(key.value): expected a name, found nothing", line: item.line, column: item.column))
                    continue
                }
                let located = Located(value: text.trimmingCharacters(in: .whitespaces), line: item.line, column: item.column)
                if key.value == "data" { data = located } else { by = located }
            default:
                out.report(file.error("generate: unknown key '\(key.value)'; expected data and by", line: key.line, column: key.column))
            }
        }
        guard out.diagnostics.isEmpty else { return out }
        guard let data, let by else {
            return .failure(file.error(expected + "; \(data == nil ? "data" : "by") is missing", line: value.line, column: value.column))
        }
        out.value = GenerateSpec(data: data, by: by, line: value.line, column: value.column)
        return out
    }
}

/// Which rows a generated page shows: those of `data` whose `field` is `value`.
public struct PageSegment: Sendable {
    /// The page it was made from, e.g. `survey/region.md`.
    var template: String
    /// The data file, as the data store names it (`data/survey/panel.csv`).
    var data: String
    var field: String
    var value: String
    /// Fingerprint of this segment's rows alone: a refresh redraws only the pages whose rows changed.
    var rowsKey: String
}
