/// The rows of a data file that share one value of a field: what a page per
/// segment (`generate: {data, by}`) draws. The same split as facet panels.
public enum DataSegments {
    public struct Segment: Sendable {
        public var value: String
        public var data: ChartData
    }

    /// The rows whose `field` is `value`: one segment, without splitting the rest (a page per segment draws only its own).
    public static func rows(of data: ChartData, field: String, value: String) -> ChartData {
        switch data {
        case .records(let records):
            let rows = records.rows.filter { RecordFields.isPresent($0[field]) && RecordFields.text($0[field]) == value }
            return .records(Records(fields: records.fields, rows: rows, info: records.info))
        case .survey(let survey):
            guard let column = survey.groupColumn(field) else { return data }
            return .survey(FacetSplit.respondents(of: survey, column: column, value: value))
        default:
            return data
        }
    }

    /// Every value of `field` in the data, in the order facets use, with its rows.
    public static func split(_ data: ChartData, by field: String) -> Result<[Segment], ChartError> {
        FacetSplit.split(data, field: field, limit: nil, option: "by").map { split in
            split.panels.map { Segment(value: $0.value, data: $0.data) }
        }
    }
}
