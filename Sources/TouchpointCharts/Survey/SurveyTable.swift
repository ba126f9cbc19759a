/// A survey as a table: one row per question with its n and its result,
/// the numbers a report quotes (an NPS with its margin, a mean with its top-2-box).
enum SurveyTable {
    static func make(_ survey: Survey, locale: ChartLocale) -> DataTable {
        let rows = survey.questions.indices.map { index -> [String] in
            let question = survey.questions[index]
            let tally = SurveyStatistics.tally(survey, question: index)
            let blank = index < survey.blanks.count ? survey.blanks[index] : 0
            return [question.text.isEmpty ? question.id : question.text, question.kind.rawValue,
                    SurveyWords.count(tally.n, locale), result(question, tally, locale),
                    SurveyWords.count(blank, locale)]
        }
        return DataTable(columns: ["Question", "Type", "n", "Result", "Blank"], numeric: [false, false, true, false, true], rows: rows)
    }

    /// "NPS 35 ± 4", "mean 3.9 of 5; top-2-box 68%", or "–" without answers.
    static func result(_ question: SurveyQuestion, _ tally: SurveyStatistics.Tally, _ locale: ChartLocale) -> String {
        switch question.kind {
        case .nps:
            guard let nps = SurveyStatistics.nps(tally) else { return "–" }
            return locale.localize("NPS \(NumberFormat.fixed(nps.score, decimals: 0)) ± \(NumberFormat.fixed(nps.margin, decimals: 0))")
        case .likert, .rating:
            guard let rating = SurveyStatistics.rating(tally, lowest: question.answers.lowerBound) else { return "–" }
            return locale.localize("mean \(NumberFormat.fixed(rating.mean, decimals: 1)) of \(question.scale); "
                + "top-2-box \(NumberFormat.percent(rating.topTwoBox))")
        }
    }
}
