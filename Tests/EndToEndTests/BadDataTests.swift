import Foundation
import Testing

/// The bad-data corpus: each case is refused with its `file:line:col` message,
/// exit status 1, and the previous Output left exactly as it was.
@Suite struct BadDataTests {
    struct Case: CustomStringConvertible, Sendable {
        var json: String
        var expected: String
        var description: String { expected }
    }

    static let j = #"{"kind":"journey","name":"J","emotionScale":{"min":-3,"max":3},"stages":"#
    static let k = #"{"kind":"kpis","kpis":[{"id":"nps","name":"N","direction":"#
    static let m = #"{"kind":"matrix","name":"M","rows":["R"],"columns":["C"],"scale":{"min":0,"max":10},"cells":"#

    static let cases: [Case] = [
        Case(json: j + #"[{"name":"A","actual":"low"}]}"#, expected: #"1:95: error: stages[0].actual: expected a number, found text "low""#),
        Case(json: j + #"[{"name":"A","actual":4}]}"#, expected: "1:95: error: stages[0].actual: 4 is outside the emotion scale −3…3"),
        Case(json: j + "[]}", expected: "1:73: error: stages: expected at least one stage, found an empty array"),
        Case(json: #"{"kind":"journey","name":"J","emotionScale":{"min":3,"max":-3},"stages":[{"name":"A"}]}"#,
             expected: "1:45: error: emotionScale: min (3) must be less than max (−3)"),
        Case(json: #"{"kind":"journey","emotionScale":{"min":-3,"max":3},"stages":[{"name":"A"}]}"#,
             expected: "1:1: error: missing required key 'name'"),
        Case(json: j + #"[{"name":"A"},{"name":"A"}]}"#, expected: "1:95: error: stages[1].name: duplicate stage 'A' (also stages[0])"),
        Case(json: k + #""up","points":[{"date":"2026-01","value":1e999}]}]}"#, expected: "1:100: error: number out of range"),
        Case(json: k + #""sideways","points":[{"date":"2026-01","value":1}]}]}"#,
             expected: "1:59: error: kpis[0].direction: unknown direction 'sideways'; expected one of: up, down"),
        Case(json: k + #""up","points":[]}]}"#, expected: "1:73: error: kpis[0].points: empty series; add at least one point"),
        Case(json: k + #""up","points":[{"date":"2026-13","value":1}]}]}"#,
             expected: "1:82: error: kpis[0].points[0].date: 2026-13 is not a real date: there is no month 13"),
        Case(json: #"{"kind":"kpis","kpis":[{"id":"a","name":"N","direction":"up","points":[{"date":"2026-01","value":1}]},{"id":"a","name":"M","direction":"up","points":[{"date":"2026-01","value":1}]}]}"#,
             expected: "1:109: error: kpis[1].id: duplicate id 'a' (also kpis[0])"),
        Case(json: m + #"[{"row":"Q","column":"C","value":1}]}"#, expected: "1:101: error: cells[0].row: unknown row 'Q'; did you mean 'R'?"),
        Case(json: m + #"[{"row":"R","column":"C","value":11}]}"#, expected: "1:126: error: cells[0].value: 11 is outside the scale 0…10"),
        Case(json: m + #"[{"row":"R","column":"C","status":"enemy"}]}"#,
             expected: "1:127: error: cells[0].status: unknown status 'enemy'; expected one of: ours, competitor, threat, opportunity"),
        Case(json: #"{"kind":"expectations","layers":[{"layer":"delight","items":[{"name":"a","score":1}]}]}"#,
             expected: "1:43: error: layers[0].layer: unknown layer 'delight'; expected one of: base, efficiency, joy"),
        Case(json: #"{"kind":"opportunities","outcomes":[{"name":"a","importance":11,"satisfaction":1}]}"#,
             expected: "1:62: error: outcomes[0].importance: 11 is outside the range 0…10"),
        Case(json: #"{"kind":"opportunities","outcomes":[{"name":"a","importance":"high","satisfaction":1}]}"#,
             expected: #"1:62: error: outcomes[0].importance: expected a number, found text "high""#),
        Case(json: #"{"kind":"opportunities","outcomes":[{"name":"a","importance":1,"satisfaction":1},{"name":"a","importance":1,"satisfaction":1}]}"#,
             expected: "1:90: error: outcomes[1].name: duplicate outcome 'a' (also outcomes[0])"),
        Case(json: #"{"kind":"funnel"}"#,
             expected: "1:9: error: kind: unknown kind 'funnel'; expected one of: expectations, journey, kpis, matrix, opportunities"),
        Case(json: #"{"kind":"kpis", "kpis": [}"#, expected: "1:26: error: expected a value, found '}'"),
        Case(json: #"[{"a":1},]"#, expected: "1:10: error: expected a value after ',', found ']' (JSON does not allow trailing commas)"),
        Case(json: #"{"a":1,"a":2}"#, expected: "1:8: error: duplicate key 'a'"),
        Case(json: String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
             expected: "1:513: error: nesting deeper than 512 levels"),
        Case(json: #"[{"a":[1,2]}]"#,
             expected: "1:7: error: [0].a: expected a number, text, true/false or null, found an array; records must be flat"),
        Case(json: #"{"kind":"kpis","asOf":"yesterday","kpis":[{"id":"nps","name":"N","direction":"up","points":[{"date":"2026-01","value":1}]}]}"#,
             expected: #"1:23: error: asOf: expected a date like 2026-09-30, found text "yesterday""#),
        Case(json: #""just a string""#,
             expected: #"1:1: error: expected an array of records or an object with a 'kind', found text "just a string""#),
        Case(json: "", expected: "1:1: error: unexpected end of file: expected a value"),
        Case(json: "{\n  \"kind\": \"journey\",\n  \"name\": \"Claims\",\n  \"emotionScale\": {\"min\": -3, \"max\": 3},\n  \"stages\": [\n    {\"name\": \"Report\", \"actual\": 1},\n    {\"name\": \"Wait\", \"actual\": \"low\"}\n  ]\n}\n",
             expected: #"7:32: error: stages[1].actual: expected a number, found text "low""#),
    ]

    static let page = "# Home\n\n```chart\ndata: x.json\ntype: bar\nx: month\ny: n\n```\n"

    static func site() throws -> URL {
        try Harness.site([
            "Content/site.yml": "title: T\n",
            "Content/index.md": page,
            "Content/data/x.json": #"[{"month":"2026-01","n":1},{"month":"2026-02","n":null}]"#,
        ])
    }

    @Test(arguments: cases) func badDataIsRefusedAndOutputKept(_ bad: Case) throws {
        let site = try Self.site()
        let first = try Harness.run(["build", "--quiet", site.path], in: site)
        try #require(first.status == 0, "\(first.stderr)")
        let before = Harness.snapshot(site.appendingPathComponent("Output"))
        try Data(bad.json.utf8).write(to: site.appendingPathComponent("Content/data/x.json"))
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/data/x.json:" + bad.expected), "stderr was: \(run.stderr)")
        #expect(Harness.snapshot(site.appendingPathComponent("Output")) == before)
    }

    @Test func invalidUTF8IsRefused() throws {
        let site = try Self.site()
        var bytes = Data(#"{"kind":"kpis","name":""#.utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data(#""}"#.utf8))
        try bytes.write(to: site.appendingPathComponent("Content/data/x.json"))
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/data/x.json:1:24: error: invalid UTF-8 byte 0xFF; save the file as UTF-8"))
    }

    static let directiveCases: [(String, String)] = [
        ("```chart\ndata: x.json\ntype: bar\nx: month\ny: n\ntitel: T\n```", "Content/index.md:8:1: error: chart: unknown key 'titel'; did you mean 'title'?"),
        ("```chart\ndata: x.json\ntype: bars\n```", "Content/index.md:5:7: error: type: unknown chart type 'bars'; did you mean 'bar'?"),
        ("```chart\ndata: ../site.yml\n```", "Content/index.md:4:7: error: data: '../site.yml' may not contain '..'"),
        ("```chart\ndata: /etc/passwd.json\n```", "Content/index.md:4:7: error: data: '/etc/passwd.json' must be a path relative to Content/data"),
        ("```chart\ndata: missing.json\n```", "Content/index.md:4:7: error: data: no file Content/data/missing.json"),
        ("```chart\ndata: x.json\ntype: line\nx: monht\ny: n\n```", "Content/index.md:6:1: error: no record has the field 'monht' (option 'x'); available fields: 'month', 'n'"),
        ("```chart\ndata: x.json\n```", "Content/index.md:4:1: error: type: record data needs a chart type"),
        ("```kpis\ndata: x.json\n```", "Content/index.md:4:1: error: kpis blocks need a file of kind 'kpis'; x.json holds records"),
        ("```table\ndata: x.json\nfields: [month, m]\n```", "Content/index.md:5:1: error: fields: no field 'm' in x.json; did you mean 'n'?"),
        ("```chart\ntype: bar\nx: a\ny: b\nvalues:\n  - {a: x, b: .inf}\n```", "Content/index.md:8:15: error: values[0].b: expected a finite number, found '.inf'"),
    ]

    @Test func directiveErrorsPointIntoTheBlock() throws {
        for (block, expected) in Self.directiveCases {
            let site = try Self.site()
            try Data("# Home\n\n\(block)\n".utf8).write(to: site.appendingPathComponent("Content/index.md"))
            let run = try Harness.run(["build", site.path], in: site)
            #expect(run.status == 1, "\(block)")
            #expect(run.stderr.contains(expected), "for \(block)\nstderr was: \(run.stderr)")
        }
    }

    @Test func nullValuesAreGapsNotErrors() throws {
        let site = try Self.site()
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: site.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("left out"))
    }
}
