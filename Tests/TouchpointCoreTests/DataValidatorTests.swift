import Foundation
import Testing
import TouchpointCharts
@testable import TouchpointCore

let dataTestFile = SourceFile(displayPath: "Content/data/x.json")

func dataLoad(_ json: String) -> Staged<LoadedData?> {
    DataLoader.load(Data(json.utf8), file: dataTestFile)
}

/// Every diagnostic of a file as printed, or [] when it loads.
func dataErrors(_ json: String) -> [String] {
    dataLoad(json).diagnostics.map(\.description)
}

private func dataLoaded(_ json: String) -> LoadedData? {
    dataLoad(json).value
}

private let E = "Content/data/x.json:"

@Suite struct DataValidatorTests {
    // Each case: a file and every error it must report, exactly.
    @Test(arguments: [
        // Root shape and kind.
        ("42", [E + "1:1: error: expected an array of records or an object with a 'kind', found the number 42"]),
        ("{\"name\":\"x\"}", [E + "1:1: error: missing required key 'kind'; expected one of: expectations, journey, kpis, matrix, opportunities, records, survey (or a bare array of records)"]),
        ("{\"kind\":\"kpi\"}", [E + "1:9: error: kind: unknown kind 'kpi'; did you mean 'kpis'? (one of: expectations, journey, kpis, matrix, opportunities, records, survey)"]),
        ("{\"kind\":\"survey\"}", [E + "1:1: error: missing required key 'questions'"]),
        ("{\"kind\":null}", [E + "1:9: error: kind: expected text, found null"]),
        ("{\"kind\":\"opportunities\",\"source\":5,\"asOf\":\"2026-09\",\"outcomes\":[{\"name\":\"a\",\"importance\":1,\"satisfaction\":2}]}",
         [E + "1:34: error: source: expected text, found the number 5",
          E + "1:43: error: asOf: expected a date like 2026-09-30, found text \"2026-09\""]),
        ("{\"kind\":\"opportunities\",\"asOf\":\"2026-02-29\",\"outcomes\":[{\"name\":\"a\",\"importance\":1,\"satisfaction\":2}]}",
         [E + "1:32: error: asOf: 2026-02-29 is not a real date: month 02 has no day 29"]),
        // A syntax error stops the file.
        ("{\"kind\":\"kpis\",\"kind\":\"x\"}", [E + "1:16: error: duplicate key 'kind'"]),
        // KPIs.
        (kpis(#"{"date":"2026-01","value":"low"}"#), [E + "1:102: error: kpis[0].points[0].value: expected a number, found text \"low\""]),
        (kpis(#"{"date":"Jan 2026","value":1}"#), [E + "1:84: error: kpis[0].points[0].date: expected a date like 2026-01-15, 2026-01, 2026-Q3 or 2026-W05, found text \"Jan 2026\""]),
        (kpis(#"{"date":"2026-13","value":1}"#), [E + "1:84: error: kpis[0].points[0].date: 2026-13 is not a real date: there is no month 13"]),
        (kpis(#"{"date":"2026-Q5","value":1}"#), [E + "1:84: error: kpis[0].points[0].date: 2026-Q5 is not a real quarter: quarters run Q1…Q4"]),
        (kpis(#"{"date":"2026-W54","value":1}"#), [E + "1:84: error: kpis[0].points[0].date: 2026-W54 is not a real ISO week: 2026 has weeks W01…W53"]),
        (kpis(#"{"date":"2026-Q2","value":1},{"date":"2026-03","value":2}"#),
         [E + "1:113: error: kpis[0].points[1].date: 2026-03 comes before 2026-Q2 (kpis[0].points[0]); points must be in ascending date order"]),
        (kpis(#"{"date":"2026-02","value":1},{"date":"2026-01","value":2}"#),
         [E + "1:113: error: kpis[0].points[1].date: 2026-01 comes before 2026-02 (kpis[0].points[0]); points must be in ascending date order"]),
        (kpis(#"{"date":"2026-02","value":1},{"date":"2026-02","value":2}"#),
         [E + "1:113: error: kpis[0].points[1].date: duplicate date 2026-02 (also kpis[0].points[0])"]),
        (kpis(#"{"date":"2026-01"}"#), [E + "1:76: error: kpis[0].points[0]: missing required key 'value' (use null for a gap)"]),
        (kpis(""), [E + "1:75: error: kpis[0].points: empty series; add at least one point"]),
        (#"{"kind":"kpis","kpis":[{"id":"nps","name":"NPS","direction":"higher","points":[{"date":"2026-01","value":1}]}]}"#,
         [E + "1:61: error: kpis[0].direction: unknown direction 'higher'; expected one of: up, down"]),
        (#"{"kind":"kpis","kpis":[{"id":"nps","nmae":"NPS","target":"40","direction":"up","points":[{"date":"2026-01","value":1}]}]}"#,
         [E + "1:24: error: kpis[0]: missing required key 'name' (is 'nmae' a typo?)",
          E + "1:58: error: kpis[0].target: expected a number, found text \"40\""]),
        (#"{"kind":"kpis","kpis":[{"id":"a","name":"A","direction":"up","points":[{"date":"2026-01","value":1}]},{"id":"a","name":"B","direction":"down","points":[{"date":"2026-01","value":null}]}]}"#,
         [E + "1:109: error: kpis[1].id: duplicate id 'a' (also kpis[0])"]),
        (#"{"kind":"kpis","kpis":{}}"#, [E + "1:23: error: kpis: expected an array, found an object"]),
        (#"{"kind":"kpis","kpis":[]}"#, [E + "1:23: error: kpis: expected at least one KPI, found an empty array"]),
        // Journey: every stage's problems in one pass.
        (journey(#"{"name":"A","actual":4},{"name":"B","ideal":-3.5,"customers":-5},{"name":"A"},{"ideal":1}"#),
         [E + "3:32: error: stages[0].actual: 4 is outside the emotion scale −3…3",
          E + "3:55: error: stages[1].ideal: −3.5 is outside the emotion scale −3…3",
          E + "3:72: error: stages[1].customers: expected a number ≥ 0, found −5",
          E + "3:84: error: stages[2].name: duplicate stage 'A' (also stages[0])",
          E + "3:89: error: stages[3]: missing required key 'name'"]),
        (journey(#"{"name":"A","touchpoints":["App",{"name":"Call","emotion":-4,"effort":"high","satisfaction":-1}]}"#),
         [E + "3:38: error: stages[0].touchpoints[0]: expected an object, found text \"App\"",
          E + "3:69: error: stages[0].touchpoints[1].emotion: −4 is outside the emotion scale −3…3",
          E + "3:81: error: stages[0].touchpoints[1].effort: expected a number, found text \"high\"",
          E + "3:103: error: stages[0].touchpoints[1].satisfaction: expected a number ≥ 0, found −1"]),
        ("{\"kind\":\"journey\",\"name\":\"J\",\"emotionScale\":{\"min\":3,\"max\":-3},\"stages\":[]}",
         [E + "1:45: error: emotionScale: min (3) must be less than max (−3)",
          E + "1:73: error: stages: expected at least one stage, found an empty array"]),
        ("{\"kind\":\"journey\",\"emotionScale\":{\"min\":\"low\"},\"stages\":[{\"name\":\"A\",\"actual\":99}]}",
         [E + "1:1: error: missing required key 'name'",
          E + "1:34: error: emotionScale: missing required key 'max'",
          E + "1:41: error: emotionScale.min: expected a number, found text \"low\""]),
        // Matrix.
        (matrix(#"{"row":"Respond to desires","column":"Retail","value":5}"#),
         [E + "1:141: error: cells[0].row: unknown row 'Respond to desires'; did you mean 'Respond to desire'?"]),
        (matrix(#"{"row":"Coach","column":"Zzzzz","value":11,"status":"ourz"}"#),
         [E + "1:158: error: cells[0].column: unknown column 'Zzzzz'; expected one of: Producer, Retail",
          E + "1:174: error: cells[0].value: 11 is outside the scale 0…10",
          E + "1:186: error: cells[0].status: unknown status 'ourz'; did you mean 'ours'? (one of: ours, competitor, threat, opportunity)"]),
        (matrix(#"{"row":"Coach","column":"Retail"},{"row":"Coach","column":"Retail","label":7}"#),
         [E + "1:168: error: cells[1]: duplicate cell for row 'Coach' and column 'Retail' (also cells[0])",
          E + "1:209: error: cells[1].label: expected text, found the number 7"]),
        (#"{"kind":"matrix","name":"M","rows":["A","A",""],"columns":[],"scale":{"min":0,"max":10},"cells":[{"row":"Q","column":"R"}]}"#,
         [E + "1:41: error: rows[1]: duplicate row 'A' (also rows[0])",
          E + "1:45: error: rows[2]: expected non-empty text, found text \"\"",
          E + "1:59: error: columns: expected at least one column, found an empty array"]),
        // Expectations.
        (#"{"kind":"expectations","layers":[{"layer":"delight","items":[{"name":"a","score":1}]},{"layer":"jyo","items":[]}]}"#,
         [E + "1:43: error: layers[0].layer: unknown layer 'delight'; expected one of: base, efficiency, joy",
          E + "1:96: error: layers[1].layer: unknown layer 'jyo'; did you mean 'joy'? (one of: base, efficiency, joy)",
          E + "1:110: error: layers[1].items: expected at least one item, found an empty array"]),
        (#"{"kind":"expectations","layers":[{"layer":"joy","items":[{"name":"a","score":11,"target":-1},{"name":"a","score":"7"}]},{"layer":"joy","items":[{"name":"b","score":5}]}]}"#,
         [E + "1:78: error: layers[0].items[0].score: 11 is outside the range 0…10",
          E + "1:90: error: layers[0].items[0].target: −1 is outside the range 0…10",
          E + "1:102: error: layers[0].items[1].name: duplicate item 'a' (also layers[0].items[0])",
          E + "1:114: error: layers[0].items[1].score: expected a number, found text \"7\"",
          E + "1:130: error: layers[1].layer: duplicate layer 'joy' (also layers[0])"]),
        (#"{"kind":"expectations","layers":[]}"#, [E + "1:33: error: layers: expected at least one layer, found an empty array"]),
        // Opportunities.
        (#"{"kind":"opportunities","outcomes":[{"name":"a","importance":"high","satisfaction":10.5},{"name":"a","importance":1,"satisfaction":1},{"name":"b"}]}"#,
         [E + "1:62: error: outcomes[0].importance: expected a number, found text \"high\"",
          E + "1:84: error: outcomes[0].satisfaction: 10.5 is outside the range 0…10",
          E + "1:98: error: outcomes[1].name: duplicate outcome 'a' (also outcomes[0])",
          E + "1:135: error: outcomes[2]: missing required key 'importance'",
          E + "1:135: error: outcomes[2]: missing required key 'satisfaction'"]),
        (#"{"kind":"opportunities","outcomes":[]}"#, [E + "1:36: error: outcomes: expected at least one outcome, found an empty array"]),
        // Records.
        (#"[{"a":1},{"a":2,"tags":["x"]},3,{"first name":{"x":1}}]"#,
         [E + "1:24: error: [1].tags: expected a number, text, true/false or null, found an array; records must be flat",
          E + "1:31: error: [2]: expected an object, found the number 3",
          E + "1:47: error: [3][\"first name\"]: expected a number, text, true/false or null, found an object; records must be flat"]),
        ("[]", [E + "1:1: error: expected at least one record, found an empty array"]),
        ("[\n  {\"a\": 1},\n  {\"a\": [\n]}\n]", [E + "3:9: error: [1].a: expected a number, text, true/false or null, found an array; records must be flat"]),
    ])
    func reportsEveryError(json: String, expected: [String]) {
        #expect(dataErrors(json) == expected)
    }

    @Test func loadsKPIs() {
        let loaded = dataLoaded(#"{"kind":"kpis","source":"Panel","asOf":"2024-02-29","kpis":[{"id":"nps","name":"NPS","unit":"pts","target":40,"direction":"down","extra":{"ignored":[1]},"points":[{"date":"2026-01","value":28},{"date":"2026-01-15","value":null},{"date":"2026-02","value":1e2}]}]}"#)
        #expect(loaded?.kind == "kpis")
        #expect(loaded?.provenance == Provenance(source: "Panel", asOf: "2024-02-29"))
        #expect(loaded?.data == .kpis([KPI(id: "nps", name: "NPS", unit: "pts", target: 40, direction: .down, points: [
            KPIPoint(date: "2026-01", value: 28), KPIPoint(date: "2026-01-15", value: nil), KPIPoint(date: "2026-02", value: 100),
        ])]))
    }

    @Test func loadsJourney() {
        let loaded = dataLoaded(journey(#"{"name":"A","customers":10,"ideal":2,"actual":-3,"touchpoints":[{"name":"App","channel":"app","emotion":3,"effort":0,"satisfaction":9}]},{"name":"B","persona":null}"#))
        #expect(loaded?.data == .journey(Journey(name: "J", persona: nil, emotionMin: -3, emotionMax: 3, stages: [
            JourneyStage(name: "A", customers: 10, ideal: 2, actual: -3, touchpoints: [
                Touchpoint(name: "App", channel: "app", emotion: 3, effort: 0, satisfaction: 9)]),
            JourneyStage(name: "B", customers: nil, ideal: nil, actual: nil, touchpoints: []),
        ])))
    }

    @Test func loadsMatrix() {
        let loaded = dataLoaded(matrix(#"{"row":"Coach","column":"Retail","value":10,"label":"L","status":"threat"},{"row":"Respond to desire","column":"Retail"}"#))
        #expect(loaded?.data == .matrix(Matrix(name: "M", rows: ["Respond to desire", "Coach"], columns: ["Retail", "Producer"],
                                               scaleMin: 0, scaleMax: 10, cells: [
            MatrixCell(row: "Coach", column: "Retail", value: 10, label: "L", status: .threat),
            MatrixCell(row: "Respond to desire", column: "Retail", value: nil, label: nil, status: nil),
        ])))
    }

    @Test func loadsExpectationsAndOpportunities() {
        let layers = dataLoaded(#"{"kind":"expectations","layers":[{"layer":"joy","items":[{"name":"a","score":0,"target":10}]},{"layer":"base","items":[{"name":"a","score":5}]}]}"#)
        #expect(layers?.data == .expectations([
            ExpectationLayer(layer: .joy, items: [ExpectationItem(name: "a", score: 0, target: 10)]),
            ExpectationLayer(layer: .base, items: [ExpectationItem(name: "a", score: 5, target: nil)]),
        ]))
        let outcomes = dataLoaded(#"{"kind":"opportunities","outcomes":[{"name":"a","importance":8,"satisfaction":3}]}"#)
        #expect(outcomes?.data == .opportunities([Outcome(name: "a", importance: 8, satisfaction: 3)]))
        #expect(outcomes?.provenance == Provenance())
    }

    @Test func loadsRecordsWithFieldsInFirstSeenOrder() {
        let loaded = dataLoaded(#"[{"month":"2026-01","n":1},{"n":2.5,"ok":true,"month":null},{"note":"x"}]"#)
        #expect(loaded?.kind == "records")
        #expect(loaded?.data == .records(Records(fields: ["month", "n", "ok", "note"], rows: [
            ["month": .text("2026-01"), "n": .number(1)],
            ["n": .number(2.5), "ok": .bool(true), "month": .null],
            ["note": .text("x")],
        ])))
    }

    @Test func syntaxErrorsAndSizeLimit() {
        #expect(dataErrors("{\n  \"kind\": \"kpis\",\n}") == [E + "3:1: error: expected a string key after ',', found '}' (JSON does not allow trailing commas)"])
        let big = Data(count: DataLoader.maxFileSize + 1)
        let errors = DataLoader.load(big, file: dataTestFile)
        guard errors.value == nil else { Issue.record("accepted"); return }
        #expect(errors.diagnostics.map(\.description) == [E + "1:1: error: the file is larger than 20 MB"])
    }

    @Test func datesTable() {
        #expect(DataDates.problem("2024-02-29", allowMonth: false) == nil)
        #expect(DataDates.problem("2000-02-29", allowMonth: false) == nil)
        #expect(DataDates.problem("1900-02-29", allowMonth: false) == "1900-02-29 is not a real date: month 02 has no day 29")
        #expect(DataDates.problem("2026-04-31", allowMonth: true) == "2026-04-31 is not a real date: month 04 has no day 31")
        #expect(DataDates.problem("2026-00", allowMonth: true) == "2026-00 is not a real date: there is no month 0")
        #expect(DataDates.problem("2026-1-05", allowMonth: true) == "expected a date like 2026-01 or 2026-01-15, found text \"2026-1-05\"")
        #expect(DataDates.problem("2026-01", allowMonth: false) == "expected a date like 2026-09-30, found text \"2026-01\"")
        #expect(DataDates.problem("+026-01-01", allowMonth: false) != nil)
    }

    @Test func numberWording() {
        #expect(DataChecker.format(-3) == "−3")
        #expect(DataChecker.format(2.5) == "2.5")
        #expect(DataChecker.format(1e20) == "1e+20")
        #expect(JSONPath.root.key("a").index(2).key("b c").description == "a[2][\"b c\"]")
    }
}

/// A one-KPI file whose points are `points`; the first point starts at column 76.
private func kpis(_ points: String) -> String {
    #"{"kind":"kpis","kpis":[{"id":"nps","name":"NPS","direction":"up","points":["# + points + "]}]}"
}

/// A journey on a −3…3 scale; stages are on line 3 from column 11.
private func journey(_ stages: String) -> String {
    "{\"kind\":\"journey\",\"name\":\"J\",\n\"emotionScale\":{\"min\":-3,\"max\":3},\n\"stages\":[" + stages + "]}"
}

/// A 2×2 matrix on a 0–10 scale.
private func matrix(_ cells: String) -> String {
    #"{"kind":"matrix","name":"M","rows":["Respond to desire","Coach"],"columns":["Retail","Producer"],"scale":{"min":0,"max":10},"cells":["# + cells + "]}"
}
