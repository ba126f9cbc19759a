/// One value of the facet field and the data of its panel.
struct FacetPanel {
    var value: String
    var data: ChartData
    /// For records: the panel's rows within the whole data.
    var rows: [Int]
}

/// Splits a chart's data into one panel per value of the facet field, in the
/// order the values first appear (numbers and waves in their own order).
/// Records without a value are left out with a note, never drawn in a panel of their own.
enum FacetSplit {
    /// More panels than this are a wall no reader compares; a page per value (`generate`) reads better.
    static let maxPanels = 24

    struct Split {
        var panels: [FacetPanel]
        var label: String
        var notes: [String]
    }

    /// `limit` caps the number of values; `option` names the key at fault in errors (`facet`, `by`).
    static func split(_ data: ChartData, field: String, limit: Int? = maxPanels, option: String = "facet") -> Result<Split, ChartError> {
        let result: Result<Split, ChartError>
        switch data {
        case .records(let records): result = split(records, field: field, option: option)
        case .survey(let survey): result = split(survey, field: field, option: option)
        default:
            return .failure(ChartError("\(option): only records and survey responses split by a field; "
                + "\(ChartEngine.kindName(data)) data has no field to split by", option: option))
        }
        return result.flatMap { split in
            if split.panels.isEmpty {
                return .failure(ChartError("\(option): no record has a value for \(Phrase.quoted(field))", option: option))
            }
            if let limit, split.panels.count > limit {
                return .failure(ChartError("\(option): \(Phrase.quoted(field)) has \(split.panels.count) values, more small "
                    + "multiples than a reader can compare (at most \(limit)); filter the data, facet by a coarser field, "
                    + "or give each value its own page with 'generate: {data: …, by: \(field)}'", option: option))
            }
            return .success(split)
        }
    }

    static func split(_ records: Records, field: String, option: String) -> Result<Split, ChartError> {
        let available = RecordFields.available(records)
        guard available.contains(field) else {
            return .failure(ChartError("\(option): no record has the field \(Phrase.quoted(field))"
                + Suggestion.didYouMean(field, in: available), option: option))
        }
        var order: [String] = []
        var rowsOf: [String: [Int]] = [:]
        var missing = 0
        for (index, row) in records.rows.enumerated() {
            guard RecordFields.isPresent(row[field]) else { missing += 1; continue }
            let value = RecordFields.text(row[field])
            if rowsOf[value] == nil { order.append(value) }
            rowsOf[value, default: []].append(index)
        }
        if records.rows.allSatisfy({ row in
            if case .number? = row[field] { return true }
            return !RecordFields.isPresent(row[field])
        }) {
            order.sort { (Double($0) ?? 0) < (Double($1) ?? 0) }
        }
        let panels = order.map { value -> FacetPanel in
            let rows = rowsOf[value] ?? []
            let subset = Records(fields: records.fields, rows: rows.map { records.rows[$0] }, info: records.info)
            return FacetPanel(value: value, data: .records(subset), rows: rows)
        }
        let notes = missing > 0 ? [Phrase.leftOut(missing, what: "record", field: field)] : []
        return .success(Split(panels: panels, label: records.label(field), notes: notes))
    }

    /// The respondents whose `column` is `value`, with their own count of blanks.
    static func respondents(of survey: Survey, column: Int, value: String) -> Survey {
        var panel = survey
        panel.responses = survey.responses.filter { $0.groups.count > column && $0.groups[column] == value }
        panel.blanks = survey.questions.indices.map { question in
            panel.responses.reduce(0) { $0 + ($1.answers.count > question && $1.answers[question] == nil ? $1.count : 0) }
        }
        return panel
    }

    static func split(_ survey: Survey, field: String, option: String) -> Result<Split, ChartError> {
        guard let column = survey.groupColumn(field) else {
            let known = survey.groupColumns
            return .failure(ChartError("\(option): '\(field)' is not a segment or the wave of this survey"
                + (known.isEmpty ? "; the sidecar names none" : Suggestion.didYouMean(field, in: known)
                    + " (\(known.joined(separator: ", ")))"), option: option))
        }
        let values = SurveyStatistics.groups(survey, column: column)
        let panels = values.map { value in
            FacetPanel(value: value, data: .survey(respondents(of: survey, column: column, value: value)), rows: [])
        }
        let unassigned = survey.responses.reduce(0) { total, response in
            total + (response.groups.count > column && !response.groups[column].isEmpty ? 0 : response.count)
        }
        let notes = unassigned > 0 ? ["\(Phrase.plural(unassigned, "respondent")) without a \(field) are left out"] : []
        return .success(Split(panels: panels, label: field, notes: notes))
    }
}
