import Foundation
import Testing

/// Survey exports through the real binary: a valid export read into the
/// numbers a report quotes, and the survey bad-input corpus, each case an
/// error at `path:row:col` with exit status 1.
@Suite struct SurveyDataTests {
    static let sidecar = """
    kind: survey
    source: Panel export
    asOf: 2026-09-30
    questions:
      recommend: {type: nps, text: How likely are you to recommend us?}
      easy: {type: likert, scale: 5, text: It was easy, labels: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]}
    segments: [region]
    wave: wave
    weight: weight

    """

    /// Ten respondents: North 10, 9, 9, 8, 7 and South 6, 5, 0, 10, 3 — NPS 0 ± 55 overall (worked in
    /// SurveyStatisticsTests); "easy" 5, 4, 4, 3, 2, 1, 5, 4 with two blank — mean 3.5, top-2-box 63%.
    static let export = """
    id,region,wave,weight,recommend,easy
    1,North,2026-Q3,1,10,Strongly agree
    2,North,2026-Q3,1,9,agree
    3,North,2026-Q3,1,9,4
    4,North,2026-Q3,1,8,Neutral
    5,North,2026-Q3,1,7,2
    6,South,2026-Q3,1,6,1
    7,South,2026-Q3,1,5,5
    8,South,2026-Q3,1,0,4
    9,South,2026-Q3,1,10,
    10,South,2026-Q3,1,3,

    """

    static func site(csv: String, sidecar: String = sidecar) throws -> URL {
        try Harness.site([
            "Content/site.yml": "title: Survey\nmenu: [survey]\n",
            "Content/index.md": "---\ntitle: Home\n---\n# Home\n",
            "Content/survey/index.md": "---\ntitle: Survey\n---\n```table\ndata: panel.csv\n```\n",
            "Content/data/panel.csv": csv,
            "Content/data/panel.csv.yml": sidecar,
        ])
    }

    @Test func anExportBecomesTheNumbersAReportQuotes() throws {
        let site = try Self.site(csv: Self.export)
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("Output/survey/index.html"), encoding: .utf8)
        #expect(page.contains("<tr><td>How likely are you to recommend us?</td><td>nps</td><td class=\"num\">10</td>"
            + "<td>NPS 0 ± 55</td><td class=\"num\">0</td></tr>"), "\(page)")
        #expect(page.contains("<tr><td>It was easy</td><td>likert</td><td class=\"num\">8</td>"
            + "<td>mean 3.5 of 5; top-2-box 63%</td><td class=\"num\">2</td></tr>"))
        #expect(page.contains("Source: Panel export. Data as of 2026-09-30."))

        // The next wave: North's NPS rises from 60 to 100 (n 5 each): margins √(1.96² × 2,400 / 5) = 42.9 and 0,
        // so the difference's is 43. Overall 0 ± 55.4 → 20 ± 60.7 (promoters 6, detractors 4 of 10): √(55.4² + 60.7²) = 82.
        let next = Self.export.replacingOccurrences(of: "4,North,2026-Q3,1,8,Neutral", with: "4,North,2026-Q3,1,10,Neutral")
            .replacingOccurrences(of: "5,North,2026-Q3,1,7,2", with: "5,North,2026-Q3,1,9,2")
        try Data(next.utf8).write(to: site.appendingPathComponent("Content/data/panel.csv"))
        let changes = site.appendingPathComponent("changes.json")
        let check = try Harness.run(["check", "--changes", changes.path, site.path], in: site)
        #expect(check.status == 0, "\(check.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: changes)) as? [String: Any]
        let texts = (json?["changes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts == [
            "recommend › region: North: NPS rose from 60 to 100 (+40), within the margin of error (±43).",
            "recommend: NPS rose from 0 to 20 (+20), within the margin of error (±82).",
        ], "\(texts)")
    }

    struct Case: CustomStringConvertible, Sendable {
        var csv: String
        var sidecar: String = SurveyDataTests.sidecar
        var expected: String
        var description: String { expected }
    }

    static let cases: [Case] = [
        Case(csv: export.replacingOccurrences(of: "3,North,2026-Q3,1,9,4", with: "3,North,2026-Q3,1,11,4"),
             expected: "Content/data/panel.csv:4:5: error: 'recommend': the answer 11 is outside the scale 0 to 10"),
        Case(csv: export.replacingOccurrences(of: "2,North,2026-Q3,1,9,agree", with: "2,North,2026-Q3,1,9,Agreee"),
             expected: "Content/data/panel.csv:3:6: error: 'easy': unknown answer 'Agreee'; expected 1 to 5 or one of: "
                + "Strongly disagree, Disagree, Neutral, Agree, Strongly agree; did you mean 'Agree'?"),
        Case(csv: export.replacingOccurrences(of: "6,South,2026-Q3,1,6,1", with: "6,South,2026-Q3,0,6,1"),
             expected: "Content/data/panel.csv:7:4: error: expected a positive weight, found '0'"),
        Case(csv: export.replacingOccurrences(of: "7,South,2026-Q3,1,5,5", with: "7,South,2026-Q3,1,7.5,5"),
             expected: "Content/data/panel.csv:8:5: error: 'recommend': expected a whole answer from 0 to 10, found 7.5"),
        Case(csv: export, sidecar: sidecar.replacingOccurrences(of: "  easy:", with: "  ease:"),
             expected: "Content/data/panel.csv.yml:6:3: error: questions.ease: no column 'ease' in the CSV header; did you mean 'easy'?"),
        Case(csv: export, sidecar: sidecar.replacingOccurrences(of: "segments: [region]", with: "segments: [regoin]"),
             expected: "Content/data/panel.csv.yml:7:12: error: segments: no column 'regoin' in the CSV header; did you mean 'region'?"),
        Case(csv: export, sidecar: sidecar.replacingOccurrences(of: "{type: nps,", with: "{type: promoter,"),
             expected: "Content/data/panel.csv.yml:5:21: error: questions.recommend.type: unknown type 'promoter'; expected one of: nps, likert, rating"),
        Case(csv: export, sidecar: sidecar.replacingOccurrences(of: "scale: 5,", with: "scale: 4,"),
             expected: "Content/data/panel.csv.yml:6:31: error: questions.easy.scale: expected 5 or 7, found 4"),
        Case(csv: export, sidecar: sidecar.replacingOccurrences(of: "kind: survey\n", with: ""),
             expected: "Content/data/panel.csv.yml:3:1: error: 'questions' describes a survey; add 'kind: survey'"),
    ]

    @Test(arguments: cases) func badSurveysAreRefusedWhereTheyAreWrong(_ bad: Case) throws {
        let site = try Self.site(csv: bad.csv, sidecar: bad.sidecar)
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains(bad.expected), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output").path))
    }

    @Test func aPreAggregatedSurveyIsReadToo() throws {
        let json = #"{"kind": "survey", "asOf": "2026-09-30", "questions": [{"id": "recommend", "type": "nps", "text": "Recommend", "#
            + #""counts": {"10": 40, "9": 8, "7": 12, "3": 10}}, {"id": "easy", "type": "likert", "scale": 5, "#
            + #""labels": ["SD", "D", "N", "A", "SA"], "counts": {"SA": 30, "A": 20, "N": 10, "1": 5, "-1": 2}}]}"#
        let site = try Harness.site([
            "Content/site.yml": "title: Survey\n", "Content/index.md": "---\ntitle: Home\n---\n```table\ndata: panel.json\n```\n",
            "Content/data/panel.json": json,
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/data/panel.json:1:298: error: questions[1].counts[\"-1\"]: 'easy': the answer -1 is outside the scale 1 to 5"),
                "\(run.stderr)")
        try Data(json.replacingOccurrences(of: #", "-1": 2"#, with: "").utf8).write(to: site.appendingPathComponent("Content/data/panel.json"))
        let fixed = try Harness.run(["build", site.path], in: site)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("Output/index.html"), encoding: .utf8)
        // Promoters 48, passives 12, detractors 10 of 70: NPS (48 − 10) / 70 = 54.3.
        #expect(page.contains("<td>Recommend</td><td>nps</td><td class=\"num\">70</td><td>NPS 54 ± "), "\(page)")
        // 65 answers: top-2-box (30 + 20) / 65 = 77%; mean (150 + 80 + 30 + 5) / 65 = 4.08.
        #expect(page.contains("<td>easy</td><td>likert</td><td class=\"num\">65</td><td>mean 4.1 of 5; top-2-box 77%</td>"))
    }
}
