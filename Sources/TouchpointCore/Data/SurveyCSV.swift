import TouchpointCharts

/// Raw survey responses, one row per respondent, as the sidecar describes
/// them. An answer out of its scale, a label no question has, a weight that
/// is not positive: each an error at `path:row:col`. A blank answer is
/// skipped and counted, never read as zero.
enum SurveyCSV {
    /// Errors reported per column; a column wrong throughout says so once in a summary.
    static let errorsPerColumn = 10

    static func read(_ table: CSVFile.Table, spec: SurveySidecar, decimalComma: Bool, file: SourceFile) -> Staged<Survey?> {
        var out = Staged<Survey?>(nil)
        let sidecarFile = SourceFile(displayPath: file.displayPath + ".yml")
        func column(_ name: Located<String>, _ role: String) -> Int? {
            guard let index = table.header.firstIndex(of: name.value) else {
                out.report(sidecarFile.error("\(role): no column '\(name.value)' in the CSV header"
                    + Suggestion.didYouMean(name.value, in: table.header), line: name.line, column: name.column))
                return nil
            }
            return index
        }
        let questionColumns = spec.questions.map { column(Located(value: $0.question.id, line: $0.line, column: $0.column),
                                                          "questions.\($0.question.id)") }
        var groupNames = spec.segments
        if let wave = spec.wave { groupNames.append(wave) }
        let groupColumns = groupNames.map { column($0, $0.value == spec.wave?.value ? "wave" : "segments") }
        let weightColumn = spec.weight.flatMap { column($0, "weight") }
        guard out.diagnostics.isEmpty else { return out }

        var errors: [Int: Int] = [:]
        func fail(_ message: String, row: Int, column: Int) {
            errors[column, default: 0] += 1
            if errors[column, default: 0] <= errorsPerColumn { out.report(file.error(message, line: row, column: column + 1)) }
        }
        let questions = spec.questions.map(\.question)
        var blanks = Array(repeating: 0, count: questions.count)
        var responses: [SurveyResponse] = []
        responses.reserveCapacity(table.rows.count)
        for row in table.rows {
            func cell(_ index: Int) -> String { index < row.cells.count ? trimmed(row.cells[index]) : "" }
            var weight = 1.0
            if let weightColumn {
                let text = cell(weightColumn)
                if let number = NumberText.parse(text, decimalComma: decimalComma), number > 0, number.isFinite {
                    weight = number
                } else {
                    fail(text.isEmpty ? "a blank weight; every respondent needs a positive weight"
                         : "expected a positive weight, found '\(text)'", row: row.number, column: weightColumn)
                    continue
                }
            }
            var answers: [Int?] = []
            answers.reserveCapacity(questions.count)
            for (index, question) in questions.enumerated() {
                guard let position = questionColumns[index] else { answers.append(nil); continue }
                let text = cell(position)
                if text.isEmpty {
                    blanks[index] += 1
                    answers.append(nil)
                    continue
                }
                switch answer(text, to: question, decimalComma: decimalComma) {
                case let .success(value): answers.append(value)
                case let .failure(problem):
                    fail(problem.message, row: row.number, column: position)
                    answers.append(nil)
                }
            }
            let groups = groupColumns.map { $0.map(cell) ?? "" }
            responses.append(SurveyResponse(answers: answers, groups: groups, weight: weight))
        }
        for (index, count) in errors.sorted(by: { $0.key < $1.key }) where count > errorsPerColumn {
            out.report(file.error("\(count - errorsPerColumn) more problems in column '\(table.header[index])'",
                                  line: table.rows.last?.number ?? 1, column: index + 1))
        }
        guard out.diagnostics.isEmpty else { return out }
        out.value = Survey(questions: questions, groupColumns: groupNames.map(\.value), wave: spec.wave?.value,
                           responses: responses, blanks: blanks, weighted: weightColumn != nil)
        return out
    }

    /// Spaces around a cell dropped; a cell without any (nearly all) is returned as it is.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return blank(first) || blank(last) ? text.trimmingCharacters(in: .whitespaces) : text
    }

    struct Problem: Error { var message: String }

    /// A whole number on the question's scale, or one of its labels (case and spaces aside).
    static func answer(_ text: String, to question: SurveyQuestion, decimalComma: Bool) -> Result<Int, Problem> {
        let range = question.answers
        // Nearly every answer is one or two digits.
        if text.utf8.count <= 2, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
           let whole = Int(text), range.contains(whole) { return .success(whole) }
        let scale = "\(range.lowerBound) to \(range.upperBound)"
        if let number = NumberText.parse(text, decimalComma: decimalComma) {
            guard let whole = Int(exactly: number) else {
                return .failure(Problem(message: "'\(question.id)': expected a whole answer from \(scale), found \(text)"))
            }
            guard range.contains(whole) else {
                return .failure(Problem(message: "'\(question.id)': the answer \(text) is outside the scale \(scale)"))
            }
            return .success(whole)
        }
        let wanted = text.lowercased()
        if let index = question.labels.firstIndex(where: { $0.lowercased() == wanted }) { return .success(range.lowerBound + index) }
        let choices = question.labels.isEmpty ? "" : " or one of: " + question.labels.joined(separator: ", ")
        return .failure(Problem(message: "'\(question.id)': unknown answer '\(text)'; expected \(scale)\(choices)"
            + Suggestion.didYouMean(text, in: question.labels)))
    }
}
