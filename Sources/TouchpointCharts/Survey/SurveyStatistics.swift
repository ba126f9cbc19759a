/// The numbers survey reports are made of, weighted where the export gives
/// weights and the same as a spreadsheet computes them: shares are sums of
/// weights over the sum of weights. Margins of error use Kish's effective
/// sample size, (Σw)² / Σw², so weights that vary widely widen them.
public enum SurveyStatistics {
    /// The default size below which a group's results are greyed with a note.
    public static let defaultMinN = 30
    /// z for a two-sided 95% interval.
    static let z95 = 1.959964

    /// Sums over the respondents who answered one question.
    public struct Tally: Sendable, Hashable {
        /// Respondents (unweighted), as "n" is reported.
        public var n = 0
        public var weight = 0.0
        public var squaredWeight = 0.0
        /// Summed weight per answer, lowest answer first.
        public var byAnswer: [Double]

        public init(points: Int) { byAnswer = Array(repeating: 0, count: points) }

        /// (Σw)² / Σw²: n itself when every weight is equal.
        public var effectiveN: Double { squaredWeight > 0 ? weight * weight / squaredWeight : 0 }

        /// The weighted share of each answer, 0…1.
        public var shares: [Double] { byAnswer.map { weight > 0 ? $0 / weight : 0 } }
    }

    /// The answers to question `index` of the responses that `include` keeps.
    public static func tally(_ survey: Survey, question index: Int,
                             where include: (SurveyResponse) -> Bool = { _ in true }) -> Tally {
        let question = survey.questions[index]
        let low = question.answers.lowerBound
        var tally = Tally(points: question.answers.count)
        for response in survey.responses where include(response) {
            guard index < response.answers.count, let answer = response.answers[index],
                  question.answers.contains(answer) else { continue }
            let count = Double(response.count)
            tally.n += response.count
            tally.weight += count * response.weight
            tally.squaredWeight += count * response.weight * response.weight
            tally.byAnswer[answer - low] += count * response.weight
        }
        return tally
    }

    public struct NPS: Sendable, Hashable {
        public var n: Int
        /// Shares of promoters (9–10), passives (7–8) and detractors (0–6), 0…1.
        public var promoters: Double
        public var passives: Double
        public var detractors: Double
        /// % promoters − % detractors, −100…100.
        public var score: Double
        /// Half the 95% interval, in NPS points.
        public var margin: Double
    }

    /// NPS of a 0–10 tally; nil when nobody answered.
    public static func nps(_ tally: Tally) -> NPS? {
        guard tally.n > 0, tally.weight > 0, tally.byAnswer.count == 11 else { return nil }
        let shares = tally.shares
        let detractors = shares[0...6].reduce(0, +)
        let passives = shares[7...8].reduce(0, +)
        let promoters = shares[9...10].reduce(0, +)
        let score = (promoters - detractors) * 100
        // Each respondent scores +100, 0 or −100; the NPS is their weighted mean.
        let variance = Swift.max(0, promoters + detractors - (promoters - detractors) * (promoters - detractors)) * 10_000
        let margin = tally.effectiveN > 0 ? z95 * (variance / tally.effectiveN).squareRoot() : 0
        return NPS(n: tally.n, promoters: promoters, passives: passives, detractors: detractors, score: score, margin: margin)
    }

    public struct Rating: Sendable, Hashable {
        public var n: Int
        /// The weighted mean answer.
        public var mean: Double
        /// The share choosing one of the two highest answers, 0…1.
        public var topTwoBox: Double
        /// The share of each answer, lowest first.
        public var shares: [Double]
    }

    /// Mean, top-2-box and distribution of a 1–N tally; nil when nobody answered.
    public static func rating(_ tally: Tally, lowest: Int = 1) -> Rating? {
        guard tally.n > 0, tally.weight > 0, !tally.byAnswer.isEmpty else { return nil }
        let shares = tally.shares
        let mean = zip(tally.byAnswer.indices, tally.byAnswer).reduce(0.0) { $0 + Double(lowest + $1.0) * $1.1 } / tally.weight
        let topTwo = shares.suffix(2).reduce(0, +)
        return Rating(n: tally.n, mean: mean, topTwoBox: topTwo, shares: shares)
    }

    /// The values of a group column in order of first appearance, or sorted when they are waves.
    public static func groups(_ survey: Survey, column: Int) -> [String] {
        var seen = Set<String>(), values: [String] = []
        for response in survey.responses where column < response.groups.count {
            let value = response.groups[column]
            if !value.isEmpty, seen.insert(value).inserted { values.append(value) }
        }
        return survey.groupColumns[column] == survey.wave ? values.sorted() : values
    }
}
