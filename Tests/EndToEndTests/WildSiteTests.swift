import Foundation
import Testing

/// The "data in the wild" site (Tests/Fixtures/wild): real teams' exports built by the real binary,
/// each case checked in the SVG it draws; then the exports that must be refused, each with its exact
/// `file:row:col` message and exit status 1.
@Suite struct WildSiteTests {
    static let fixture = Harness.repository.appendingPathComponent("Tests/Fixtures/wild")

    /// A fresh copy of the wild site, built; `siteYML` is appended to its site.yml first.
    static func built(siteYML: String = "") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("touchpoint-wild-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("Content"),
                                         to: folder.appendingPathComponent("Content"))
        if !siteYML.isEmpty {
            let url = folder.appendingPathComponent("Content/site.yml")
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data((text + siteYML).utf8).write(to: url)
        }
        let run = try Harness.run(["build", "--quiet", folder.path], in: folder)
        try #require(run.status == 0, "the wild site must build: \(run.stderr)")
        return folder
    }

    static func page(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent("Output").appendingPathComponent(path), encoding: .utf8)
    }

    /// The `<figure>` of the chart titled `title`.
    static func figure(_ html: String, titled title: String) throws -> String {
        let escaped = title.replacingOccurrences(of: "'", with: "&#39;")
        let figures = matches(#"<figure class="tp-chart[^"]*"[\s\S]*?</figure>"#, in: html)
        let found = figures.filter { $0.contains("-title\">\(escaped)</title>") }
        try #require(found.count == 1, "expected one chart titled '\(title)', found \(found.count)")
        return found[0]
    }

    /// The wide drawing of a figure (the part before the phone drawing).
    static func regular(_ figure: String) -> String {
        String(figure.components(separatedBy: "tp-drawing--compact")[0])
    }

    /// The phone drawing of a figure.
    static func compact(_ figure: String) -> String {
        let parts = figure.components(separatedBy: "tp-drawing--compact")
        guard parts.count > 1 else { return "" }
        return String(parts[1].components(separatedBy: "<details")[0])
    }

    static func matches(_ pattern: String, in text: String, group: Int = 0) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }

    /// Each `<text>` element's words, its wrapped lines (tspans) joined by spaces, entities decoded.
    static func texts(_ svg: String) -> [String] {
        matches(#"<text[^>]*>([\s\S]*?)</text>"#, in: svg, group: 1).map { inner in
            let joined = inner.replacingOccurrences(of: "</tspan><tspan", with: "</tspan> <tspan")
            let plain = joined.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            return plain.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The hover titles of a drawing's bars, in drawing order.
    static func barTitles(_ svg: String) -> [String] {
        matches(#"<rect [^>]*><title>([^<]*)</title></rect>"#, in: svg, group: 1)
    }

    // MARK: - Records

    @Test func csvWithSidecarCaptionsSourceAndTitlesAxesFromLabels() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "NPS by quarter")
        #expect(chart.contains("<figcaption>Source: Relationship survey, quarterly waves (n ≈ 2,400 each). Data as of 2026-06-30.</figcaption>"))
        for drawing in [Self.regular(chart), Self.compact(chart)] {
            #expect(drawing.contains(#"class="tp-axis-title">Net Promoter Score (points)</text>"#))
            #expect(drawing.contains(#"class="tp-axis-title">Quarter</text>"#))
        }
        // The data table heads its columns with the sidecar's labels.
        #expect(chart.contains(#"<th scope="col">Quarter</th><th scope="col">Net Promoter Score</th><th scope="col">Satisfied customers</th><th scope="col">Churn rate</th>"#))
        #expect(chart.contains(#"<td class="num">5.2%</td>"#), "churn reads with its sidecar format percent decimals:1")
    }

    @Test func semicolonFileReadsDecimalCommasAsNumbers() throws {
        let html = try Self.page(Self.built(), "records/index.html")
        let bounce = try Self.figure(html, titled: "Bounce rate by channel")
        let bars = Self.barTitles(Self.regular(bounce))
        #expect(bars.contains("Social: 62.1%"), "41,5 → 41.5; bars were \(bars)")
        #expect(bars.contains("Organic search: 41.5%"))
        #expect(bars.count == 6)
        // "152.300,50": a dot groups thousands and the comma marks decimals.
        let revenue = try Self.figure(html, titled: "Revenue by channel")
        #expect(Self.barTitles(Self.regular(revenue)).first == "Organic search: €152,301")
        #expect(revenue.contains(#"<tr><td>Social</td><td class="num">11,450</td><td class="num">62.1%</td><td class="num">24,780.75</td></tr>"#))
    }

    @Test func tabSeparatedFileIsDetected() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Sessions and applications by month")
        let drawing = Self.regular(chart)
        #expect(drawing.contains("<title>Sessions, Jan 2026: 42,100</title>"))
        #expect(drawing.contains("<title>Applications started, Jun 2026: 1,720</title>"))
        #expect(chart.contains(#"<tr><td>Mar 2026</td><td class="num">45,600</td><td class="num">1,480</td></tr>"#))
    }

    @Test func recordsObjectFormCaptionsSourceAndDate() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Mean CSAT by support team")
        #expect(chart.contains("<figcaption>Source: Post-contact survey, May 2026. Data as of 2026-05-31.</figcaption>"))
        #expect(Self.regular(chart).contains(#"class="tp-axis-title">Support team</text>"#))
        #expect(chart.contains(#"<th scope="col">Support team</th><th scope="col">CSAT score (1–5)</th>"#))
    }

    @Test func aggregateMeanDrawsTheMeanNotTheSum() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Mean CSAT by support team")
        for drawing in [Self.regular(chart), Self.compact(chart)] {
            // Billing 4, 3, 5; Claims 2, 4; Onboarding 5, 5, 4, 4 — sums would be 12, 6, 18.
            #expect(Self.barTitles(drawing) == ["Billing: 4", "Claims: 3", "Onboarding: 4.5"])
            #expect(drawing.contains(#"class="tp-axis-title">Mean of CSAT score (1–5)</text>"#))
        }
    }

    @Test func severalYFieldsWithoutSeriesDrawOneLineEach() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Sessions and applications by month")
        let drawing = Self.regular(chart)
        let lines = Self.matches(#"<path d="M[^"]*" fill="none" stroke="([^"]*)""#, in: drawing, group: 1)
        // `colors: {applications: positive}` names the field; the series shows its label.
        #expect(lines == ["var(--tp-c1, #0072B2)", "var(--tp-good, #009E73)"], "one path per field, not one sawtooth")
        let legend = Self.matches(#"<g class="tp-legend">[\s\S]*?</g>"#, in: drawing).first ?? ""
        #expect(Self.texts(legend) == ["Sessions", "Applications started"], "the legend names the fields by their labels")
        #expect(drawing.contains(#"class="tp-axis-title">Sessions, Applications started</text>"#))
        // Each line has its six months, not twelve alternating points.
        for path in Self.matches(#"<path d="(M[^"]*)" fill="none""#, in: drawing, group: 1) {
            #expect(path.components(separatedBy: " L").count == 6, "\(path)")
        }
    }

    @Test func sortOrdersBarsByValue() throws {
        let html = try Self.page(Self.built(), "records/index.html")
        let descending = try Self.figure(html, titled: "Bounce rate by channel")
        #expect(Self.barTitles(Self.regular(descending)).map { $0.components(separatedBy: ":")[0] }
                == ["Social", "Paid search", "Organic search", "Direct", "Referral", "Email"])
        // `sorted: true` on a bar chart: largest first, as `sort: descending`.
        let sorted = try Self.figure(html, titled: "Contacts by reason")
        let order = ["Claim status", "Billing question", "Password reset", "Cancel policy", "Address change"]
        #expect(Self.barTitles(Self.regular(sorted)).map { $0.components(separatedBy: ":")[0] } == order)
        let axis = Self.texts(Self.regular(sorted)).filter { order.contains($0) }
        #expect(axis == order, "the axis labels follow the bars")
    }

    @Test func stackedAreaWithAGapKeepsEverySeriesBand() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Conversion by channel")
        #expect(chart.contains("1 record without a value for &#39;conversion&#39; is left out. "
                               + "No value for App at Mar 2026: the bands above stack on zero there.</figcaption>"))
        let drawing = Self.regular(chart)
        func bands(_ token: String) -> Int {
            Self.matches(#"<path d="M[^"]*Z" fill="var\(--tp-\#(token), [^"]*\)" fill-opacity"#, in: drawing).count
        }
        #expect(bands("c1") == 1, "Web keeps its band")
        #expect(bands("c2") == 2, "App is drawn on both sides of its gap")
        #expect(bands("c3") == 1, "Phone keeps its band")
        #expect(drawing.contains("<title>Phone, Mar 2026: 1.3%</title>"))
        #expect(!drawing.contains("<title>App, Mar 2026"))
    }

    @Test func colorsMapSeriesToTokensAndHex() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Promoters, passives and detractors")
        for drawing in [Self.regular(chart), Self.compact(chart)] {
            let promoters = Self.matches(##"<rect [^>]*fill="#1B7F3B"><title>Promoters, Q[12]: \d+</title>"##, in: drawing)
            #expect(promoters.count == 2)
            let detractors = Self.matches(#"<rect [^>]*fill="var\(--tp-bad, #D55E00\)"><title>Detractors, Q[12]: \d+</title>"#, in: drawing)
            #expect(detractors.count == 2)
            #expect(Self.matches(#"<rect [^>]*fill="var\(--tp-c2, #E69F00\)"><title>Passives"#, in: drawing).count == 2)
            #expect(Self.matches(##"<rect [^>]*fill="#1B7F3B"/>\s*<text[^>]*>Promoters</text>"##, in: drawing).count == 1,
                    "the legend keys Promoters in its colour")
        }
    }

    @Test(arguments: ["Barley yield by site and variety, 1931", "Barley yield, Trebi picked out"])
    func tenSeriesGetTenDistinctColours(_ title: String) throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: title)
        for drawing in [Self.regular(chart), Self.compact(chart)] {
            let strokes = Self.matches(#"<path d="M[^"]*" fill="none" stroke="([^"]*)""#, in: drawing, group: 1)
            #expect(strokes.count == 10)
            #expect(Set(strokes).count == 10, "colours repeat: \(strokes)")
            let hex = Set(strokes.compactMap { Self.matches(#"#[0-9A-Fa-f]{6}"#, in: $0).first })
            #expect(hex.count == 10, "the fallback colours must differ too: \(hex)")
            let legend = Self.texts(Self.matches(#"<g class="tp-legend">[\s\S]*?</g>"#, in: drawing).first ?? "")
            #expect(legend.contains("Wisconsin No. 38") && legend.contains("No. 457") && legend.count == 10, "\(legend)")
        }
    }

    /// `Trebi: negative` is c6's orange: the series whose turn c6 was takes a free colour instead.
    @Test func aColourGivenToOneSeriesIsNotRepeatedByAnother() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "Barley yield, Trebi picked out")
        let drawing = Self.regular(chart)
        let strokes = Self.matches(#"<path d="M[^"]*" fill="none" stroke="([^"]*)""#, in: drawing, group: 1)
        #expect(strokes.count == 10)
        #expect(strokes.count > 4 && strokes[4] == "var(--tp-bad, #D55E00)", "Trebi is the fifth variety: \(strokes)")
        #expect(strokes.filter { $0.contains("#D55E00") }.count == 1, "\(strokes)")
    }

    @Test func annotationsLabelTheLineChart() throws {
        let chart = try Self.figure(Self.page(Self.built(), "records/index.html"), titled: "NPS by quarter")
        for drawing in [Self.regular(chart), Self.compact(chart)] {
            let notes = Self.matches(#"<g class="tp-annotations">[\s\S]*?</g>"#, in: drawing).first ?? ""
            #expect(Self.texts(notes) == ["Campaign start", "Target"])
            #expect(Self.matches(#"class="tp-annotation-rule""#, in: notes).count == 2)
        }
        // The x note stands at 2026-Q1, the fifth quarter on the time scale: the rule's x is that point's x.
        let drawing = Self.regular(chart)
        let pointX = Self.matches(#"<circle cx="([\d.]+)"[^>]*><title>Q1 2026: 38\u00A0points</title>"#, in: drawing, group: 1).first
        let ruleX = Self.matches(#"<line x1="([\d.]+)" y1="[\d.]+" x2="\1" "#, in: drawing, group: 1).first
        #expect(pointX != nil && pointX == ruleX)
    }

    @Test func formatsReadOnTheValueAxis() throws {
        let html = try Self.page(Self.built(), "records/index.html")
        let revenue = Self.texts(Self.regular(try Self.figure(html, titled: "Revenue by channel")))
        #expect(revenue.contains("€50,000") && revenue.contains("€200,000"), "\(revenue)")
        let csat = Self.texts(Self.regular(try Self.figure(html, titled: "Satisfied customers")))
        #expect(csat.contains("80%") && csat.contains("76%"), "\(csat)")
        let sessions = Self.texts(Self.regular(try Self.figure(html, titled: "Sessions by channel")))
        #expect(sessions.contains("15k") && sessions.contains("20k"), "\(sessions)")
        #expect(Self.barTitles(Self.regular(try Self.figure(html, titled: "Sessions by channel"))).first
                == "Organic search: 18.2k")
    }

    /// The same site with `locale: de` in its site.yml: German separators, the euro sign after the number.
    @Test func siteLocaleGermanFormatsTicks() throws {
        let html = try Self.page(Self.built(siteYML: "locale: de\n"), "records/index.html")
        let nbsp = "\u{00A0}"
        let revenue = Self.regular(try Self.figure(html, titled: "Revenue by channel"))
        #expect(Self.texts(revenue).contains("50.000\(nbsp)€"), "\(Self.texts(revenue))")
        #expect(Self.texts(revenue).contains("200.000\(nbsp)€"))
        #expect(Self.barTitles(revenue).first == "Organic search: 152.301\(nbsp)€")
        let csat = Self.texts(Self.regular(try Self.figure(html, titled: "Satisfied customers")))
        #expect(csat.contains("80\(nbsp)%"), "\(csat)")
        let sessions = Self.regular(try Self.figure(html, titled: "Sessions by channel"))
        #expect(Self.barTitles(sessions).first == "Organic search: 18,2k")
        let bounce = Self.regular(try Self.figure(html, titled: "Bounce rate by channel"))
        #expect(Self.barTitles(bounce).first == "Social: 62,1\(nbsp)%")
    }

    @Test func dataTableShowsLabelsAndADashForAMissingValue() throws {
        let html = try Self.page(Self.built(), "records/index.html")
        let table = Self.matches(#"<div class="tp-table-wrap"[\s\S]*?</div>"#, in: html).first ?? ""
        #expect(table.contains(#"<thead><tr><th scope="col">Contact reason</th><th scope="col">Contacts</th><th scope="col">Resolved first time</th></tr></thead>"#))
        #expect(table.contains(#"<tr><td>Password reset</td><td class="num">1,270</td><td class="num">–</td></tr>"#))
        #expect(table.contains(#"<tr><td>Claim status</td><td class="num">2,630</td><td class="num">74%</td></tr>"#))
        #expect(table.contains(#"<p class="tp-credit">Source: Contact centre ticket export. Data as of 2026-05-31.</p>"#))
    }

    // MARK: - Kinds

    @Test func journeyWithAStageScaleBuilds() throws {
        let chart = try Self.figure(Self.page(Self.built(), "kinds/index.html"), titled: "Home insurance claim, rated 1–5 by stage")
        let drawing = Self.regular(chart)
        let texts = Self.texts(drawing)
        #expect(texts.contains("Score (1–5)") && texts.contains("Actual score"), "\(texts)")
        #expect(texts.filter { ["1", "2", "3", "4", "5"].contains($0) }.count == 5, "ticks 1…5: \(texts)")
        #expect(texts.contains("Lowest: 2.2"))
        #expect(drawing.contains("<title>Wait for the loss adjuster&#39;s visit: 2.2</title>"))
        #expect(chart.contains("<figcaption>Source: Claim diary study (n = 24) and post-claim survey ratings. Data as of 2026-04-30.</figcaption>"))
    }

    static let longLabels: [(page: String, chart: String, labels: [String])] = [
        ("kinds/index.html", "Home insurance claim, rated 1–5 by stage",
         ["Report the damage and get a claim number", "Wait for the loss adjuster's visit",
          "Agree the repair and the settlement amount", "Repairs done and the claim closed"]),
        ("kinds/index.html", "Service model options",
         ["Respond to a customer's stated desire", "Curate a personal offering from usage data",
          "Coach better behaviour with reminders", "Peer-to-peer network of customers",
          "Automatic execution without asking", "Instant claims chat with a named handler",
          "Automatic cover top-up during travel abroad", "Frost warning with a pipe-lagging checklist"]),
        ("kinds/index.html", "What customers expect, by layer",
         ["Claims are paid correctly and in full the first time",
          "Personal data is kept secure and never sold to third parties",
          "A claim can be reported in under five minutes from a phone",
          "Policy changes take effect the same day without a phone call",
          "The insurer gets in touch before I notice a problem myself"]),
    ]

    @Test func longLabelsWrapInsteadOfBeingCut() throws {
        let site = try Self.built()
        for (page, title, labels) in Self.longLabels {
            let chart = try Self.figure(Self.page(site, page), titled: title)
            for (name, drawing) in [("wide", Self.regular(chart)), ("phone", Self.compact(chart))] {
                #expect(!drawing.contains("…"), "\(title) (\(name)) cuts a label")
                let texts = Self.texts(drawing)
                let titles = Self.matches(#"<title>([^<]*)</title>"#, in: drawing, group: 1)
                    .map { $0.replacingOccurrences(of: "&#39;", with: "'") }
                for label in labels {
                    #expect(texts.contains(where: { $0.contains(label) }) || titles.contains(where: { $0.contains(label) }),
                            "\(title) (\(name)): '\(label)' is not in the drawing")
                }
            }
            #expect(!Self.regular(chart).isEmpty && !Self.compact(chart).isEmpty)
        }
        // At least one label of each wide drawing really wraps onto a second line.
        for (page, title, _) in Self.longLabels {
            let drawing = Self.regular(try Self.figure(Self.page(site, page), titled: title))
            #expect(drawing.contains(#"dy="1"#), "\(title) has no wrapped label")
        }
    }

    // MARK: - Refusals

    static let goodSite: [String: String] = [
        "Content/site.yml": "title: Refusals\n",
        "Content/index.md": "# Home\n",
    ]

    static func refusalSite(_ page: String, _ data: [String: String]) throws -> URL {
        var files = goodSite
        files["Content/index.md"] = "# Home\n\n" + page
        for (path, text) in data { files["Content/data/" + path] = text }
        return try Harness.site(files)
    }

    static func chart(_ data: String, type: String = "bar", x: String, y: String, more: String = "") -> String {
        "```chart\ndata: \(data)\ntype: \(type)\nx: \(x)\ny: \(y)\n\(more)```\n\n"
    }

    static let textNumber = (file: "revenue.csv", text: "channel,revenue\nWeb,1200\nApp,\"2.345,5 €\"\nPhone,900\n",
                             error: "Content/data/revenue.csv:3:2: error: column 'revenue' holds numbers; found text \"2.345,5 €\"; write the number alone (2345.5) and give the unit in revenue.csv.yml")
    static let repeated = (file: "csat.csv", text: "team,score\nBilling,4\nClaims,3\nBilling,5\n",
                           error: "error: 2 records share 'team' = 'Billing'; a bar chart draws one value there. Say how to combine them with 'aggregate: ' (sum, mean, median, min, max, count, last)")
    static let elevenSeries: (file: String, text: String, error: String) = {
        var csv = "site,variety,yield\n"
        for v in 1...11 { for site in ["Waseca", "Morris"] { csv += "\(site),Variety \(v),\(30 + v)\n" } }
        return ("varieties.csv", csv,
                "error: 11 series are more than the 10 colours a reader can tell apart; chart fewer series (filter the data, or pick fields with 'y'), or use a heatmap")
    }()
    static let semicolonCell = (file: "eu.csv", text: "channel;rate\nWeb;2,5\nApp;3,1\nPhone;k. A.\nMail;1,2\n",
                                error: "Content/data/eu.csv:4:2: error: column 'rate' holds numbers; found text \"k. A.\"; give a number, or leave the cell empty for a missing value")
    static let sidecarField = (csv: "labelled.csv", text: "channel,rate\nWeb,2.5\nApp,3.1\n",
                               sidecar: "source: Analytics\nfields:\n  rate: {label: Rate}\n  revnue: {label: Revenue}\n",
                               error: "Content/data/labelled.csv.yml:4:3: error: fields: no column 'revnue' in the CSV header; expected one of: channel, rate")
    static let sidecarKind = (csv: "kinded.csv", text: "channel,rate\nWeb,2.5\n", sidecar: "kind: sales\nsource: Analytics\n",
                              error: "Content/data/kinded.csv.yml:1:7: error: kind: unknown kind 'sales'; expected one of: records, survey")

    func expectRefused(_ site: URL, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1, sourceLocation: sourceLocation)
        let printed = run.stderr.split(separator: "\n").map(String.init)
        for line in lines {
            #expect(printed.contains(line), "missing line \(line)\nstderr was: \(run.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/index.html").path),
                sourceLocation: sourceLocation)
    }

    @Test func numberWrittenAsTextIsRefusedWithAHint() throws {
        let c = Self.textNumber
        try expectRefused(Self.refusalSite(Self.chart(c.file, x: "channel", y: "revenue"), [c.file: c.text]), [c.error])
    }

    @Test func repeatedCategoryWithoutAggregateIsRefused() throws {
        let c = Self.repeated
        try expectRefused(Self.refusalSite(Self.chart(c.file, x: "team", y: "score"), [c.file: c.text]),
                          ["Content/index.md:3:1: " + c.error])
        // The same chart with `aggregate: mean` builds.
        let fixed = try Self.refusalSite(Self.chart(c.file, x: "team", y: "score", more: "aggregate: mean\n"), [c.file: c.text])
        let run = try Harness.run(["build", "--quiet", fixed.path], in: fixed)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.page(fixed, "index.html").contains("<title>Billing: 4.5</title>"))
    }

    @Test func elevenSeriesAreRefusedWithAHint() throws {
        let c = Self.elevenSeries
        try expectRefused(Self.refusalSite(Self.chart(c.file, type: "line", x: "site", y: "yield", more: "series: variety\n"),
                                           [c.file: c.text]),
                          ["Content/index.md:8:1: " + c.error])
    }

    @Test func semicolonCellThatBreaksItsColumnIsRefused() throws {
        let c = Self.semicolonCell
        try expectRefused(Self.refusalSite(Self.chart(c.file, x: "channel", y: "rate"), [c.file: c.text]), [c.error])
    }

    @Test func sidecarWithAnUnknownFieldOrKindIsRefused() throws {
        let f = Self.sidecarField
        try expectRefused(Self.refusalSite("", [f.csv: f.text, f.csv + ".yml": f.sidecar]), [f.error])
        let k = Self.sidecarKind
        try expectRefused(Self.refusalSite("", [k.csv: k.text, k.csv + ".yml": k.sidecar]), [k.error])
    }

    /// Every bad file and chart of one build is reported in that build, with the previous Output kept.
    @Test func allRefusalsOfOneBuildAreReportedTogether() throws {
        let site = try Self.refusalSite("", [:])
        let first = try Harness.run(["build", "--quiet", site.path], in: site)
        try #require(first.status == 0, "\(first.stderr)")
        let before = Harness.snapshot(site.appendingPathComponent("Output"))
        let page = Self.chart(Self.textNumber.file, x: "channel", y: "revenue")
            + Self.chart(Self.repeated.file, x: "team", y: "score")
            + Self.chart(Self.elevenSeries.file, type: "line", x: "site", y: "yield", more: "series: variety\n")
            + Self.chart(Self.semicolonCell.file, x: "channel", y: "rate")
        let files: [String: String] = [
            "Content/index.md": "# Home\n\n" + page,
            "Content/data/" + Self.textNumber.file: Self.textNumber.text,
            "Content/data/" + Self.repeated.file: Self.repeated.text,
            "Content/data/" + Self.elevenSeries.file: Self.elevenSeries.text,
            "Content/data/" + Self.semicolonCell.file: Self.semicolonCell.text,
            "Content/data/" + Self.sidecarField.csv: Self.sidecarField.text,
            "Content/data/" + Self.sidecarField.csv + ".yml": Self.sidecarField.sidecar,
        ]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        let expected = [
            Self.semicolonCell.error,
            Self.sidecarField.error,
            Self.textNumber.error,
            "Content/index.md:10:1: " + Self.repeated.error,
            "Content/index.md:22:1: " + Self.elevenSeries.error,
            "5 errors (3 in data, 2 in render); the previous output is unchanged",
        ]
        #expect(run.stderr.split(separator: "\n").map(String.init) == expected, "stderr was: \(run.stderr)")
        #expect(Harness.snapshot(site.appendingPathComponent("Output")) == before)
    }
}
