/// The spread of one question's answers: a bar per answer (0–10, or 1–N),
/// its weighted share written above it. NPS answers are coloured as
/// detractors, passives and promoters; ratings in one colour.
enum DistributionChart {
    static func render(_ survey: Survey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let index: Int
        switch SurveyChoice.question(survey, ctx.options.question, kinds: [.nps, .likert, .rating], chart: "distribution") {
        case let .success(found): index = found
        case let .failure(error): return .failure(error)
        }
        if ctx.options.by != nil {
            return .failure(ChartError("by: a distribution shows everyone's answers to one question; "
                + "for groups use an nps or likert chart with by", option: "by"))
        }
        let question = survey.questions[index]
        let tally = SurveyStatistics.tally(survey, question: index)
        guard tally.n > 0 else { return .failure(ChartError("nobody answered '\(question.id)'", option: "question")) }
        let locale = ctx.request.locale
        let shares = tally.shares
        let answers = Array(question.answers)
        let names = question.labels.count == answers.count ? question.labels : answers.map(String.init)

        let title = ctx.title(question.text.isEmpty ? "Answers to \(question.id)" : question.text)
        let legend = question.kind == .nps
            ? [LegendItem(label: "Detractors (0–6)", color: Palette.bad, key: .swatch),
               LegendItem(label: "Passives (7–8)", color: Palette.neutral, key: .swatch),
               LegendItem(label: "Promoters (9–10)", color: Palette.good, key: .swatch)]
            : []
        var canvas = ctx.canvas(defaultWidth: 720, defaultHeight: 320)
        canvas.header(title: title, legend: legend)

        // Answer names wrap under their bars; the plot ends where the tallest wrapped name begins.
        let bandGuess = (canvas.width - 2 * ChartCanvas.pad - 40) / Double(answers.count)
        let nameLines = names.map { WordWrap.lines($0, width: Swift.max(24, bandGuess - 4), fontSize: canvas.textSize) }
        let nameHeight = Double(nameLines.map(\.count).max() ?? 1) * 14
        let plot = Rect(left: ChartCanvas.pad + 40, top: canvas.top + 18, right: canvas.width - ChartCanvas.pad,
                        bottom: canvas.height - 12 - nameHeight)
        let top = Swift.max(0.05, ((shares + ctx.sharedValues).max() ?? 0) * 1.15)
        let y = LinearScale(domain: (0, top), range: (plot.bottom, plot.top)).niced(4)
        let ticks = y.ticks(4)
        Axis.drawLeft(&canvas.svg, scale: y, plot: plot, ticks: ticks,
                      labels: ticks.map { SurveyWords.percent($0, locale) })
        let x = BandScale(count: answers.count, range: (plot.left, plot.right), paddingInner: 0.25, paddingOuter: 0.1)
        for (position, share) in shares.enumerated() {
            let color = question.kind == .nps ? npsColor(answers[position]) : Palette.series(0)
            let left = x.position(position), barTop = y(share)
            let percent = SurveyWords.percent(share, locale)
            canvas.svg.text("rect", [("x", .number(left)), ("y", .number(barTop)), ("width", .number(x.bandwidth)),
                                     ("height", .number(Swift.max(0, plot.bottom - barTop))), ("fill", .text(color))], "",
                            title: "\(names[position]): \(percent)")
            if TextWidth.of(percent, fontSize: Font.small) <= x.absStep {
                canvas.svg.text("text", [("x", .number(x.center(position))), ("y", .number(barTop - 5)), ("text-anchor", "middle"),
                                         ("font-size", .number(Font.small)), ("fill", .text(Palette.text))], percent)
            }
            canvas.svg.lines([("font-size", .number(canvas.textSize)), ("fill", .text(Palette.muted)), ("text-anchor", "middle")],
                             x: x.center(position), y: plot.bottom + 16 + 7 * Double(nameLines[position].count - 1),
                             lines: nameLines[position], lineHeight: 14)
        }
        let table = DataTable(columns: ["Answer", "Respondents", "Share"], numeric: [false, true, true],
                              rows: zip(names, zip(tally.byAnswer, shares)).map { name, pair in
                                  [name, locale.localize(NumberFormat.fixed(pair.0, decimals: tally.weight == Double(tally.n) ? 0 : 1)),
                                   SurveyWords.percent(pair.1, locale)]
                              })
        let mostIndex = shares.indices.max { shares[$0] < shares[$1] } ?? 0
        let summary = "\(names[mostIndex]) is the most common answer (\(SurveyWords.percent(shares[mostIndex], locale)) "
            + "of \(SurveyWords.count(tally.n, locale)) respondents)."
        var notes: [String] = []
        if index < survey.blanks.count, survey.blanks[index] > 0 {
            notes.append("\(Phrase.plural(survey.blanks[index], "respondent")) left '\(question.id)' blank and \(survey.blanks[index] == 1 ? "is" : "are") not counted")
        }
        if survey.weighted { notes.append("Shares are weighted") }
        return ctx.output(canvas, title: title, summary: summary, table: table, notes: notes, values: shares)
    }

    static func npsColor(_ answer: Int) -> String {
        answer >= 9 ? Palette.good : answer >= 7 ? Palette.neutral : Palette.bad
    }
}
