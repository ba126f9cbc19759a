/// A Likert battery as diverging bars centred on the neutral answer:
/// disagreement to the left, agreement to the right, the neutral share split
/// across the middle. Items are sorted by agreement (top-2-box), each with its n.
/// With `by`, one item is shown per group instead.
enum LikertChart {
    static func render(_ survey: Survey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let items: [Int]
        switch chosenItems(survey, ctx.options) {
        case let .success(found): items = found
        case let .failure(error): return .failure(error)
        }
        let groups: [SurveyChoice.Group]
        switch SurveyChoice.groups(survey, by: ctx.options.by) {
        case let .success(found): groups = found
        case let .failure(error): return .failure(error)
        }
        if ctx.options.by != nil, items.count > 1 {
            return .failure(ChartError("by: a likert chart breaks down one question; name it with question: ID", option: "by"))
        }
        let scale = survey.questions[items[0]].scale
        let minN = ctx.options.minN ?? SurveyStatistics.defaultMinN
        let locale = ctx.request.locale
        // One row per item, or per group of the one item; sorted by agreement when they are items.
        var results: [(label: String, rating: SurveyStatistics.Rating)] = []
        if ctx.options.by != nil {
            results = groups.compactMap { group in
                SurveyStatistics.rating(SurveyStatistics.tally(survey, question: items[0], where: group.include)).map { (group.label, $0) }
            }
        } else {
            // Panels of a facet grid list the items in one order: by everyone's agreement.
            var agreement: [String: Double] = [:]
            results = items.compactMap { index in
                let question = survey.questions[index]
                let label = question.text.isEmpty ? question.id : question.text
                let rating = SurveyStatistics.rating(SurveyStatistics.tally(survey, question: index))
                let everyone = ctx.facet?.survey.map { SurveyStatistics.rating(SurveyStatistics.tally($0, question: index)) } ?? rating
                agreement[label] = everyone?.topTwoBox ?? 0
                return rating.map { (label, $0) }
            }
            results.sort { a, b in
                let first = agreement[a.label] ?? 0, second = agreement[b.label] ?? 0
                return first != second ? first > second : a.label < b.label
            }
        }
        guard !results.isEmpty else { return .failure(ChartError("nobody answered these questions", option: "questions")) }

        let names = answerNames(survey.questions[items[0]])
        let colors = palette(scale)
        let middle = scale / 2
        func percent(_ share: Double) -> String { SurveyWords.percent(share, locale) }
        let rows = results.map { label, rating -> StackedRows.Row in
            // The bar starts left of the centre by the disagreeing shares and half the neutral one.
            var start = -(rating.shares[..<middle].reduce(0, +) + rating.shares[middle] / 2)
            let segments = rating.shares.enumerated().map { point, share -> StackedRows.Segment in
                defer { start += share }
                return StackedRows.Segment(start: start, width: share, color: colors[point].fill, ink: colors[point].ink,
                                           label: percent(share), title: "\(label): \(names[point]) \(percent(share))")
            }
            return StackedRows.Row(label: label, segments: segments, result: "\(percent(rating.topTwoBox)) agree",
                                   detail: "n = \(SurveyWords.count(rating.n, locale))", faint: rating.n < minN)
        }
        // The wider side of the widest bar: the bars share one scale, centred.
        var reach = 0.0
        for result in results {
            let shares = result.rating.shares
            let left: Double = shares[..<middle].reduce(0, +)
            let right: Double = shares[(middle + 1)...].reduce(0, +)
            reach = Swift.max(reach, Swift.max(left, right) + shares[middle] / 2)
        }
        reach = Swift.max(reach, ctx.sharedValues.max() ?? 0)
        if reach <= 0 { reach = 1 }
        let legend = names.enumerated().map { LegendItem(label: $0.element, color: colors[$0.offset].fill, key: .swatch) }
        let title = ctx.title(ctx.options.by != nil ? survey.questions[items[0]].text : "Agreement")
        let canvas = StackedRows.chart(rows, domain: (-reach, reach), center: 0.0, title: title, legend: legend, ctx: ctx)
        let notes = SurveyWords.smallGroups(results.filter { $0.rating.n < minN }
            .map { "\($0.label) (n = \(SurveyWords.count($0.rating.n, locale)))" }, minN: minN)
        return ctx.output(canvas, title: title, summary: summary(results, locale: locale),
                          table: table(results, names: names, locale: locale), notes: notes, values: [-reach, reach])
    }

    /// `questions`, else `question`, else every Likert question; all on one scale.
    static func chosenItems(_ survey: Survey, _ options: ChartOptions) -> Result<[Int], ChartError> {
        let ids = options.questions.isEmpty ? options.question.map { [$0] } : options.questions
        var items: [Int] = []
        if let ids {
            for id in ids {
                switch SurveyChoice.question(survey, id, kinds: [.likert, .rating], chart: "likert") {
                case let .success(index): items.append(index)
                case let .failure(error): return .failure(ChartError(error.message, option: options.questions.isEmpty ? "question" : "questions"))
                }
            }
        } else {
            items = survey.questions.indices.filter { survey.questions[$0].kind == .likert }
            guard !items.isEmpty else {
                return .failure(ChartError("a likert chart needs likert questions; this survey has none", option: "questions"))
            }
        }
        let scales = Set(items.map { survey.questions[$0].scale })
        guard scales.count == 1 else {
            return .failure(ChartError("questions: these questions use \(scales.sorted().map(String.init).joined(separator: " and "))-point "
                + "scales; a likert chart shows one scale", option: "questions"))
        }
        return .success(items)
    }

    /// The question's labels, else "1" … "N" with the ends named.
    static func answerNames(_ question: SurveyQuestion) -> [String] {
        if question.labels.count == question.scale { return question.labels }
        return question.answers.map { answer in
            answer == question.answers.lowerBound ? "\(answer) (lowest)" : answer == question.answers.upperBound ? "\(answer) (highest)" : "\(answer)"
        }
    }

    /// Okabe–Ito hues, warm for disagreement and cool for agreement, grey in the middle.
    static func palette(_ scale: Int) -> [(fill: String, ink: String)] {
        let dark = "#ffffff", light = "#1a1d23"
        let disagree: [(String, String)] = [(Palette.bad, dark), ("#E69F00", light), ("#F0E442", light)]
        let agree: [(String, String)] = [("#56B4E9", light), ("#0072B2", dark), ("#1F3F73", dark)]
        let side = scale / 2
        return Array(disagree.prefix(side)) + [(Palette.neutral, dark)] + Array(agree.prefix(side))
    }

    /// "Agreement is highest for 'Staff were friendly' (82%) and lowest for 'The price was fair' (41%)."
    static func summary(_ results: [(label: String, rating: SurveyStatistics.Rating)], locale: ChartLocale) -> String {
        guard let high = results.max(by: { $0.rating.topTwoBox < $1.rating.topTwoBox }),
              let low = results.min(by: { $0.rating.topTwoBox < $1.rating.topTwoBox }) else { return "No answers." }
        func percent(_ share: Double) -> String { SurveyWords.percent(share, locale) }
        guard results.count > 1 else { return "\(percent(high.rating.topTwoBox)) agree with '\(high.label)' (n = \(high.rating.n))." }
        return "Agreement (top-2-box) is highest for '\(high.label)' (\(percent(high.rating.topTwoBox))) and lowest for "
            + "'\(low.label)' (\(percent(low.rating.topTwoBox)))."
    }

    static func table(_ results: [(label: String, rating: SurveyStatistics.Rating)], names: [String], locale: ChartLocale) -> DataTable {
        func percent(_ share: Double) -> String { SurveyWords.percent(share, locale) }
        return DataTable(columns: ["Item", "n"] + names + ["Top-2-box", "Mean"],
                         numeric: [false] + Array(repeating: true, count: names.count + 3),
                         rows: results.map { label, rating in
                             [label, SurveyWords.count(rating.n, locale)] + rating.shares.map(percent)
                                 + [percent(rating.topTwoBox), locale.localize(NumberFormat.fixed(rating.mean, decimals: 1))]
                         })
    }
}
