@testable import TouchpointCharts

/// Realistic inputs shared by the golden and property tests.
enum Fixtures {
    static let claimsJourney = Journey(
        name: "Motor claim journey", persona: "Policyholder after an accident", emotionMin: -3, emotionMax: 3,
        stages: [
            JourneyStage(name: "Report claim", customers: 12400, ideal: 1.0, actual: -0.4, touchpoints: [
                Touchpoint(name: "Claims hotline", channel: "Phone", emotion: -0.5, effort: 3, satisfaction: 6),
                Touchpoint(name: "FNOL form", channel: "Web", emotion: -0.2, effort: 2, satisfaction: 7)]),
            JourneyStage(name: "Assessment appointment", customers: 11800, ideal: 1.0, actual: 0.3, touchpoints: [
                Touchpoint(name: "Booking SMS", channel: "SMS", emotion: 0.4, effort: 1, satisfaction: 8)]),
            JourneyStage(name: "Wait for repair", customers: 10100, ideal: 2.0, actual: -1.8, touchpoints: [
                Touchpoint(name: "Status page", channel: "Web", emotion: -1.5, effort: 3, satisfaction: 4),
                Touchpoint(name: "Chasing call", channel: "Phone", emotion: -2.2, effort: 4, satisfaction: 3)]),
            JourneyStage(name: "Courtesy car", customers: 7300, ideal: 1.5, actual: 0.6, touchpoints: [
                Touchpoint(name: "Rental desk", channel: "Branch", emotion: 0.5, effort: 2, satisfaction: 7)]),
            JourneyStage(name: "Repair done & returned", customers: 6900, ideal: 2.0, actual: 1.4, touchpoints: [
                Touchpoint(name: "Pickup", channel: "Branch", emotion: 1.2, effort: 1, satisfaction: 8),
                Touchpoint(name: "Survey <email>", channel: "Email", emotion: nil, effort: nil, satisfaction: nil)]),
            JourneyStage(name: "Settlement", customers: 6500, ideal: 1.5, actual: 0.9, touchpoints: [
                Touchpoint(name: "Payout letter", channel: "Email", emotion: 0.8, effort: 1, satisfaction: 7)]),
        ])

    static let months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]

    static let kpis = [
        KPI(id: "nps", name: "NPS", unit: "pts", target: 40, direction: .up,
            points: zip(months, [28, 30, nil, 31, 33, 32, 34, 32, 35] as [Double?]).map { KPIPoint(date: $0, value: $1) }),
        KPI(id: "csat", name: "CSAT", unit: "%", target: 80, direction: .up,
            points: zip(months, [71, 72, 74, 73, 76, nil, 77, 78, 79] as [Double?]).map { KPIPoint(date: $0, value: $1) }),
    ]

    static let strategyMatrix: Matrix = {
        let rows = ["Respond to desire", "Curated offering", "Coach behaviour", "Automatic execution"]
        let cols = ["Point of sale", "Mobile app", "Peer-to-peer network", "Connected car", "Repair partner network"]
        let labels = [
            ["Instant quote", "Instant claims chat", "Community Q&A", nil, "Book a repair"],
            ["Bundle builder", "Personal offers", "Referral rewards", "Usage-based cover", nil],
            ["Risk tips", "Safe-driving score", "Driver leagues", "Crash alerts & coaching", "Repair tracker"],
            [nil, "Auto renewal", "Group cover", "Automatic FNOL", "Parts pre-ordering"],
        ]
        let values: [[Double?]] = [[3.8, 4.5, 2.1, nil, 3.2], [2.9, 3.6, 1.8, 2.4, nil], [1.5, 3.1, 1.2, 4.1, 2.6], [nil, 4.2, 1.4, 3.3, 2.0]]
        let statuses: [[CellStatus?]] = [[.ours, .ours, .competitor, nil, .opportunity], [.competitor, .ours, nil, .threat, nil],
                                         [nil, .opportunity, .threat, .opportunity, nil], [nil, .ours, .competitor, .threat, .opportunity]]
        var cells: [MatrixCell] = []
        for (i, r) in rows.enumerated() {
            for (j, c) in cols.enumerated() where values[i][j] != nil {
                cells.append(MatrixCell(row: r, column: c, value: values[i][j], label: labels[i][j], status: statuses[i][j]))
            }
        }
        return Matrix(name: "Connected insurance strategy", rows: rows, columns: cols, scaleMin: 0, scaleMax: 5, cells: cells)
    }()

    static let expectations = [
        ExpectationLayer(layer: .base, items: [ExpectationItem(name: "Claim is paid", score: 8.7, target: 9),
                                               ExpectationItem(name: "Repair quality", score: 8.1, target: 8.5),
                                               ExpectationItem(name: "Clear cover terms", score: 6.2, target: 8)]),
        ExpectationLayer(layer: .efficiency, items: [ExpectationItem(name: "Fast first response", score: 7.4, target: 8),
                                                     ExpectationItem(name: "Few hand-offs", score: 5.1, target: 7.5),
                                                     ExpectationItem(name: "Status without asking", score: 4.3, target: 7)]),
        ExpectationLayer(layer: .joy, items: [ExpectationItem(name: "Courtesy car delivered", score: 6.8, target: 6),
                                              ExpectationItem(name: "Personal follow-up", score: 3.9, target: 5),
                                              ExpectationItem(name: "Goodwill gesture", score: 2.5, target: nil)]),
    ]

    static let outcomes = [
        Outcome(name: "Know claim status without calling", importance: 9.1, satisfaction: 3.2),
        Outcome(name: "Get a repair slot quickly", importance: 8.6, satisfaction: 4.5),
        Outcome(name: "Minimise paperwork", importance: 7.8, satisfaction: 5.9),
        Outcome(name: "Keep mobility during repair", importance: 8.2, satisfaction: 6.8),
        Outcome(name: "Understand the payout", importance: 7.1, satisfaction: 4.0),
        Outcome(name: "Trust repair quality", importance: 8.9, satisfaction: 7.9),
        Outcome(name: "Choose the garage", importance: 4.2, satisfaction: 6.5),
        Outcome(name: "Talk to one handler", importance: 6.5, satisfaction: 3.1),
        Outcome(name: "Report at any hour", importance: 6.0, satisfaction: 8.4),
        Outcome(name: "Avoid premium rise", importance: 7.5, satisfaction: 2.8),
        Outcome(name: "Share photos easily", importance: 5.4, satisfaction: 7.2),
        Outcome(name: "Get a courtesy call", importance: 3.8, satisfaction: 5.0),
    ]

    static let contacts: Records = {
        let channels = ["Phone", "Chat", "Email"]
        let base: [Double] = [5200, 2100, 1400]
        var rows: [[String: RecordValue]] = []
        for (m, month) in months.enumerated() {
            for (c, channel) in channels.enumerated() {
                let trend = c == 1 ? Double(m) * 260 : -Double(m) * 120
                var value: RecordValue = .number(base[c] + trend + Double((m * 37 + c * 11) % 300))
                if (m == 4 && c == 2) || (m == 6 && c == 0) { value = .null }
                rows.append(["month": .text(month), "channel": .text(channel), "contacts": value])
            }
        }
        return Records(fields: ["month", "channel", "contacts"], rows: rows)
    }()

    /// 400 respondents in three regions plus 12 on the islands (below the minimum n), an NPS question
    /// and four 5-point Likert items; answers follow fixed cycles, so the fixture never changes.
    static let panel: Survey = {
        let agree = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
        let questions = [
            SurveyQuestion(id: "recommend", kind: .nps, text: "How likely are you to recommend Harbor Mutual?"),
            SurveyQuestion(id: "easy", kind: .likert, text: "Making a claim was easy", labels: agree),
            SurveyQuestion(id: "informed", kind: .likert, text: "I was kept informed about my claim without having to ask", labels: agree),
            SurveyQuestion(id: "fair", kind: .likert, text: "The settlement was fair", labels: agree),
            SurveyQuestion(id: "friendly", kind: .likert, text: "Staff were friendly", labels: agree),
        ]
        let nps = [10, 9, 9, 8, 7, 10, 6, 9, 3, 10, 8, 5, 9, 0, 10, 7]
        let likert = [[5, 4, 4, 3, 5, 4, 2, 4], [2, 3, 1, 4, 2, 3, 5, 2], [4, 3, 4, 2, 5, 3, 4, 1], [5, 5, 4, 5, 4, 3, 5, 4]]
        let regions = ["North", "South", "West"]
        var responses: [SurveyResponse] = []
        for i in 0..<412 {
            let region = i < 400 ? regions[i % 3] : "Islands"
            let shift = i < 400 ? i % 3 : 1
            let answers: [Int?] = [nps[(i * 5 + shift * 3) % nps.count]]
                + likert.enumerated().map { k, cycle in i % 17 == k ? nil : cycle[(i * (k + 3) + shift) % cycle.count] }
            responses.append(SurveyResponse(answers: answers, groups: [region, i % 2 == 0 ? "2026-Q2" : "2026-Q3"]))
        }
        return Survey(questions: questions, groupColumns: ["region", "wave"], wave: "wave", responses: responses)
    }()

    /// Customers' first, second and third contact about one claim.
    static let switching: Records = {
        let flows: [(String, String, Double)] = [
            ("Web", "Resolved first time", 2900), ("Web", "Phone (2nd contact)", 1300), ("App", "Resolved first time", 900),
            ("App", "Phone (2nd contact)", 350), ("Phone", "Resolved first time", 1800), ("Phone", "Phone (2nd contact)", 420),
            ("Phone (2nd contact)", "Resolved second time", 1690), ("Phone (2nd contact)", "Branch (3rd contact)", 380),
        ]
        return Records(fields: ["from", "to", "value"], rows: flows.map {
            ["from": .text($0.0), "to": .text($0.1), "value": .number($0.2)]
        })
    }()

    static func request(_ type: ChartType) -> ChartRequest {
        var o = ChartOptions()
        let data: ChartData
        switch type {
        case .journey, .funnel: data = .journey(claimsJourney)
        case .gap: data = .journey(claimsJourney)
        case .kpi: data = .kpis([kpis[0]])
        case .trend: data = .kpis(kpis)
        case .matrix: data = .matrix(strategyMatrix)
        case .expectations: data = .expectations(expectations)
        case .opportunities: data = .opportunities(outcomes)
        case .line, .area, .bar, .scatter:
            data = .records(contacts)
            o.x = "month"; o.y = ["contacts"]; o.series = "channel"
            if type == .area || type == .bar { o.stacked = type == .area }
        case .heatmap:
            data = .records(contacts)
            o.x = "month"; o.y = ["channel"]; o.value = "contacts"
        case .nps:
            data = .survey(panel)
            o.by = "region"
        case .likert:
            data = .survey(panel)
        case .distribution:
            data = .survey(panel)
            o.question = "recommend"
        case .sankey:
            data = .records(switching)
        }
        return ChartRequest(type: type, data: data, options: o, provenance: Provenance(source: "claims.csv", asOf: "2026-09-30"), idPrefix: "tp-\(type.rawValue)")
    }
}
