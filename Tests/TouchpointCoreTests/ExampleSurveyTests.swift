import Foundation
import Testing
import TouchpointCharts
@testable import TouchpointCore

/// The example report's survey export, read through the CSV reader and the
/// statistics, against a computation written here from scratch: split the
/// lines, weigh the answers, divide.
@Suite struct ExampleSurveyTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content/data/survey")

    static func loaded() throws -> Survey {
        let csv = try Data(contentsOf: folder.appendingPathComponent("panel.csv"))
        let yaml = try Data(contentsOf: folder.appendingPathComponent("panel.csv.yml"))
        let file = SourceFile(displayPath: "panel.csv")
        let read = DataStore.csv(csv, file: file, sidecar: .success(yaml), sidecarFile: SourceFile(displayPath: "panel.csv.yml"))
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        guard case let .survey(survey)? = read.value?.data else { throw TestFailure("not read as a survey") }
        return survey
    }

    /// The export's rows as plain strings by column name; the file has no quoted fields.
    static func rows() throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("panel.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static let labels = ["strongly disagree": 1, "disagree": 2, "neutral": 3, "agree": 4, "strongly agree": 5]

    @Test func npsMatchesAComputationByHand() throws {
        let survey = try Self.loaded()
        var weight = 0.0, promoters = 0.0, detractors = 0.0, n = 0
        var northWeight = 0.0, northNet = 0.0
        for row in try Self.rows() {
            guard let answer = Int(row["recommend"] ?? ""), let w = Double(row["weight"] ?? "") else { continue }
            n += 1
            weight += w
            if answer >= 9 { promoters += w } else if answer <= 6 { detractors += w }
            if row["region"] == "North" {
                northWeight += w
                northNet += answer >= 9 ? w : answer <= 6 ? -w : 0
            }
        }
        let expected = (promoters - detractors) / weight * 100
        let index = try #require(survey.question("recommend"))
        let nps = try #require(SurveyStatistics.nps(SurveyStatistics.tally(survey, question: index)))
        #expect(nps.n == n)
        #expect(abs(nps.score - expected) < 1e-9, "\(nps.score) against \(expected)")
        let region = try #require(survey.groupColumn("region"))
        let north = try #require(SurveyStatistics.nps(SurveyStatistics.tally(survey, question: index) { $0.groups[region] == "North" }))
        #expect(abs(north.score - northNet / northWeight * 100) < 1e-9)
    }

    @Test func topTwoBoxAndLikertSharesMatchAComputationByHand() throws {
        let survey = try Self.loaded()
        var weight = 0.0, topTwo = 0.0, byAnswer = [Double](repeating: 0, count: 5), blanks = 0
        for row in try Self.rows() {
            guard let w = Double(row["weight"] ?? "") else { continue }
            let text = (row["informed"] ?? "").lowercased()
            guard let answer = Int(text) ?? Self.labels[text] else { blanks += 1; continue }
            weight += w
            byAnswer[answer - 1] += w
            if answer >= 4 { topTwo += w }
        }
        let index = try #require(survey.question("informed"))
        let rating = try #require(SurveyStatistics.rating(SurveyStatistics.tally(survey, question: index)))
        #expect(abs(rating.topTwoBox - topTwo / weight) < 1e-12)
        for (share, expected) in zip(rating.shares, byAnswer.map { $0 / weight }) { #expect(abs(share - expected) < 1e-12) }
        #expect(survey.blanks[index] == blanks)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
