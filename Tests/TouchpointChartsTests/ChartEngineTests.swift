import Testing
@testable import TouchpointCharts

@Suite struct ChartEngineSmokeTests {
    @Test func engineAnswers() {
        let request = ChartRequest(type: .bar, data: .records(Records(fields: [], rows: [])), options: ChartOptions(),
                                   provenance: Provenance(), idPrefix: "c1")
        _ = ChartEngine.render(request)
    }
}

@Suite struct FacetTests {
    func failure(_ request: ChartRequest) -> ChartError? {
        if case .failure(let error) = ChartEngine.render(request) { return error }
        return nil
    }

    @Test func refusals() {
        var kpi = Fixtures.request(.trend)
        kpi.options.facet = "region"
        #expect(failure(kpi)?.option == "facet")
        #expect(failure(kpi)?.message.contains("a trend chart cannot be drawn as small multiples") == true)
        var kpiLine = Fixtures.request(.line)
        kpiLine.data = .kpis(Fixtures.kpis)
        kpiLine.options.facet = "region"
        #expect(failure(kpiLine)?.message.contains("kpis data has no field to split by") == true)

        var sankey = Fixtures.request(.sankey)
        sankey.options.facet = "from"
        #expect(failure(sankey)?.message.contains("facet works on line, area, bar, scatter, nps, likert, distribution") == true)

        var line = Fixtures.request(.line)
        line.options.facet = "chanel"
        #expect(failure(line)?.message == "facet: no record has the field 'chanel'; did you mean 'channel'?")

        var survey = Fixtures.request(.likert)
        survey.options.facet = "regoin"
        #expect(failure(survey)?.message.contains("did you mean 'region'?") == true)

        var sorted = Fixtures.request(.bar)
        sorted.options.facet = "channel"
        sorted.options.sort = .descending
        #expect(failure(sorted)?.option == "sort")

        var many = Fixtures.request(.line)
        many.options.facet = "contacts"
        #expect(failure(many)?.message.contains("more small multiples than a reader can compare (at most 24)") == true)
    }

    @Test func panelsFollowTheData() throws {
        var request = Fixtures.request(.line)
        request.options.series = nil
        request.options.facet = "channel"
        guard case .success(let out) = ChartEngine.render(request) else { Issue.record("facet failed"); return }
        #expect(out.summary.hasPrefix("3 panels by channel, on one scale. Phone: "))
        #expect(out.table.columns == ["month", "channel", "contacts"])
        #expect(out.table.rows.count == Fixtures.contacts.rows.count)
        // The two gaps in the data are named by their panels.
        #expect(out.notes == ["Phone: 1 record without a value for 'contacts' is left out",
                              "Email: 1 record without a value for 'contacts' is left out"])
        #expect(out.svg.components(separatedBy: "class=\"tp-facet-panel\"").count == 4)
        #expect(out.svg.contains("<title id=\"tp-line-title\">contacts by month, by channel</title>"))

        var regions = Fixtures.request(.nps)
        regions.options.by = nil
        regions.options.facet = "region"
        guard case .success(let nps) = ChartEngine.render(regions) else { Issue.record("nps facet failed"); return }
        #expect(nps.table.columns.first == "region")
        #expect(nps.notes.contains { $0.hasPrefix("Islands:") })
    }
}
