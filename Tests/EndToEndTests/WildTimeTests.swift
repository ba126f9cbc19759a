import Foundation
import Testing

/// The time part of the wild fixture: dates as teams export them drawn on a
/// true time scale, and the shapes only `xFormat` can tell refused with a hint.
@Suite struct WildTimeTests {
    static let fixture = Harness.repository.appendingPathComponent("Tests/Fixtures/wild")

    /// The time page of a fresh build of the fixture.
    static func timePage() throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tp-wild-time-\(UUID().uuidString)")
        let run = try Harness.run(["build", "--quiet", "--output", output.path, fixture.path], in: fixture)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOf: output.appendingPathComponent("time/index.html"), encoding: .utf8)
    }

    /// The regular (desktop) drawing of the figure whose title is `title`.
    static func drawing(_ html: String, titled title: String) -> String {
        guard let titleRange = html.range(of: ">\(title)</title>"),
              let start = html.range(of: "<svg", options: .backwards, range: html.startIndex..<titleRange.lowerBound),
              let end = html.range(of: "</svg>", range: titleRange.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The x tick labels: texts in the drawing's bottom axis group.
    static func xTicks(_ svg: String) -> [String] {
        guard let group = svg.range(of: "<g class=\"tp-axis-x\">"),
              let end = svg.range(of: "</g>", range: group.upperBound..<svg.endIndex) else { return [] }
        return texts(String(svg[group.upperBound..<end.lowerBound]))
    }

    static func texts(_ svg: String) -> [String] {
        let pattern = #/<text[^>]*>([^<]*)</text>/#
        return svg.matches(of: pattern).map { String($0.output.1) }
    }

    @Test func quarterlyKPIsCompareWithTheQuarterAndMoveInPoints() throws {
        let html = try Self.timePage()
        #expect(html.contains(">+2 pts vs Q2 2026<"))
        #expect(html.contains(">+1.3\u{00A0}pts vs Q2 2026<"))
        #expect(html.contains(">+0.2\u{00A0}pts vs Q2 2026<"))
        let trend = Self.drawing(html, titled: "NPS by quarter")
        #expect(Self.xTicks(trend) == ["Q1 2024", "Q3", "Q1 2025", "Q3", "Q1 2026", "Q3"])
        #expect(trend.contains("NPS, Q3 2026: 37 pts"))
    }

    @Test func fourYearsOfDailyDatesTickByMonthsNotByRow() throws {
        let svg = Self.drawing(try Self.timePage(), titled: "Daily highest temperature, 2012–2015")
        #expect(Self.xTicks(svg) == ["Jan 2012", "Jul", "Jan 2013", "Jul", "Jan 2014", "Jul", "Jan 2015", "Jul"])
        // One line through all 1,461 days: 1 move and 1,460 line segments.
        let path = svg.firstMatch(of: #/<path d="(M[^"]*)" fill="none"/#).map { String($0.output.1) } ?? ""
        #expect(path.filter { $0 == "L" }.count == 1460)
        #expect(Self.texts(svg).contains("Highest temperature (°C)"))
    }

    @Test func isoWeeksCrossTheYearAndTakeAnnotations() throws {
        let svg = Self.drawing(try Self.timePage(), titled: "Web sessions by ISO week")
        #expect(Self.xTicks(svg) == ["W40 2025", "W44", "W48", "W52", "W04 2026", "W08", "W12"])
        #expect(Self.texts(svg).contains("New site"))
    }

    @Test func dayFirstDatesReadWithXFormat() throws {
        let svg = Self.drawing(try Self.timePage(), titled: "Conversion by month, 2025")
        // Decimal commas of the ;-separated file, read as numbers; each bar named in full.
        let tooltips = svg.matches(of: #/<title>([^<]*)</title>/#).map { String($0.output.1) }
        #expect(Array(tooltips.prefix(3)) == ["1 Jan 2025: 2.1%", "1 Feb 2025: 2.23%", "1 Mar 2025: 2.36%"])
        #expect(tooltips.count == 12)
        #expect(Self.texts(svg).contains("Conversion rate (%)"))
    }

    @Test func dateTimesTickByHours() throws {
        let svg = Self.drawing(try Self.timePage(), titled: "Callers waiting, 12 March 2026")
        #expect(Self.xTicks(svg) == ["12 Mar 08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00"])
    }

    struct Refusal: Sendable, CustomStringConvertible {
        var csv: String
        var chart: String
        var expected: String
        var description: String { expected }
    }

    static let refusals: [Refusal] = [
        Refusal(csv: "date,temp\n2012/01/01,5.2\n2012/01/02,6.1\n", chart: "x: date\ny: temp\n",
                expected: "Content/index.md:8:1: error: x values such as '2012/01/01' look like dates but are not ISO 8601; "
                    + "say how to read them with xFormat: '%Y/%m/%d', or write them as 2026-01-15"),
        Refusal(csv: "date,rate\n03/01/2025,2.1\n04/01/2025,2.3\n", chart: "x: date\ny: rate\n",
                expected: "Content/index.md:8:1: error: x values such as '03/01/2025' look like dates but are not ISO 8601; "
                    + "say how to read them with xFormat: '%d/%m/%Y' (or '%m/%d/%Y' if that is how they are written), or write them as 2026-01-15"),
        Refusal(csv: "month,rate\n2026-01,2.1\nn/a,2.3\n", chart: "x: month\ny: rate\n",
                expected: "Content/index.md:8:1: error: x value 'n/a' is not a date, though '2026-01' is; write every 'month' "
                    + "as an ISO date (2026-01-15, 2026-01, 2026-Q1, 2026-W05) or leave the cell empty"),
        Refusal(csv: "quarter,nps\n2026-Q1,31\n2026-Q5,33\n", chart: "x: quarter\ny: nps\n",
                expected: "Content/index.md:8:1: error: x value '2026-Q5': 2026-Q5 is not a real quarter: quarters run Q1…Q4"),
        Refusal(csv: "date,rate\n03/01/2025,2.1\n13/25/2025,2.3\n", chart: "x: date\ny: rate\nxFormat: \"%d/%m/%Y\"\n",
                expected: "Content/index.md:10:1: error: x value '13/25/2025' does not match xFormat '%d/%m/%Y', as '03/01/2025' does"),
        Refusal(csv: "date,rate\n03/01/2025,2.1\n", chart: "x: date\ny: rate\nxFormat: \"%d/%m\"\n",
                expected: "Content/index.md:10:10: error: xFormat: xFormat '%d/%m' has no year (%Y or %y)"),
    ]

    @Test(arguments: refusals)
    func refusesDatesItCannotPlace(_ refusal: Refusal) throws {
        let site = try Harness.site([
            "Content/site.yml": "title: Dates\n",
            "Content/data/d.csv": refusal.csv,
            "Content/index.md": "---\ntitle: Home\n---\n\n```chart\ndata: d.csv\ntype: line\n" + refusal.chart + "```\n",
        ])
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").contains { $0 == refusal.expected }, "\(run.stderr)")
    }

    @Test func quarterlyKPIPointsAreCheckedInTheFile() throws {
        let site = try Harness.site([
            "Content/site.yml": "title: Dates\n",
            "Content/data/k.json": #"{"kind":"kpis","kpis":[{"id":"nps","name":"NPS","direction":"up","points":[{"date":"2026-Q3","value":31},{"date":"2026-Q2","value":33}]}]}"#,
            "Content/index.md": "---\ntitle: Home\n---\n\n```kpis\ndata: k.json\n```\n",
        ])
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/data/k.json:1:114: error: kpis[0].points[1].date: 2026-Q2 comes before 2026-Q3 "
            + "(kpis[0].points[0]); points must be in ascending date order"), "\(run.stderr)")
    }
}
