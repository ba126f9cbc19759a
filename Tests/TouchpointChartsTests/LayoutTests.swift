import Testing
@testable import TouchpointCharts

/// A `<text>` as emitted, with its estimated box (TextWidth, baseline, anchor, rotation).
struct EmittedText {
    var content: String
    var x: Double, y: Double, fontSize: Double
    var anchor: String, bold: Bool, rotated: Bool
    var cls: String

    /// Glyph box: a little tighter than the engine's own padded boxes, so touching is allowed but overlap is not.
    var box: Rect {
        let w = TextWidth.of(content, fontSize: fontSize, bold: bold)
        let start = anchor == "end" ? -w : (anchor == "middle" ? -w / 2 : 0)
        if rotated {  // rotate(-90 x y): the run goes up from (x, y); glyphs extend left of x.
            return Rect(left: x - fontSize * 0.75, top: y - start - w, right: x + fontSize * 0.2, bottom: y - start)
        }
        return Rect(left: x + start, top: y - fontSize * 0.75, right: x + start + w, bottom: y + fontSize * 0.2)
    }
}

enum SVGScan {
    static func attrs(_ tag: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = tag
        while let eq = rest.firstRange(of: "=\"") {
            let key = rest[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let after = rest[eq.upperBound...]
            guard let close = after.firstIndex(of: "\"") else { break }
            out[key] = String(after[..<close])
            rest = after[after.index(after: close)...]
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        var t = s
        for (e, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] { t = t.replacing(e, with: c) }
        return t
    }

    static func texts(_ svg: String) -> [EmittedText] {
        var out: [EmittedText] = []
        var rest = Substring(svg)
        while let open = rest.firstRange(of: "<text ") {
            let afterOpen = rest[open.upperBound...]
            guard let gt = afterOpen.firstIndex(of: ">"), let end = afterOpen.firstRange(of: "</text>") else { break }
            let a = attrs(afterOpen[..<gt])
            var inner = String(afterOpen[afterOpen.index(after: gt)..<end.lowerBound])
            if let t0 = inner.firstRange(of: "<title>"), let t1 = inner.firstRange(of: "</title>") { inner.removeSubrange(t0.lowerBound..<t1.upperBound) }
            out.append(EmittedText(content: unescape(inner), x: Double(a["x"] ?? "0") ?? 0, y: Double(a["y"] ?? "0") ?? 0,
                                   fontSize: Double(a["font-size"] ?? "16") ?? 16, anchor: a["text-anchor"] ?? "start",
                                   bold: a["font-weight"] != nil, rotated: a["transform"]?.hasPrefix("rotate(-90") ?? false, cls: a["class"] ?? ""))
            rest = afterOpen[end.upperBound...]
        }
        return out
    }

    /// Boxes of the `<circle>` point markers (those with a `<title>`; legend keys have none).
    static func markers(_ svg: String) -> [Rect] {
        var out: [Rect] = []
        var rest = Substring(svg)
        while let open = rest.firstRange(of: "<circle ") {
            let after = rest[open.upperBound...]
            guard let gt = after.firstIndex(of: ">") else { break }
            let a = attrs(after[..<gt])
            if after[after.index(after: gt)...].hasPrefix("<title>"), let cx = Double(a["cx"] ?? ""), let cy = Double(a["cy"] ?? ""), let r = Double(a["r"] ?? "") {
                out.append(Rect(left: cx - r - 0.75, top: cy - r - 0.75, right: cx + r + 0.75, bottom: cy + r + 0.75))
            }
            rest = after[gt...]
        }
        return out
    }

    static func overlaps(_ texts: [EmittedText]) -> [String] {
        var issues: [String] = []
        for i in texts.indices { for j in texts.indices where j > i && texts[i].box.intersects(texts[j].box) {
            issues.append("'\(texts[i].content)' overlaps '\(texts[j].content)'")
        } }
        return issues
    }
}

@Suite struct LayoutTests {
    static let widths: [Double?] = [nil, 544]

    func render(_ type: ChartType, width: Double?) -> ChartOutput? {
        guard case .success(let out) = ChartEngine.render(RealData.request(type, width: width)) else { return nil }
        return out
    }

    @Test(arguments: widths) func opportunityLabelsDoNotCollide(_ width: Double?) throws {
        let out = try #require(render(.opportunities, width: width))
        let texts = SVGScan.texts(out.svg), markers = SVGScan.markers(out.svg)
        #expect(markers.count == 12)
        #expect(SVGScan.overlaps(texts).isEmpty, "\(SVGScan.overlaps(texts))")
        for t in texts {
            // A label may touch its own marker's neighbourhood but never sit on any marker.
            for m in markers where t.box.intersects(m) { Issue.record("'\(t.content)' overlaps a point marker at \(m.midX),\(m.midY)") }
            #expect(t.fontSize >= 11, "'\(t.content)' at \(t.fontSize) px")
        }
        // Every outcome is named on the chart: as a label (possibly shortened, full name in <title>), or as a number spelled out in the key.
        for o in RealData.outcomes {
            let named = texts.contains { $0.content == o.name } || out.svg.contains("<title>\(XMLEscape.escape(o.name))</title>")
            #expect(named, "\(o.name) is not on the chart")
        }
        let numbers = texts.filter { $0.cls == "tp-point-number" }
        let key = texts.filter { $0.cls == "tp-point-key" }.map(\.content).joined(separator: " ")
        for n in numbers {
            let row = try #require(out.table.rows.first { $0[0] == n.content })
            #expect(key.contains("\(n.content) \(row[1])") || out.notes.contains { $0.contains("in the table") })
        }
        #expect(PropertyTests.problems(out.svg, prefix: "tp-real-opportunities").isEmpty)
    }

    @Test func opportunityPlotUsesTheWidth() throws {
        let out = try #require(render(.opportunities, width: nil))
        let xs = SVGScan.texts(out.svg).filter { $0.content == "0" || $0.content == "10" }.map(\.x)
        #expect((xs.max() ?? 0) - (xs.min() ?? 0) > 600, "the 0–10 satisfaction axis spans \(xs)")
    }

    @Test(arguments: widths) func funnelDropOffsSitBetweenTheirBars(_ width: Double?) throws {
        let out = try #require(render(.funnel, width: width))
        let texts = SVGScan.texts(out.svg)
        #expect(SVGScan.overlaps(texts).isEmpty, "\(SVGScan.overlaps(texts))")
        #expect(texts.allSatisfy { $0.fontSize >= 11 })
        let drops = texts.filter { $0.cls == "tp-dropoff" }
        #expect(drops.map(\.content) == ["−55%", "−31%", "−3%", "−4%"])
        let bars = out.svg.split(separator: "\n").filter { $0.contains("<rect ") }.map { SVGScan.attrs($0) }
            .compactMap { a -> Rect? in
                guard let x = Double(a["x"] ?? ""), let y = Double(a["y"] ?? ""), let w = Double(a["width"] ?? ""), let h = Double(a["height"] ?? "") else { return nil }
                return Rect(x: x, y: y, width: w, height: h)
            }
        #expect(bars.count == 5)
        for (k, d) in drops.enumerated() where bars.count == 5 {
            let upper = bars[k], lower = bars[k + 1]
            // Between the two bars it compares, or on the lower bar's row: never beside some other bar.
            #expect(d.box.top >= upper.top + upper.height * 0.5 - 1 && d.box.bottom <= lower.bottom + 1, "\(d.content) at y \(d.y)")
            for b in bars { #expect(!d.box.intersects(b), "\(d.content) overlaps a bar") }
            #expect(d.box.left < upper.right, "\(d.content) is far from its bars")
        }
        #expect(out.table.columns.last == "Change from previous stage")
        #expect(out.table.rows[1].last == "−55% drop-off")
    }

    @Test func crowdedFunnelPutsDropOffsAfterTheValues() throws {
        let stages = (0..<14).map { JourneyStage(name: "Stage \($0)", customers: 50000 * Double(20 - $0) / 20, ideal: nil, actual: nil, touchpoints: []) }
        let r = ChartRequest(type: .funnel, data: .journey(Journey(name: "Long", persona: nil, emotionMin: -3, emotionMax: 3, stages: stages)),
                             options: ChartOptions(), provenance: Provenance(), idPrefix: "tp-crowd")
        guard case .success(let out) = ChartEngine.render(r) else { Issue.record("failed"); return }
        let texts = SVGScan.texts(out.svg)
        #expect(SVGScan.overlaps(texts).isEmpty, "\(SVGScan.overlaps(texts))")
        #expect(texts.allSatisfy { $0.fontSize >= 11 })
        #expect(texts.filter { $0.cls == "tp-dropoff" }.count == 13)
        #expect(PropertyTests.problems(out.svg, prefix: "tp-crowd").isEmpty)
    }
}
