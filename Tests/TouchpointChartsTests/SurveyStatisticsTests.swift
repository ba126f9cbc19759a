import Foundation
import Testing
@testable import TouchpointCharts

/// Survey statistics against tables worked by hand (the working is in the comments).
@Suite struct SurveyStatisticsTests {
    static func survey(_ answers: [Int?], weights: [Double]? = nil, kind: SurveyQuestion.Kind = .nps, scale: Int = 5) -> Survey {
        let question = SurveyQuestion(id: "q", kind: kind, text: "", scale: scale)
        return Survey(questions: [question], responses: answers.enumerated().map { index, answer in
            SurveyResponse(answers: [answer], weight: weights?[index] ?? 1)
        }, weighted: weights != nil)
    }

    @Test func npsWithItsMarginOfError() throws {
        // Promoters 10, 9, 9, 10 (4); passives 8, 7 (2); detractors 6, 5, 0, 3 (4); one blank. n = 10.
        // NPS = 40% − 40% = 0. Var = (0.4 + 0.4 − 0²) × 100² = 8,000; margin = 1.959964 × √(8,000 / 10) = 55.436.
        let survey = Self.survey([10, 9, 9, 8, 7, 6, 5, 0, 10, 3, nil])
        let nps = try #require(SurveyStatistics.nps(SurveyStatistics.tally(survey, question: 0)))
        #expect(nps.n == 10)
        #expect(nps.promoters == 0.4 && nps.passives == 0.2 && nps.detractors == 0.4)
        #expect(nps.score == 0)
        #expect(abs(nps.margin - 55.4362) < 0.001)
    }

    @Test func weightedNPSUsesTheEffectiveSampleSize() throws {
        // The first promoter weighs 2: Σw = 11, Σw² = 13, n_eff = 121 / 13 = 9.3077.
        // p = 5/11, d = 4/11: NPS = 100/11 = 9.0909. Var = (9/11 − (1/11)²) × 100² = 8,099.17;
        // margin = 1.959964 × √(8,099.17 / 9.3077) = 57.816.
        let survey = Self.survey([10, 9, 9, 8, 7, 6, 5, 0, 10, 3], weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1])
        let tally = SurveyStatistics.tally(survey, question: 0)
        #expect(tally.n == 10)
        #expect(abs(tally.effectiveN - 121.0 / 13.0) < 1e-9)
        let nps = try #require(SurveyStatistics.nps(tally))
        #expect(abs(nps.score - 100.0 / 11.0) < 1e-9)
        #expect(abs(nps.margin - 57.816) < 0.001)
    }

    @Test func ratingsMeanTopTwoBoxAndDistribution() throws {
        // 5, 4, 4, 3, 2, 1, 5, 4: mean 28 / 8 = 3.5; top-2-box (4 or 5) 5 / 8 = 62.5%;
        // shares of 1…5: 1/8, 1/8, 1/8, 3/8, 2/8.
        let survey = Self.survey([5, 4, 4, 3, 2, 1, 5, 4], kind: .likert)
        let rating = try #require(SurveyStatistics.rating(SurveyStatistics.tally(survey, question: 0)))
        #expect(rating.n == 8)
        #expect(rating.mean == 3.5)
        #expect(rating.topTwoBox == 0.625)
        #expect(rating.shares == [0.125, 0.125, 0.125, 0.375, 0.25])
        // On a 7-point scale the top two boxes are 6 and 7: 2 of 4.
        let seven = Self.survey([7, 6, 5, 1], kind: .rating, scale: 7)
        #expect(SurveyStatistics.rating(SurveyStatistics.tally(seven, question: 0))?.topTwoBox == 0.5)
    }

    @Test func countsStandForRespondents() throws {
        // 40 promoters and 10 detractors, given as two counted responses: NPS 60, n 50.
        let question = SurveyQuestion(id: "q", kind: .nps, text: "")
        let survey = Survey(questions: [question], responses: [SurveyResponse(answers: [10], count: 40),
                                                               SurveyResponse(answers: [2], count: 10)])
        let nps = try #require(SurveyStatistics.nps(SurveyStatistics.tally(survey, question: 0)))
        #expect(nps.n == 50 && abs(nps.score - 60) < 1e-9)
        // Var = (0.8 + 0.2 − 0.6²) × 100² = 6,400; margin = 1.959964 × √(6,400 / 50) = 22.17.
        #expect(abs(nps.margin - 22.1744) < 0.001)
    }

    @Test func groupsFilterTheTally() {
        let question = SurveyQuestion(id: "q", kind: .nps, text: "")
        let survey = Survey(questions: [question], groupColumns: ["region", "wave"], wave: "wave", responses: [
            SurveyResponse(answers: [10], groups: ["North", "2026-2"]), SurveyResponse(answers: [0], groups: ["South", "2026-1"]),
            SurveyResponse(answers: [9], groups: ["North", "2026-1"]),
        ])
        #expect(SurveyStatistics.groups(survey, column: 0) == ["North", "South"])
        #expect(SurveyStatistics.groups(survey, column: 1) == ["2026-1", "2026-2"])
        let north = SurveyStatistics.tally(survey, question: 0) { $0.groups[0] == "North" }
        #expect(SurveyStatistics.nps(north)?.score == 100)
    }

    @Test func nobodyAnsweredIsNoResult() {
        let survey = Self.survey([nil, nil])
        #expect(SurveyStatistics.nps(SurveyStatistics.tally(survey, question: 0)) == nil)
        #expect(SurveyTable.make(survey, locale: .en).rows == [["q", "nps", "0", "–", "0"]])
    }
}
