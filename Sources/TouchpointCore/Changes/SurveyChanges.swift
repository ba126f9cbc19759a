import TouchpointCharts

/// Survey results against the baseline's: each NPS overall and per segment
/// value, said to be beyond or within the margin of error; each rating's
/// top-2-box share.
enum SurveyChanges {
    static func compare(_ before: Survey, _ after: Survey, file: String) -> [DataChange] {
        var changes: [DataChange] = []
        for question in after.questions {
            guard let old = before.question(question.id), let new = after.question(question.id),
                  before.questions[old].kind == question.kind else { continue }
            // Question texts are long; changes name the question by its id.
            let name = question.id
            // Overall, then (for NPS) every value of every column both versions break results down by;
            // a battery's statements are compared overall, or a refresh would list dozens of small moves.
            var groups: [(label: String, old: (SurveyResponse) -> Bool, new: (SurveyResponse) -> Bool)] = [("", { _ in true }, { _ in true })]
            for column in after.groupColumns where column != after.wave && question.kind == .nps {
                guard let oldColumn = before.groupColumn(column), let newColumn = after.groupColumn(column) else { continue }
                let values = Set(SurveyStatistics.groups(before, column: oldColumn)).intersection(SurveyStatistics.groups(after, column: newColumn))
                for value in values.sorted() {
                    groups.append((" › \(column): \(value)", { $0.groups[oldColumn] == value }, { $0.groups[newColumn] == value }))
                }
            }
            for group in groups {
                let was = SurveyStatistics.tally(before, question: old, where: group.old)
                let now = SurveyStatistics.tally(after, question: new, where: group.new)
                if let change = change(question, name + group.label, was, now, file: file) { changes.append(change) }
            }
        }
        return changes
    }

    static func change(_ question: SurveyQuestion, _ item: String, _ was: SurveyStatistics.Tally, _ now: SurveyStatistics.Tally,
                       file: String) -> DataChange? {
        switch question.kind {
        case .nps:
            guard let before = SurveyStatistics.nps(was), let after = SurveyStatistics.nps(now),
                  before.score.rounded() != after.score.rounded() else { return nil }
            var change = DataChange(file: file, kind: .moved, item: item, measure: "NPS",
                                    before: before.score.rounded(), after: after.score.rounded())
            change.scale = 200
            change.better = after.score > before.score
            change.margin = (before.margin * before.margin + after.margin * after.margin).squareRoot().rounded()
            return change
        case .likert, .rating:
            guard let before = SurveyStatistics.rating(was, lowest: question.answers.lowerBound),
                  let after = SurveyStatistics.rating(now, lowest: question.answers.lowerBound) else { return nil }
            let old = (before.topTwoBox * 100).rounded(), new = (after.topTwoBox * 100).rounded()
            guard old != new else { return nil }
            var change = DataChange(file: file, kind: .moved, item: item, measure: "top-2-box", before: old, after: new)
            change.unit = "%"
            change.scale = 100
            change.better = new > old
            return change
        }
    }
}
