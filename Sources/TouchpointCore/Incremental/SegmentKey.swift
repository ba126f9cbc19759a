import TouchpointCharts

/// The fingerprint of one segment's rows (and of what every segment shares:
/// fields, labels, questions, provenance), written out in a fixed order so it
/// is the same in every process: equal keys, equal segment pages.
enum SegmentKey {
    static func of(_ data: ChartData, provenance: Provenance) -> String {
        var f = Fingerprint()
        f.add(provenance.source ?? "\u{0}")
        f.add(provenance.asOf ?? "\u{0}")
        switch data {
        case .records(let records):
            f.add(records.fields.joined(separator: "\u{1F}"))
            for field in records.info.keys.sorted() { f.add(field); f.add(String(describing: records.info[field])) }
            for row in records.rows {
                f.add(row.keys.sorted().map { "\($0)=\(String(describing: row[$0]))" }.joined(separator: "\u{1F}"))
            }
        case .survey(let survey):
            f.add(String(describing: survey.questions))
            f.add(survey.groupColumns.joined(separator: "\u{1F}"))
            f.add(survey.wave ?? "\u{0}")
            f.add(survey.weighted ? "weighted" : "-")
            for response in survey.responses { f.add(String(describing: response)) }
        default:
            f.add(String(describing: data))
        }
        return f.hex
    }
}
