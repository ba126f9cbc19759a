import Testing
@testable import TouchpointCharts

/// One golden SVG per chart type from the fixtures. Record with TOUCHPOINT_RECORD=1.
@Suite struct GoldenTests {
    static var goldenDir: String {
        let file = "\(#filePath)"
        let dir = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return dir + "/Golden"
    }

    /// The SVG against Golden/NAME.svg, or recorded there with TOUCHPOINT_RECORD=1.
    static func compare(_ svg: String, golden name: String) throws {
        let path = "\(goldenDir)/\(name).svg"
        if Env.value("TOUCHPOINT_RECORD") == "1" {
            try FileIO.write(svg, to: path)
            return
        }
        guard let expected = FileIO.read(path) else {
            Issue.record("missing golden \(path); run with TOUCHPOINT_RECORD=1")
            return
        }
        #expect(svg == expected, "\(name) differs from \(path); re-record with TOUCHPOINT_RECORD=1 if intended")
    }

    @Test(arguments: ChartType.allCases) func golden(_ type: ChartType) throws {
        let result = ChartEngine.render(Fixtures.request(type))
        guard case .success(let out) = result else {
            Issue.record("\(type) failed: \(result)")
            return
        }
        try Self.compare(out.svg, golden: type.rawValue)
        #expect(out.svg.contains("<desc id=\"tp-\(type.rawValue)-desc\">"))
        #expect(!out.summary.isEmpty && out.summary.hasSuffix("."))
        #expect(out.table.columns.count == out.table.numeric.count)
        #expect(out.table.rows.allSatisfy { $0.count == out.table.columns.count })
    }

    /// Small multiples: contacts per channel (one panel per channel, one y scale) and the Likert battery
    /// per region (one item order), in the wide and the phone drawing.
    @Test(arguments: ["line", "likert"], [ChartLayout.regular, .compact])
    func facetGolden(_ name: String, _ layout: ChartLayout) throws {
        var request = Fixtures.request(name == "line" ? .line : .likert)
        if name == "line" { request.options.series = nil }
        request.options.facet = name == "line" ? "channel" : "region"
        request.idPrefix = "tp-facet-\(name)"
        request.layout = layout
        let result = ChartEngine.render(request)
        guard case .success(let out) = result else {
            Issue.record("facet \(name) failed: \(result)")
            return
        }
        try Self.compare(out.svg, golden: "facet-\(name)\(layout == .compact ? "-compact" : "")")
        #expect(out.table.rows.allSatisfy { $0.count == out.table.columns.count })
    }

    @Test func summariesReadWell() throws {
        func summary(_ t: ChartType) -> String {
            if case .success(let o) = ChartEngine.render(Fixtures.request(t)) { return o.summary }
            return ""
        }
        #expect(summary(.journey) == "Emotion is lowest at 'Wait for repair' (\u{2212}1.8 against an ideal of 2.0) and highest at 'Repair done & returned' (1.4).")
        #expect(summary(.trend).hasPrefix("NPS rose from 28 pts to 35 pts between Jan 2026 and Sep 2026; target 40 pts;"))
        if case .success(let o) = ChartEngine.render(Fixtures.request(.line)) {
            #expect(o.notes == ["2 records without a value for 'contacts' are left out"])
        }
    }

    @Test func errors() {
        var r = Fixtures.request(.line)
        r.options.y = ["revenue"]
        guard case .failure(let e) = ChartEngine.render(r) else { Issue.record("expected failure"); return }
        #expect(e.option == "y")
        #expect(e.message.contains("'revenue'") && e.message.contains("'contacts'"))
        r = Fixtures.request(.journey)
        r.type = .matrix
        guard case .failure(let t) = ChartEngine.render(r) else { Issue.record("expected failure"); return }
        #expect(t.option == "type" && t.message.contains("matrix"))
        let empty = ChartRequest(type: .journey, data: .journey(Journey(name: "x", persona: nil, emotionMin: -2, emotionMax: 2, stages: [])),
                                 options: ChartOptions(), provenance: Provenance(), idPrefix: "e")
        guard case .failure = ChartEngine.render(empty) else { Issue.record("expected failure"); return }
    }

    @Test func tableAndCards() {
        let t = ChartEngine.table(for: .records(Fixtures.contacts), fields: ["contacts", "month"])
        #expect(t.columns == ["contacts", "month"] && t.numeric == [true, false])
        #expect(t.rows.first == ["5,200", "Jan 2026"])
        var kpi = Fixtures.kpis[0]
        kpi.name = "NPS <\"&'>"
        let html = ChartEngine.kpiCards([kpi], idPrefix: "k1")
        #expect(html.contains("<div class=\"tp-kpi-label\">NPS &lt;&quot;&amp;&#39;&gt;</div>"))
        #expect(html.contains("<div class=\"tp-kpi-value\">35 pts</div>"))
        #expect(html.contains("tp-kpi-delta good"))
        #expect(html.contains("<div class=\"tp-kpi-target\">Target 40 pts</div>"))
        #expect(html.contains("role=\"img\" aria-label="))
    }
}
