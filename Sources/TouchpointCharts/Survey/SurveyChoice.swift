/// What a survey chart shows: which question, and which groups of respondents.
enum SurveyChoice {
    struct Group {
        var label: String
        var include: (SurveyResponse) -> Bool
    }

    /// The question named by `id`, else the survey's first of `kinds`.
    static func question(_ survey: Survey, _ id: String?, kinds: Set<SurveyQuestion.Kind>, chart: String) -> Result<Int, ChartError> {
        let fitting = survey.questions.filter { kinds.contains($0.kind) }.map(\.id)
        let wanted = kinds.map(\.rawValue).sorted().joined(separator: " or ")
        guard let id else {
            guard let first = survey.questions.firstIndex(where: { kinds.contains($0.kind) }) else {
                return .failure(ChartError("an \(chart) chart needs a \(wanted) question; this survey has none", option: "question"))
            }
            return .success(first)
        }
        guard let index = survey.question(id) else {
            return .failure(ChartError("no question '\(id)' in the survey" + Suggestion.didYouMean(id, in: survey.questions.map(\.id)),
                                       option: "question"))
        }
        guard kinds.contains(survey.questions[index].kind) else {
            return .failure(ChartError("'\(id)' is a \(survey.questions[index].kind.rawValue) question; an \(chart) chart shows "
                + "\(wanted) questions" + (fitting.isEmpty ? "" : ": " + fitting.joined(separator: ", ")), option: "question"))
        }
        return .success(index)
    }

    /// Everyone first, then one group per value of the `by` column (in wave order for the wave column).
    static func groups(_ survey: Survey, by column: String?) -> Result<[Group], ChartError> {
        var groups = [Group(label: "All respondents", include: { _ in true })]
        guard let column else { return .success(groups) }
        guard let index = survey.groupColumn(column) else {
            let known = survey.groupColumns
            return .failure(ChartError("by: '\(column)' is not a segment or the wave of this survey"
                + (known.isEmpty ? "; the sidecar names none" : Suggestion.didYouMean(column, in: known) + " (\(known.joined(separator: ", ")))"),
                option: "by"))
        }
        for value in SurveyStatistics.groups(survey, column: index) {
            groups.append(Group(label: value, include: { $0.groups.count > index && $0.groups[index] == value }))
        }
        return .success(groups)
    }
}
