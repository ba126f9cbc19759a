/// The rows of a data file that share one value of a field: what a page per
/// segment (`generate: {data, by}`) draws. The same split as facet panels.
public enum DataSegments {
    public struct Segment: Sendable {
        public var value: String
        public var data: ChartData
    }

    /// Every value of `field` in the data, in the order facets use, with its rows.
    public static func split(_ data: ChartData, by field: String) -> Result<[Segment], ChartError> {
        FacetSplit.split(data, field: field, limit: nil, option: "by").map { split in
            split.panels.map { Segment(value: $0.value, data: $0.data) }
        }
    }
}
