@testable import TouchpointCharts

/// Copies of the example site's data (Content/data/...), so layout tests run on what readers actually see.
enum RealData {
    /// Content/data/expectations/opportunities.json
    static let outcomes = [
        Outcome(name: "Know the claim status without calling", importance: 8.7, satisfaction: 3.9),
        Outcome(name: "Understand why the renewal price changed", importance: 8.4, satisfaction: 3.6),
        Outcome(name: "Report a claim in one contact", importance: 8.9, satisfaction: 6.0),
        Outcome(name: "Be recognised for years of loyalty", importance: 7.4, satisfaction: 3.5),
        Outcome(name: "Know exactly what is covered before buying", importance: 8.1, satisfaction: 5.0),
        Outcome(name: "Get travel-delay compensation without a claim form", importance: 7.0, satisfaction: 2.8),
        Outcome(name: "Get paid within a week of agreeing the claim", importance: 8.5, satisfaction: 6.2),
        Outcome(name: "Get a courtesy car the same day", importance: 7.6, satisfaction: 4.8),
        Outcome(name: "Be warned before weather damage", importance: 6.8, satisfaction: 3.2),
        Outcome(name: "Choose a trusted repairer quickly", importance: 7.2, satisfaction: 5.9),
        Outcome(name: "Make policy changes in the app", importance: 6.9, satisfaction: 7.4),
        Outcome(name: "Receive policy documents instantly", importance: 6.1, satisfaction: 7.8),
    ]

    /// Content/data/journeys/onboarding.json (stages and customers only).
    static let onboarding = Journey(
        name: "Home insurance onboarding", persona: nil, emotionMin: -3, emotionMax: 3,
        stages: [("Get a quote", 48000.0), ("Tailor the cover", 21600), ("Buy and pay", 14900), ("Receive the documents", 14500), ("First 30 days", 13900)]
            .map { JourneyStage(name: $0.0, customers: $0.1, ideal: nil, actual: nil, touchpoints: []) })

    static func request(_ type: ChartType, width: Double? = nil) -> ChartRequest {
        var o = ChartOptions()
        o.width = width
        let data: ChartData = type == .opportunities ? .opportunities(outcomes) : .journey(onboarding)
        return ChartRequest(type: type, data: data, options: o, provenance: Provenance(), idPrefix: "tp-real-\(type.rawValue)")
    }
}
