import TouchpointCharts

/// Pre-aggregated survey results:
/// `{"kind":"survey","questions":[{"id","type","text"?,"scale"?,"labels"?,"counts":{"0":12,…,"10":40}}]}`.
/// Each count is that many respondents giving that answer (a number on the scale, or a label).
enum SurveyKind {
    static func check(_ root: Fields, _ checker: inout DataChecker) -> Survey {
        guard let items = checker.objects(root, "questions", empty: "expected at least one question, found an empty array") else {
            return Survey(questions: [], responses: [])
        }
        var ids: [String: JSONPath] = [:]
        var questions: [SurveyQuestion] = []
        var responses: [SurveyResponse] = []
        for item in items {
            let id = checker.uniqueText(item, "id", "id", seen: &ids) ?? ""
            let text = checker.optionalText(item, "text") ?? ""
            let kind = checker.required(item, "type").flatMap { value, path in
                checker.choice(value, path, "type", SurveyQuestion.Kind.allCases.map(\.rawValue)).flatMap(SurveyQuestion.Kind.init(rawValue:))
            } ?? .nps
            var scale = 5
            if kind != .nps, let number = checker.optionalNumber(item, "scale") {
                if number == 5 || number == 7 { scale = Int(number) } else if let (value, path) = checker.optional(item, "scale") {
                    checker.fail(value.offset, path, "expected 5 or 7, found \(DataChecker.format(number))")
                }
            }
            var labels: [String] = []
            if let (value, path) = checker.optional(item, "labels"), let list = checker.array(value, path) {
                labels = list.enumerated().compactMap { checker.text($0.element, path.index($0.offset)) }
            }
            let question = SurveyQuestion(id: id, kind: kind, text: text, scale: scale, labels: labels)
            if !labels.isEmpty, labels.count != question.answers.count, let (value, path) = checker.optional(item, "labels") {
                checker.fail(value.offset, path, "expected \(question.answers.count) labels, lowest answer first, found \(labels.count)")
            }
            let index = questions.count
            questions.append(question)
            guard let (value, path) = checker.required(item, "counts"), let counts = checker.object(value, path) else { continue }
            for member in counts.object.members {
                let memberPath = path.key(member.key)
                guard let count = checker.number(member.value, memberPath, .nonNegative) else { continue }
                guard let whole = Int(exactly: count) else {
                    checker.fail(member.value.offset, memberPath, "expected a whole number of respondents, found \(DataChecker.format(count))")
                    continue
                }
                switch SurveyCSV.answer(member.key, to: question, decimalComma: false) {
                case let .success(answer):
                    guard whole > 0 else { continue }
                    var answers = [Int?](repeating: nil, count: items.count)
                    answers[index] = answer
                    responses.append(SurveyResponse(answers: answers, count: whole))
                case let .failure(problem):
                    checker.fail(member.value.offset, memberPath, problem.message)
                }
            }
        }
        // Every response answers one question; the others are not blanks but other people.
        return Survey(questions: questions, responses: responses)
    }
}
