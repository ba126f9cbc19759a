/// The fields a generic chart draws, checked against the records.
struct RecordFields {
    var x: String
    var y: [String]
    var series: String?
    var value: String?

    static func number(_ v: RecordValue?) -> Double? {
        switch v {
        // Text is never read as a number: the loaders refuse numbers written
        // as text where they can point at them, and a chart of a text field says so.
        case .number(let d)?: return d.isFinite ? d : nil
        case .bool(let b)?: return b ? 1 : 0
        default: return nil
        }
    }

    /// Text for categories; nil for a missing or null value.
    static func text(_ v: RecordValue?) -> String {
        switch v {
        case .number(let d)?: return NumberFormat.trimmed(d, maxDecimals: 6, grouping: false)
        case .text(let s)?: return s
        case .bool(let b)?: return b ? "true" : "false"
        default: return ""
        }
    }

    static func isPresent(_ v: RecordValue?) -> Bool {
        switch v {
        case .none, .null?: return false
        case .number(let d)?: return d.isFinite
        default: return true
        }
    }

    /// Fields present in some record, in first-seen order.
    static func available(_ r: Records) -> [String] {
        var seen = r.fields
        for row in r.rows { for k in row.keys.sorted() where !seen.contains(k) { seen.append(k) } }
        return seen
    }

    static func missing(_ field: String, option: String, _ r: Records) -> ChartError {
        let list = available(r).map { Phrase.quoted($0) }.joined(separator: ", ")
        return ChartError("no record has the field \(Phrase.quoted(field)) (option '\(option)'); available fields: \(list.isEmpty ? "none" : list)", option: option)
    }

    static func resolve(_ r: Records, _ o: ChartOptions, needsSeries: Bool, needsValue: Bool = false) -> Result<RecordFields, ChartError> {
        guard !r.rows.isEmpty else { return .failure(ChartError("there are no records to draw", option: "data")) }
        let fields = available(r)
        func exists(_ f: String) -> Bool { r.rows.contains { $0[f] != nil } }
        guard let x = o.x ?? fields.first else { return .failure(ChartError("the records have no fields", option: "x")) }
        guard exists(x) else { return .failure(missing(x, option: "x", r)) }
        var y = o.y
        if y.isEmpty {
            if let f = fields.first(where: { f in f != x && f != o.series && f != o.value && r.rows.contains { number($0[f]) != nil } }) {
                y = [f]
            } else {
                return .failure(ChartError("no numeric field to chart; set 'y' to one of: \(fields.map { Phrase.quoted($0) }.joined(separator: ", "))", option: "y"))
            }
        }
        for f in y where !exists(f) { return .failure(missing(f, option: "y", r)) }
        if let s = o.series, !exists(s) { return .failure(missing(s, option: "series", r)) }
        if let v = o.value, !exists(v) { return .failure(missing(v, option: "value", r)) }
        if needsValue && o.value == nil { return .failure(ChartError("a heatmap needs 'value' naming the numeric field for the colour", option: "value")) }
        // A heatmap's y is a category; its measure is 'value'.
        let measures = needsValue ? [(o.value ?? "", "value")] : y.map { ($0, "y") }
        for (f, option) in measures { if let e = textMeasure(f, option: option, r) { return .failure(e) } }
        return .success(RecordFields(x: x, y: y, series: o.series, value: o.value))
    }

    /// A measure whose values are all text is an error naming a sample.
    private static func textMeasure(_ f: String, option: String, _ r: Records) -> ChartError? {
        guard !r.rows.contains(where: { number($0[f]) != nil }) else { return nil }
        guard let sample = r.rows.lazy.compactMap({ row -> String? in
            if case .text(let s)? = row[f] { return s } else { return nil } }).first else { return nil }
        return ChartError("\(Phrase.quoted(f)) holds text such as \"\(sample)\", not numbers; "
            + "write the values as numbers (a unit belongs in the file's field description), "
            + "or chart another field", option: option)
    }
}
