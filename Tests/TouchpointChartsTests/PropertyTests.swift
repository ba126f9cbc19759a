import Foundation
import Testing
@testable import TouchpointCharts

/// xorshift64*, so every run draws the same datasets and a failure names its seed.
struct SeededRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E3779B97F4A7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27
        return state &* 2685821657736338717
    }
}

/// Random but finite inputs: odd sizes, equal values, negatives, huge values, hostile names.
struct DataGen {
    var rng: SeededRNG
    static let names = ["", "A & B", "<script>", "\"quoted\"", "it's", "Wait for repair", "Peer-to-peer network of very long partner names",
                        "Ω≈ç", "x", "Instant claims chat", "—", "200"]

    mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func name() -> String { chance(0.7) ? DataGen.names[int(0...DataGen.names.count - 1)] : "Item \(int(0...300))" }
    mutating func value() -> Double {
        switch int(0...6) {
        case 0: return 0
        case 1: return Double(int(-5...5))
        case 2: return Double.random(in: -1e12...1e12, using: &rng)
        case 3: return Double.random(in: -1e-9...1e-9, using: &rng)
        case 4: return 7
        default: return Double.random(in: -100...100, using: &rng)
        }
    }
    mutating func optionalValue() -> Double? { chance(0.15) ? nil : value() }
    mutating func date() -> String {
        let y = int(2020...2027), m = int(1...12)
        let mm = m < 10 ? "0\(m)" : "\(m)"
        if chance(0.5) { return "\(y)-\(mm)" }
        let d = int(1...28)
        return "\(y)-\(mm)-\(d < 10 ? "0\(d)" : "\(d)")"
    }

    mutating func journey() -> Journey {
        let n = int(1...(chance(0.1) ? 200 : 8))
        return Journey(name: name(), persona: chance(0.5) ? name() : nil, emotionMin: value(), emotionMax: value(),
                       stages: (0..<n).map { _ in
                           JourneyStage(name: name(), customers: optionalValue(), ideal: optionalValue(), actual: optionalValue(),
                                        touchpoints: (0..<int(0...4)).map { _ in Touchpoint(name: name(), channel: chance(0.8) ? name() : nil, emotion: optionalValue(), effort: nil, satisfaction: nil) })
                       })
    }
    mutating func kpis() -> [KPI] {
        (0..<int(1...3)).map { _ in
            let sameDates = chance(0.2)
            let d0 = date()
            return KPI(id: name(), name: name(), unit: ["pts", "%", nil, "days", "<u>"][int(0...4)], target: optionalValue(),
                       direction: chance(0.5) ? .up : .down,
                       points: (0..<int(1...14)).map { _ in KPIPoint(date: sameDates ? d0 : date(), value: optionalValue()) })
        }
    }
    mutating func matrix() -> Matrix {
        let rows = (0..<int(1...6)).map { _ in name() }, cols = (0..<int(1...7)).map { _ in name() }
        var cells: [MatrixCell] = []
        for r in rows { for c in cols where chance(0.8) {
            cells.append(MatrixCell(row: r, column: c, value: optionalValue(), label: chance(0.7) ? name() : nil,
                                    status: chance(0.5) ? CellStatus.allCases[int(0...3)] : nil))
        } }
        return Matrix(name: name(), rows: rows, columns: cols, scaleMin: value(), scaleMax: value(), cells: cells)
    }
    mutating func expectations() -> [ExpectationLayer] {
        (0..<int(1...3)).map { _ in
            ExpectationLayer(layer: ExpectationLayerKind.allCases[int(0...2)],
                             items: (0..<int(1...6)).map { _ in ExpectationItem(name: name(), score: value(), target: optionalValue()) })
        }
    }
    mutating func outcomes() -> [Outcome] {
        (0..<int(1...(chance(0.1) ? 60 : 14))).map { _ in Outcome(name: name(), importance: chance(0.8) ? Double(int(0...100)) / 10 : value(),
                                                              satisfaction: chance(0.8) ? Double(int(0...100)) / 10 : value()) }
    }
    mutating func records() -> (Records, ChartOptions) {
        let xKind = int(0...2)
        let n = int(1...(chance(0.1) ? 200 : 30))
        var rows: [[String: RecordValue]] = []
        let groups = (0..<int(1...4)).map { _ in name() }
        for i in 0..<n {
            var row: [String: RecordValue] = [:]
            switch xKind {
            case 0: row["x"] = .text(chance(0.5) ? name() : "Cat \(i)")
            case 1: row["x"] = .number(value())
            default: row["x"] = .text(date())
            }
            if chance(0.05) { row["x"] = .null }
            row["y"] = chance(0.1) ? .null : .number(value())
            if chance(0.8) { row["z"] = .number(value()) }
            row["s"] = .text(groups[int(0...groups.count - 1)])
            rows.append(row)
        }
        var o = ChartOptions()
        o.x = "x"
        o.y = chance(0.2) ? ["y", "z"] : ["y"]
        if chance(0.5) { o.series = "s" }
        o.value = "y"
        o.stacked = chance(0.3)
        o.horizontal = chance(0.3)
        if chance(0.1) { o.yMin = value() }
        if chance(0.1) { o.width = Double(int(120...1400)); o.height = Double(int(80...900)) }
        return (Records(fields: ["x", "y", "z", "s"], rows: rows), o)
    }

    /// Random surveys: any scale, blanks, weights, groups as small as one respondent, long texts.
    mutating func survey() -> Survey {
        let scale = chance(0.5) ? 5 : 7
        let questions = [SurveyQuestion(id: "n", kind: .nps, text: chance(0.5) ? name() : "")]
            + (0..<int(1...6)).map { k in SurveyQuestion(id: "l\(k)", kind: .likert, text: name(), scale: scale) }
        let groups = (0..<int(1...5)).map { _ in name() }
        let responses = (0..<int(0...(chance(0.1) ? 300 : 40))).map { _ in
            SurveyResponse(answers: questions.map { q in chance(0.1) ? nil : int(q.answers) },
                           groups: [groups[int(0...groups.count - 1)]], weight: chance(0.3) ? Double(int(1...40)) / 10 : 1,
                           count: chance(0.1) ? int(1...50) : 1)
        }
        return Survey(questions: questions, groupColumns: ["g"], responses: responses)
    }

    mutating func request(_ type: ChartType, prefix: String) -> ChartRequest {
        var o = ChartOptions()
        let data: ChartData
        switch type {
        case .journey, .funnel, .gap: data = chance(0.8) || type == .journey ? .journey(journey()) : (type == .gap ? .expectations(expectations()) : .records(records().0))
        case .kpi, .trend: data = .kpis(kpis())
        case .matrix: data = .matrix(matrix())
        case .expectations: data = .expectations(expectations())
        case .opportunities: data = .opportunities(outcomes())
        case .sankey:
            // Random flows between a few names: loops and self-flows are refused, the rest drawn.
            let names = (0..<int(2...8)).map { _ in name() }
            let rows: [[String: RecordValue]] = (0..<int(1...20)).map { _ in
                ["from": .text(names[int(0...names.count - 1)]), "to": .text(names[int(0...names.count - 1)]),
                 "value": chance(0.1) ? .null : .number(Double(int(0...5000)))]
            }
            data = .records(Records(fields: ["from", "to", "value"], rows: rows))
        case .nps, .likert, .distribution:
            data = .survey(survey())
            if chance(0.5), type != .distribution { o.by = "g" }
            if type == .distribution, chance(0.5) { o.question = "l0" }
            if type == .likert, o.by != nil { o.question = "l0" }
            if chance(0.2) { o.minN = int(1...100) }
            if chance(0.1) { o.width = Double(int(120...1400)) }
        case .line, .bar, .area, .scatter, .heatmap:
            let (r, opts) = records()
            data = .records(r); o = opts
            if type == .heatmap { o.y = ["s"] }
        }
        if chance(0.2) { o.title = name() }
        o.sorted = chance(0.5)
        return ChartRequest(type: type, data: data, options: o, provenance: Provenance(), idPrefix: prefix)
    }
}

@Suite struct PropertyTests {
    static let coordinateNames: Set<String> = ["x", "y", "cx", "cy", "x1", "x2", "y1", "y2", "width", "height"]

    @Test(arguments: ChartType.allCases) func randomInputsGiveValidSVG(_ type: ChartType) throws {
        for i in 0..<200 {
            let seed = UInt64(0xC0FFEE) &+ UInt64(i) &* 7919 &+ UInt64(type.rawValue.utf8.count) &* 104729
            var gen = DataGen(rng: SeededRNG(seed: seed))
            let prefix = "p\(i)-\(type.rawValue)"
            let request = gen.request(type, prefix: prefix)
            let first = ChartEngine.render(request)
            #expect(first == ChartEngine.render(request), "not deterministic, seed \(seed)")
            guard case .success(let out) = first else { continue }
            let problems = PropertyTests.problems(out.svg, prefix: prefix)
            #expect(problems.isEmpty, "seed \(seed) (\(type)): \(problems.prefix(3))")
            if !problems.isEmpty { return }
            #expect(!out.summary.isEmpty, "seed \(seed)")
        }
    }

    /// Small multiples of random data: valid, deterministic, and every panel's value axis reads alike.
    @Test(arguments: FacetChart.supported) func randomFacetsShareTheirScale(_ type: ChartType) throws {
        for i in 0..<150 {
            let seed = UInt64(0xFACE7) &+ UInt64(i) &* 7919 &+ UInt64(type.rawValue.utf8.count) &* 104729
            var gen = DataGen(rng: SeededRNG(seed: seed))
            let prefix = "f\(i)-\(type.rawValue)"
            var request = gen.request(type, prefix: prefix)
            if case .survey = request.data { request.options.facet = "g" } else { request.options.facet = gen.chance(0.8) ? "s" : "x" }
            request.options.sorted = false
            request.layout = gen.chance(0.5) ? .compact : .regular
            let first = ChartEngine.render(request)
            #expect(first == ChartEngine.render(request), "not deterministic, seed \(seed)")
            guard case .success(let out) = first else { continue }
            let problems = PropertyTests.problems(out.svg, prefix: prefix)
            #expect(problems.isEmpty, "seed \(seed) (\(type)): \(problems.prefix(3))")
            let axes = Set(out.svg.components(separatedBy: "class=\"tp-facet-panel\"").dropFirst().compactMap(PropertyTests.valueAxis))
            #expect(axes.count <= 1, "seed \(seed) (\(type)): panels have different value axes \(axes.prefix(2))")
            #expect(out.table.rows.allSatisfy { $0.count == out.table.columns.count }, "seed \(seed)")
            if !problems.isEmpty { return }
        }
    }

    /// The tick labels of a panel's vertical value axis, in order; nil when it has none.
    static func valueAxis(_ panel: String) -> String? {
        guard let start = panel.range(of: "<g class=\"tp-axis-y\">"),
              let end = panel.range(of: "</g>", range: start.upperBound..<panel.endIndex) else { return nil }
        let axis = panel[start.upperBound..<end.lowerBound]
        return axis.components(separatedBy: "</text>").compactMap { $0.split(separator: ">").last.map(String.init) }
            .joined(separator: "|")
    }

    static func problems(_ svg: String, prefix: String) -> [String] {
        var issues: [String] = []
        // Attribute names that hold a bad word are not numbers.
        let scanned = svg.replacingOccurrences(of: "dominant-baseline", with: "")
        for bad in ["NaN", "nan", "inf", "Infinity", "e+", "e-0"] where scanned.contains(bad) && !(bad == "inf" && scanned.contains("info")) {
            let at = scanned.range(of: bad).map { hit in
                scanned[(scanned.index(hit.lowerBound, offsetBy: -40, limitedBy: scanned.startIndex) ?? scanned.startIndex)..<hit.upperBound] } ?? ""
            issues.append("contains \(bad) in …\(at)")
        }
        let elements: [XMLElement]
        do { elements = try XMLCheck.parse(svg) } catch { return issues + ["not well-formed: \(error)"] }
        guard let root = elements.first, root.name == "svg",
              let viewBox = root.attributes.first(where: { $0.0 == "viewBox" })?.1 else { return issues + ["no svg root/viewBox"] }
        let vb = viewBox.split(separator: " ").compactMap { Double($0) }
        guard vb.count == 4 else { return issues + ["bad viewBox"] }
        if root.attributes.contains(where: { $0.0 == "width" || $0.0 == "height" }) { issues.append("root has width/height") }
        for e in elements.dropFirst() {
            for (k, v) in e.attributes {
                if k == "id" && !v.hasPrefix(prefix) { issues.append("id \(v) lacks prefix") }
                guard PropertyTests.coordinateNames.contains(k), e.name != "tspan" || k == "x" else { continue }
                guard let n = Double(v) else { issues.append("\(e.name) \(k)=\(v) not a number"); continue }
                if v.hasPrefix("-0") && n == 0 { issues.append("-0") }
                let limit = (k.hasPrefix("x") || k.hasPrefix("cx") || k == "width") ? vb[2] : vb[3]
                if n < 0 || n > limit { issues.append("\(e.name) \(k)=\(v) outside viewBox") }
            }
        }
        return issues
    }

    @Test func hugeCategoryCountStaysLegible() {
        var r = Fixtures.request(.bar)
        r.data = .records(Records(fields: ["k", "v"], rows: (0..<200).map { ["k": .text("Category number \($0)"), "v": .number(Double($0 % 17))] }))
        r.options.x = "k"; r.options.y = ["v"]; r.options.series = nil
        guard case .success(let out) = ChartEngine.render(r) else { Issue.record("failed"); return }
        #expect(out.svg.contains("rotate(-35"))
        #expect(PropertyTests.problems(out.svg, prefix: "tp-bar").isEmpty)
    }
}
