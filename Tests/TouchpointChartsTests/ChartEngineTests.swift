import Testing
@testable import TouchpointCharts

@Suite struct ChartEngineSmokeTests {
    @Test func engineAnswers() {
        let request = ChartRequest(type: .bar, data: .records(Records(fields: [], rows: [])), options: ChartOptions(),
                                   provenance: Provenance(), idPrefix: "c1")
        _ = ChartEngine.render(request)
    }
}
