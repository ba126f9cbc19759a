/// NPS as one stacked bar per group (a segment or a wave): detractors,
/// passives and promoters as shares of 100%, with the score and its 95%
/// margin of error beside each bar. Small groups are drawn faint, never dropped.
enum NPSChart {
    static func render(_ survey: Survey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let question: Int
        switch SurveyChoice.question(survey, ctx.options.question, kinds: [.nps], chart: "nps") {
        case let .success(index): question = index
        case let .failure(error): return .failure(error)
        }
        let groups: [SurveyChoice.Group]
        switch SurveyChoice.groups(survey, by: ctx.options.by) {
        case let .success(found): groups = found
        case let .failure(error): return .failure(error)
        }
        let minN = ctx.options.minN ?? SurveyStatistics.defaultMinN
        let locale = ctx.request.locale
        let results = groups.compactMap { group -> (SurveyChoice.Group, SurveyStatistics.NPS)? in
            SurveyStatistics.nps(SurveyStatistics.tally(survey, question: question, where: group.include)).map { (group, $0) }
        }
        guard !results.isEmpty else { return .failure(ChartError("nobody answered '\(survey.questions[question].id)'", option: "question")) }

        func percent(_ share: Double) -> String { SurveyWords.percent(share, locale) }
        let rows = results.map { group, nps -> StackedRows.Row in
            let parts: [(Double, String, String, String)] = [
                (nps.detractors, Palette.bad, "#ffffff", "Detractors"), (nps.passives, Palette.neutral, "#ffffff", "Passives"),
                (nps.promoters, Palette.good, "#ffffff", "Promoters"),
            ]
            var start = 0.0
            let segments = parts.map { share, color, ink, name -> StackedRows.Segment in
                defer { start += share }
                return StackedRows.Segment(start: start, width: share, color: color, ink: ink, label: percent(share),
                                           title: "\(group.label): \(name.lowercased()) \(percent(share))")
            }
            return StackedRows.Row(label: group.label, segments: segments, result: "NPS \(score(nps, locale))",
                                   detail: "n = \(SurveyWords.count(nps.n, locale))", faint: nps.n < minN)
        }
        let legend = [LegendItem(label: "Detractors (0–6)", color: Palette.bad, key: .swatch),
                      LegendItem(label: "Passives (7–8)", color: Palette.neutral, key: .swatch),
                      LegendItem(label: "Promoters (9–10)", color: Palette.good, key: .swatch)]
        let text = survey.questions[question].text
        let title = ctx.title(text.isEmpty ? "Net Promoter Score" : "Net Promoter Score: \(text)")
        let canvas = StackedRows.chart(rows, domain: (0, 1), title: title, legend: legend, ctx: ctx)
        let notes = SurveyWords.smallGroups(results.filter { $0.1.n < minN }.map { "\($0.0.label) (n = \(SurveyWords.count($0.1.n, locale)))" },
                                            minN: minN)
        return ctx.output(canvas, title: title, summary: summary(results, locale: locale, minN: minN),
                          table: table(results, locale: locale), notes: notes)
    }

    /// "35 ± 4".
    static func score(_ nps: SurveyStatistics.NPS, _ locale: ChartLocale) -> String {
        locale.localize("\(NumberFormat.fixed(nps.score, decimals: 0)) ± \(NumberFormat.fixed(nps.margin, decimals: 0))")
    }

    /// "NPS 35 ± 4 (n = 6,240); promoters 48%, detractors 13%; highest in North (41), lowest in West (28)."
    static func summary(_ results: [(SurveyChoice.Group, SurveyStatistics.NPS)], locale: ChartLocale, minN: Int) -> String {
        guard let (_, overall) = results.first else { return "No answers." }
        var text = "NPS \(score(overall, locale)) (n = \(SurveyWords.count(overall.n, locale))); promoters "
            + "\(SurveyWords.percent(overall.promoters, locale)), detractors \(SurveyWords.percent(overall.detractors, locale))"
        let groups = results.dropFirst().filter { $0.1.n >= minN }
        if groups.count >= 2, let high = groups.max(by: { $0.1.score < $1.1.score }), let low = groups.min(by: { $0.1.score < $1.1.score }) {
            text += "; highest in \(high.0.label) (\(NumberFormat.fixed(high.1.score, decimals: 0))), "
                + "lowest in \(low.0.label) (\(locale.localize(NumberFormat.fixed(low.1.score, decimals: 0))))"
        }
        return text + "."
    }

    static func table(_ results: [(SurveyChoice.Group, SurveyStatistics.NPS)], locale: ChartLocale) -> DataTable {
        func percent(_ share: Double) -> String { SurveyWords.percent(share, locale) }
        return DataTable(columns: ["Group", "n", "Promoters", "Passives", "Detractors", "NPS", "± (95%)"],
                         numeric: [false, true, true, true, true, true, true],
                         rows: results.map { group, nps in
                             [group.label, SurveyWords.count(nps.n, locale), percent(nps.promoters), percent(nps.passives), percent(nps.detractors),
                              locale.localize(NumberFormat.fixed(nps.score, decimals: 0)),
                              locale.localize(NumberFormat.fixed(nps.margin, decimals: 0))]
                         })
    }
}
