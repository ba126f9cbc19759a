import Foundation
import Testing
import TouchpointCharts
@testable import TouchpointCore

/// What a refresh changed, per kind of data, against hand-worked tables; and
/// two properties: the same data changes nothing, and A→B mirrors B→A.
@Suite struct ChangeDetectorTests {
    static func kpi(_ id: String, target: Double? = nil, direction: Direction = .up, unit: String? = nil,
                    _ points: [(String, Double?)]) -> KPI {
        KPI(id: id, name: id.uppercased(), unit: unit, target: target, direction: direction,
            points: points.map { KPIPoint(date: $0.0, value: $0.1) })
    }

    static let wording = ChangeWording()

    static func sentences(_ before: ChartData?, _ after: ChartData?) -> [String] {
        ChangeDetector.changes(from: before.map { ["f.json": $0] } ?? [:], to: after.map { ["f.json": $0] } ?? [:])
            .map(wording.sentence)
    }

    @Test func kpisCrossTargetsAndMove() {
        let before = ChartData.kpis([
            Self.kpi("nps", target: 40, [("2026-Q1", 30), ("2026-Q2", 38)]),
            Self.kpi("churn", target: 10, direction: .down, unit: "%", [("2026-Q2", 9.5)]),
            Self.kpi("ces", [("2026-05", 3.9), ("2026-06", 3.8)]),
            Self.kpi("old", [("2026-06", 1)]),
        ])
        let after = ChartData.kpis([
            Self.kpi("nps", target: 40, [("2026-Q1", 30), ("2026-Q2", 38), ("2026-Q3", 41)]),
            Self.kpi("churn", target: 10, direction: .down, unit: "%", [("2026-Q2", 9.5), ("2026-Q3", 10.4)]),
            Self.kpi("ces", [("2026-05", 4.0), ("2026-06", 3.8)]),
            Self.kpi("new", [("2026-09", 2)]),
        ])
        #expect(Self.sentences(before, after) == [
            "CHURN rose from 9.5% in Q2 2026 to 10.4% in Q3 2026 (+0.9\u{00A0}pts) and no longer meets its target of 10%.",
            "NPS rose from 38 in Q2 2026 to 41 in Q3 2026 (+3) and now meets its target of 40.",
            "NEW is new.",
            "OLD is gone.",
            "CES: 1 earlier point revised; the latest value is unchanged.",
        ])
    }

    @Test func journeysCompareEmotionScoreAndDropOff() {
        func journey(_ waitEmotion: Double, _ settled: Double) -> ChartData {
            .journey(Journey(name: "Claims", persona: nil, emotionMin: -3, emotionMax: 3, stages: [
                JourneyStage(name: "Report", customers: 1000, ideal: 2, actual: 1, touchpoints: []),
                JourneyStage(name: "Wait", customers: 900, ideal: 1, actual: waitEmotion, touchpoints: [
                    Touchpoint(name: "Call", channel: nil, emotion: waitEmotion, effort: nil, satisfaction: nil),
                    Touchpoint(name: "App", channel: nil, emotion: 0, effort: nil, satisfaction: nil),
                ]),
                JourneyStage(name: "Settle", customers: settled, ideal: 2, actual: 1, touchpoints: []),
            ]))
        }
        // Drop-off into Settle: 1 − 810/900 = 10% before, 1 − 720/900 = 20% after.
        #expect(Self.sentences(journey(-2, 810), journey(-1, 720)) == [
            "Claims › Wait: score rose from −2 to −1 (+1).",
            "Claims › Settle: drop-off rose from 10% to 20% (+10\u{00A0}pts).",
            "Claims › Wait: emotion rose from −1 to −0.5 (+0.5).",
        ])
    }

    @Test func matrixCellsAreAddedRemovedRescoredAndRestated() {
        func matrix(_ cells: [MatrixCell]) -> ChartData {
            .matrix(Matrix(name: "M", rows: ["Desire", "Want"], columns: ["Retailer", "Coach"], scaleMin: 0, scaleMax: 10, cells: cells))
        }
        let before = matrix([MatrixCell(row: "Desire", column: "Retailer", value: 7, label: nil, status: .ours),
                             MatrixCell(row: "Want", column: "Coach", value: 4, label: nil, status: .threat),
                             MatrixCell(row: "Want", column: "Retailer", value: 2, label: nil, status: nil)])
        let after = matrix([MatrixCell(row: "Desire", column: "Retailer", value: 7.5, label: nil, status: .ours),
                            MatrixCell(row: "Want", column: "Coach", value: 4, label: nil, status: .opportunity),
                            MatrixCell(row: "Desire", column: "Coach", value: 5, label: nil, status: nil)])
        #expect(Self.sentences(before, after) == [
            "Desire › Coach is new.",
            "Want › Retailer is gone.",
            "Want › Coach: status changed from threat to opportunity.",
            "Desire › Retailer: score rose from 7 to 7.5 (+0.5).",
        ])
    }

    @Test func expectationsAndOpportunityRanks() {
        let layers = { (score: Double) in ChartData.expectations([ExpectationLayer(layer: .base, items: [
            ExpectationItem(name: "Paid correctly", score: score, target: 8),
            ExpectationItem(name: "Secure", score: 8.4, target: 9),
        ])]) }
        #expect(Self.sentences(layers(7.8), layers(8.1)) == [
            "Base › Paid correctly: score rose from 7.8 to 8.1 (+0.3) and now meets its target of 8.",
        ])
        // Opportunity = importance + max(importance − satisfaction, 0): 13.5, 13.2, 11.8 → 13.5, 13.2, 13.8.
        let before = ChartData.opportunities([Outcome(name: "Status", importance: 8.7, satisfaction: 3.9),
                                               Outcome(name: "Price", importance: 8.4, satisfaction: 3.6),
                                               Outcome(name: "One contact", importance: 8.9, satisfaction: 6.0)])
        let after = ChartData.opportunities([Outcome(name: "Status", importance: 8.7, satisfaction: 3.9),
                                              Outcome(name: "Price", importance: 8.4, satisfaction: 3.6),
                                              Outcome(name: "One contact", importance: 8.9, satisfaction: 4.0)])
        #expect(Self.sentences(before, after) == [
            "One contact moved up from #3 to #1 among the opportunities.",
            "Price moved down from #2 to #3 among the opportunities.",
            "Status moved down from #1 to #2 among the opportunities.",
        ])
    }

    @Test func recordsMatchRowsByTheirTextFields() {
        func records(_ rows: [(String, String, Double)]) -> ChartData {
            .records(Records(fields: ["month", "channel", "contacts"], rows: rows.map {
                ["month": .text($0.0), "channel": .text($0.1), "contacts": .number($0.2)]
            }, info: ["contacts": FieldInfo(label: "Contacts")]))
        }
        let before = records([("2026-01", "web", 100), ("2026-01", "app", 50), ("2026-02", "web", 120)])
        let after = records([("2026-01", "web", 100), ("2026-01", "app", 40), ("2026-03", "web", 130), ("2026-03", "app", 60)])
        #expect(Self.sentences(before, after) == [
            "2 rows added (Mar 2026), 1 removed (Feb 2026), 1 changed.",
            "2026-01 · app: Contacts fell from 50 to 40 (−10).",
        ])
        // Rows that share their text fields are compared whole: additions and removals only.
        let twice = records([("2026-01", "web", 100), ("2026-01", "web", 90)])
        let thrice = records([("2026-01", "web", 100), ("2026-01", "web", 95), ("2026-01", "web", 90)])
        #expect(Self.sentences(twice, thrice) == ["1 row added."])
    }

    @Test func filesComeAndGoAndChangeKind() {
        let kpis = ChartData.kpis([Self.kpi("nps", [("2026-01", 1)])])
        #expect(Self.sentences(nil, kpis) == ["New data file data/f.json."])
        #expect(Self.sentences(kpis, nil) == ["Data file data/f.json is gone."])
        #expect(Self.sentences(kpis, .records(Records(fields: [], rows: []))) == ["Data file data/f.json is gone.", "New data file data/f.json."])
    }

    @Test func targetCrossingsComeFirstThenTheLargestMoves() {
        var small = DataChange(file: "a", kind: .moved, item: "small", before: 100, after: 101)
        small.scale = nil
        let large = DataChange(file: "a", kind: .moved, item: "large", before: 10, after: 20)
        let crossing = DataChange(file: "z", kind: .targetMet, item: "tiny", before: 39.9, after: 40)
        #expect([small, large, crossing].sorted(by: DataChange.ordered).map(\.item) == ["tiny", "large", "small"])
    }

    // MARK: - Properties

    /// Random data of every kind, from a small pool of names so versions overlap.
    struct Generator {
        var rng: DataSeededRNG

        mutating func number(_ range: ClosedRange<Int>) -> Double { Double(Int.random(in: range, using: &rng)) / 2 }
        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        mutating func some<T>(_ items: [T]) -> [T] { items.filter { _ in chance(0.7) } }

        mutating func data(_ kind: Int) -> ChartData {
            switch kind {
            case 0:
                return .kpis(some(["nps", "csat", "churn"]).map { id in
                    let dates = some(["2026-Q1", "2026-Q2", "2026-Q3"])
                    return KPI(id: id, name: id, unit: id == "churn" ? "%" : nil, target: id == "csat" ? nil : 20,
                               direction: id == "churn" ? .down : .up,
                               points: dates.map { KPIPoint(date: $0, value: chance(0.2) ? nil : number(30...50)) })
                })
            case 1:
                return .journey(Journey(name: "J", persona: nil, emotionMin: -3, emotionMax: 3, stages: some(["a", "b", "c", "d"]).map {
                    JourneyStage(name: $0, customers: chance(0.8) ? number(100...200) : nil, ideal: 1, actual: number(-6...6),
                                 touchpoints: [Touchpoint(name: "t", channel: nil, emotion: number(-6...6), effort: nil, satisfaction: nil)])
                }))
            case 2:
                let rows = ["r1", "r2"], columns = ["c1", "c2", "c3"]
                var cells: [MatrixCell] = []
                for row in rows { for column in columns where chance(0.7) {
                    cells.append(MatrixCell(row: row, column: column, value: chance(0.9) ? number(0...20) : nil, label: nil,
                                            status: chance(0.5) ? CellStatus.allCases.randomElement(using: &rng) : nil))
                } }
                return .matrix(Matrix(name: "M", rows: rows, columns: columns, scaleMin: 0, scaleMax: 10, cells: cells))
            case 3:
                return .expectations(some(ExpectationLayerKind.allCases).map { layer in
                    ExpectationLayer(layer: layer, items: some(["x", "y", "z"]).map {
                        ExpectationItem(name: $0, score: number(0...20), target: chance(0.5) ? number(10...20) : nil)
                    })
                })
            case 4:
                return .opportunities(some(["o1", "o2", "o3", "o4"]).map {
                    Outcome(name: $0, importance: number(0...20), satisfaction: number(0...20))
                })
            default:
                let keyed = chance(0.7)
                let rows: [[String: RecordValue]] = (0..<Int.random(in: 0...14, using: &rng)).compactMap { index in
                    guard chance(0.8) else { return nil }
                    let month = keyed ? "2026-\(index / 2 + 1)" : "2026-1"
                    return ["month": .text(month), "channel": .text(index % 2 == 0 ? "web" : "app"),
                            "n": chance(0.1) ? .null : .number(number(0...8))]
                }
                return .records(Records(fields: ["month", "channel", "n"], rows: rows))
            }
        }
    }

    @Test(arguments: 0..<6) func theSameDataChangesNothingAndChangesMirror(kind: Int) {
        var generator = Generator(rng: DataSeededRNG(state: UInt64(kind) &* 7919 &+ 17))
        for _ in 0..<300 {
            let a = ["x.json": generator.data(kind)]
            let b = ["x.json": generator.data(kind)]
            #expect(ChangeDetector.changes(from: a, to: a).isEmpty, "\(a)")
            let forward = ChangeDetector.changes(from: a, to: b)
            let backward = ChangeDetector.changes(from: b, to: a)
            #expect(backward == forward.map(\.mirrored), "A \(a)\nB \(b)")
        }
    }

    @Test func theHistoryReadsBackAsWritten() throws {
        var refresh = Refresh(data: "abc", asOf: "2026-09-30", baselineAsOf: "2026-06-30", baseline: "the published site")
        var change = DataChange(file: "kpis.json", kind: .targetMet, item: "NPS", before: 38, after: 41.25)
        change.beforeLabel = "2026-Q2"
        change.afterTarget = 40
        change.better = true
        refresh.changes = [change]
        refresh.since = ["kpis.json": "2026-06-30"]
        let history = RefreshHistory().adding(refresh)
        let read = try RefreshHistory.decode(Data(history.json.utf8)).get()
        #expect(read == history)
        #expect(read.json == history.json)
        var other = RefreshHistory()
        for index in 0..<30 { other = other.adding(Refresh(data: "\(index)")) }
        #expect(other.refreshes.count == RefreshHistory.limit)
        #expect(other.refreshes.first?.data == "29")
        guard case .failure = RefreshHistory.decode(Data(#"{"format":"other/9","refreshes":[]}"#.utf8)) else {
            Issue.record("another format was read"); return
        }
    }

    @Test(arguments: [
        ("alerts:\n  - {kpi: nps, below: targt}\n", "site.yml:2:23: error: alerts[0].below: expected a number or 'target', found 'targt'"),
        ("alerts:\n  - {kpi: nps}\n", "site.yml:2:5: error: alerts[0]: a rule needs one of below, above, drop, rise or stale"),
        ("alerts:\n  - {kpi: nps, drop: -2}\n", "site.yml:2:22: error: alerts[0].drop: expected a positive amount, found −2"),
        ("alerts:\n  - {below: 3}\n", "site.yml:2:5: error: alerts[0]: which KPI? add kpi: ID, the id of a KPI in a kpis file"),
        ("alerts:\n  - {kpi: nps, stale: true}\n", "site.yml:2:5: error: alerts[0]: stale: true is about every data file; leave out kpi"),
        ("alerts:\n  - {kpi: nps, below: 3, above: 9}\n", "site.yml:2:5: error: alerts[0]: a rule has one condition; write one rule per condition"),
        ("alerts:\n  - {kpi: nps, under: 3}\n", "site.yml:2:16: error: alerts[0]: unknown key 'under'"),
        ("staleAfter: 45 days\n", "site.yml:1:13: error: staleAfter: expected days or weeks such as 45d or 6w, found '45 days'"),
    ])
    func badRulesAreErrorsWhereTheyAreWritten(_ yaml: String, _ message: String) {
        let parsed = SiteConfigParser.parse("title: T\n" + yaml, file: SourceFile(displayPath: "site.yml"))
        let said = parsed.diagnostics.map { d in "\(d.path):\(d.line - 1):\(d.column): error: \(d.message)" }
        #expect(said.contains { $0.hasPrefix(message) }, "\(said)")
    }
}
