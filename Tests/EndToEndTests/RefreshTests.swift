import Foundation
import Testing

/// A data refresh told to readers and to CI: the real binary on real folders,
/// each case asserting the exact changes (docs/refresh.md).
@Suite(.serialized)
struct RefreshTests {
    static func kpis(q3: Bool) -> String {
        let nps = q3 ? #"{"date": "2026-Q1", "value": 30}, {"date": "2026-Q2", "value": 38}, {"date": "2026-Q3", "value": 41}"#
            : #"{"date": "2026-Q1", "value": 30}, {"date": "2026-Q2", "value": 38}"#
        let churn = q3 ? #"{"date": "2026-Q1", "value": 12}, {"date": "2026-Q2", "value": 11}, {"date": "2026-Q3", "value": 11.5}"#
            : #"{"date": "2026-Q1", "value": 12}, {"date": "2026-Q2", "value": 11}"#
        return """
        {"kind": "kpis", "asOf": "\(q3 ? "2026-09-30" : "2026-06-30")", "kpis": [
          {"id": "nps", "name": "Net Promoter Score", "target": 40, "direction": "up", "points": [\(nps)]},
          {"id": "churn", "name": "Churn", "unit": "%", "target": 10, "direction": "down", "points": [\(churn)]}
        ]}
        """
    }

    static func contacts(q3: Bool) -> String {
        var rows = [#"{"month": "2026-01", "channel": "web", "contacts": 100}"#, #"{"month": "2026-01", "channel": "phone", "contacts": 200}"#,
                    #"{"month": "2026-02", "channel": "web", "contacts": \#(q3 ? 150 : 100)}"#,
                    #"{"month": "2026-02", "channel": "phone", "contacts": 210}"#]
        if q3 { rows += [#"{"month": "2026-03", "channel": "web", "contacts": 160}"#, #"{"month": "2026-03", "channel": "phone", "contacts": 190}"#] }
        return "[" + rows.joined(separator: ",\n") + "]\n"
    }

    static func files(q3: Bool, siteYML: String = "title: Refresh test\nmenu: [kpis]\n") -> [String: String] {
        [
            "Content/site.yml": siteYML,
            "Content/index.md": "---\ntitle: Home\n---\n# Welcome\n",
            "Content/kpis/index.md": "---\ntitle: KPIs\n---\n```kpis\ndata: kpis.json\n```\n",
            "Content/kpis/channels.md": "---\ntitle: Channels\n---\n```chart\ndata: contacts.json\ntype: bar\nx: month\ny: contacts\nseries: channel\n```\n",
            "Content/kpis/notes.md": "---\ntitle: Notes\n---\nNo data here.\n",
            "Content/data/kpis.json": kpis(q3: q3),
            "Content/data/contacts.json": contacts(q3: q3),
        ]
    }

    /// The changes of Q2 → Q3, in the order readers see them.
    static let expected = [
        "Net Promoter Score rose from 38 in Q2 2026 to 41 in Q3 2026 (+3) and now meets its target of 40.",
        "2 rows added (Mar 2026), 1 changed.",
        "2026-02 · web: contacts rose from 100 to 150 (+50).",
        "Churn rose from 11% in Q2 2026 to 11.5% in Q3 2026 (+0.5\u{00A0}pts).",
    ]

    static func write(_ files: [String: String], into site: URL) throws {
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// `touchpoint check --changes`: the sentences of the changes, and the whole document.
    static func changes(_ site: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws
        -> (texts: [String], json: [String: Any], run: Harness.Run) {
        let file = site.appendingPathComponent("changes.json")
        let run = try Harness.run(["check", "--quiet", "--changes", file.path] + extra + [site.path], in: site, environment: environment)
        guard let data = FileManager.default.contents(atPath: file.path),
              let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ([], [:], run) }
        let texts = (json["changes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        return (texts, json, run)
    }

    static func build(_ site: URL, _ extra: [String] = []) throws -> Harness.Run {
        let run = try Harness.run(["build"] + extra + [site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    static func text(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent("Output/" + path), encoding: .utf8)
    }

    @Test func buildEditRebuildShowsTheChangesAndKeepsThemWhenNothingChanges() throws {
        let site = try Harness.site(Self.files(q3: false))
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        let first = try Self.text(site, "changes/index.html")
        #expect(first.contains("The first refresh: there is no earlier data to compare with."))

        try Self.write(Self.files(q3: true), into: site)
        let checked = try Self.changes(site)
        #expect(checked.run.status == 0, "\(checked.run.stderr)")
        #expect(checked.texts == Self.expected)
        #expect(checked.json["format"] as? String == "touchpoint-changes/1")
        #expect(checked.json["asOf"] as? String == "2026-09-30")
        #expect(checked.json["baselineAsOf"] as? String == "2026-06-30")

        let rebuilt = try Self.build(site)
        // The two pages charting the changed files and the home page; the notes page stays.
        #expect(rebuilt.stdout.contains("4 pages (3 rendered)"), "\(rebuilt.stdout)")
        let page = try Self.text(site, "changes/index.html")
        for sentence in Self.expected {
            #expect(page.contains(sentence.replacingOccurrences(of: "\u{00A0}", with: "\u{00A0}")), "missing: \(sentence)")
        }
        #expect(page.contains("4 changes since 30 Jun 2026, 1 target newly met."))
        let home = try Self.text(site, "index.html")
        #expect(home.contains("4 changes since 30 Jun 2026, 1 target newly met."))
        #expect(home.contains("href=\"changes/index.html\""))
        let cards = try Self.text(site, "kpis/index.html")
        #expect(cards.contains("<div class=\"tp-kpi-since\">Since 30 Jun 2026: 38 → 41, target met</div>"))
        let channels = try Self.text(site, "kpis/channels/index.html")
        #expect(channels.contains("<p class=\"tp-since\"><a href=\"../../changes/index.html#data-contacts-json\">"
            + "Since 30 Jun 2026: 2 rows added, 1 changed; 2026-02 · web contacts 100 → 150</a></p>"))
        #expect(!(try Self.text(site, "kpis/notes/index.html")).contains("tp-since"))

        // Nothing changed since: the same story, byte for byte.
        let before = Harness.snapshot(site.appendingPathComponent("Output"))
        let again = try Self.build(site)
        #expect(again.stdout.contains("(0 rendered)"), "\(again.stdout)")
        #expect(Harness.snapshot(site.appendingPathComponent("Output")) == before)
        #expect(try Self.changes(site).texts == Self.expected)
        let history = try JSONSerialization.jsonObject(with: Data(Self.text(site, "data/_refreshes.json").utf8)) as? [String: Any]
        #expect((history?["refreshes"] as? [Any])?.count == 2)
    }

    @Test func aFreshCloneComparesWithTheLiveSite() throws {
        let site = try Harness.site(Self.files(q3: false))
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        let live = site.appendingPathComponent("live-q2")
        try FileManager.default.copyItem(at: site.appendingPathComponent("Output"), to: live)

        // CI: a clean checkout of the Q3 content, the live site downloaded beside it.
        let clone = try Harness.site(Self.files(q3: true))
        defer { try? FileManager.default.removeItem(at: clone) }
        #expect(try Self.changes(clone, ["--baseline", live.path]).texts == Self.expected)
        #expect(try Self.changes(clone, ["--baseline", live.appendingPathComponent("data").path]).texts == Self.expected)
        _ = try Self.build(clone, ["--baseline", live.path])

        // The same content against the same baseline gives the same site, wherever it is built.
        try Self.write(Self.files(q3: true), into: site)
        _ = try Self.build(site)
        #expect(Harness.snapshot(clone.appendingPathComponent("Output")) == Harness.snapshot(site.appendingPathComponent("Output")))

        // A later clone against the Q3 site, with the same data: the Q3 story stands.
        let published = clone.appendingPathComponent("live-q3")
        try FileManager.default.copyItem(at: clone.appendingPathComponent("Output"), to: published)
        let later = try Harness.site(Self.files(q3: true))
        defer { try? FileManager.default.removeItem(at: later) }
        #expect(try Self.changes(later, ["--baseline", published.path]).texts == Self.expected)
    }

    @Test func aDamagedOrHostileHistoryNeitherStopsNorInjects() throws {
        let site = try Harness.site(Self.files(q3: false))
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        let history = site.appendingPathComponent("Output/data/_refreshes.json")
        try Data("{ not a history".utf8).write(to: history)
        try Self.write(Self.files(q3: true), into: site)
        let damaged = try Self.build(site)
        #expect(damaged.stderr.contains("Output/data/_refreshes.json:1:1: warning: the baseline's history of refreshes is unreadable"),
                "\(damaged.stderr)")
        #expect(try Self.changes(site).texts == Self.expected)

        // A history that claims this very data, with a story written to attack the page.
        let published = try Self.text(site, "data/_refreshes.json")
        let fingerprint = try #require(published.components(separatedBy: "\"data\" : \"").dropFirst().first?.prefix { $0 != "\"" })
        let hostile = """
        {"format": "touchpoint-refreshes/1", "refreshes": [{"data": "\(fingerprint)", "asOf": "<b>2026</b>", "since": {},
          "changes": [{"file": "x.json", "kind": "rank", "item": "<script>alert(1)</script>", "before": 1e300, "after": -0.5},
                      {"file": "x.json", "kind": "rows", "item": "rows", "rows": {"added": 2, "removed": 0, "changed": 0},
                       "afterLabel": "\\"><img src=x onerror=alert(1)>"}]}]}
        """
        try Data(hostile.utf8).write(to: history)
        _ = try Self.build(site, ["--clean"])
        let page = try Self.text(site, "changes/index.html")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; moved up from #"), "\(page)")
        #expect(!page.contains("<script>alert") && !page.contains("<img src=x"))
    }

    @Test func eachRefreshIsAnEntryOfTheFeed() throws {
        let site = try Harness.site(Self.files(q3: false))
        defer { try? FileManager.default.removeItem(at: site) }
        let base = ["--base-url", "https://cx.example.com/report/"]
        _ = try Self.build(site, base)
        try Self.write(Self.files(q3: true), into: site)
        _ = try Self.build(site, base)
        let feed = try Self.text(site, "feed.xml")
        let titles = feed.components(separatedBy: "<title>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(titles == ["Refresh test", "Data refresh: data as of 30 Sep 2026", "Data refresh: data as of 30 Jun 2026"])
        #expect(feed.contains("<updated>2026-09-30T00:00:00Z</updated>"))
        #expect(feed.contains("<summary>Net Promoter Score rose from 38 in Q2 2026 to 41 in Q3 2026 (+3) and now meets its target of 40. "
            + "2 rows added (Mar 2026), 1 changed. 2026-02 · web: contacts rose from 100 to 150 (+50). And 1 more change.</summary>"))
        #expect(feed.contains("<summary>The first refresh: nothing earlier to compare with.</summary>"))
        #expect(feed.contains("<link href=\"https://cx.example.com/report/changes/\"/>"))
    }

    @Test func aGitRevisionIsABaseline() throws {
        let site = try Harness.site(Self.files(q3: false))
        defer { try? FileManager.default.removeItem(at: site) }
        func git(_ arguments: [String]) throws {
            let run = try Harness.run(["-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments, in: site,
                                      environment: [:], executable: "/usr/bin/git")
            #expect(run.status == 0, "git \(arguments): \(run.stderr)")
        }
        try git(["init", "-q"])
        try git(["add", "Content"])
        try git(["commit", "-q", "-m", "Q2"])
        try Self.write(Self.files(q3: true), into: site)
        try git(["commit", "-q", "-am", "Q3"])
        #expect(try Self.changes(site, ["--baseline", "git:HEAD~1"]).texts == Self.expected)
        #expect(try Self.changes(site, ["--baseline", "git:HEAD"]).texts == [])
        let missing = try Self.changes(site, ["--baseline", "git:no-such-tag"])
        #expect(missing.run.status == 2, "\(missing.run.stderr)")
        #expect(missing.run.stderr.contains("--baseline: error: git cannot read revision 'no-such-tag'"), "\(missing.run.stderr)")
        let nowhere = try Self.changes(site, ["--baseline", site.appendingPathComponent("no-such-folder").path])
        #expect(nowhere.run.status == 2)
        #expect(nowhere.run.stderr.contains("--baseline: error: no folder"), "\(nowhere.run.stderr)")
    }

    @Test func alertsFireAndFailOnlyWhenAsked() throws {
        let rules = """
        title: Alerts
        menu: [kpis]
        alerts:
          - {kpi: nps, below: target}
          - {kpi: churn, rise: 0.4}
          - {kpi: nps, drop: 1}
        """
        let site = try Harness.site(Self.files(q3: false, siteYML: rules))
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.build(site)
        try Self.write(Self.files(q3: true, siteYML: rules), into: site)

        let failing = try Self.changes(site, ["--fail-on-alerts"])
        #expect(failing.run.status == 3)
        #expect(failing.run.stderr.contains("1 alert fired"))
        #expect(failing.run.stderr.contains("site.yml:5:5: warning: alert 'churn rise 0.4': Churn is 11.5% in Q3 2026, "
            + "up +0.5\u{00A0}pts since 30 Jun 2026"), "\(failing.run.stderr)")
        let alerts = failing.json["alerts"] as? [[String: Any]] ?? []
        #expect(alerts.map { $0["rule"] as? String } == ["churn rise 0.4"])
        #expect(alerts.first?["value"] as? Double == 11.5)
        #expect(try Self.changes(site).run.status == 0)

        // None fires once churn falls again.
        let calm = Self.kpis(q3: true).replacingOccurrences(of: #""value": 11.5"#, with: #""value": 10.9"#)
        try Self.write(["Content/data/kpis.json": calm], into: site)
        let quiet = try Self.changes(site, ["--fail-on-alerts"])
        #expect(quiet.run.status == 0, "\(quiet.run.stderr)")
        #expect((quiet.json["alerts"] as? [Any])?.isEmpty == true)

        // A rule about a KPI no file holds is an error where it is written.
        try Self.write(["Content/site.yml": rules + "\n  - {kpi: npss, above: 3}\n"], into: site)
        let wrong = try Self.changes(site)
        #expect(wrong.run.status == 1)
        #expect(wrong.run.stderr.contains("site.yml:7:5: error: alerts: no KPI 'npss' in any kpis file; did you mean 'nps'?"),
                "\(wrong.run.stderr)")
    }

    @Test func staleDataIsMarkedWarnedAndAlerted() throws {
        let yml = "title: Stale\nmenu: [kpis]\nstaleAfter: 30d\nalerts:\n  - {stale: true}\n"
        let site = try Harness.site(Self.files(q3: true, siteYML: yml))
        defer { try? FileManager.default.removeItem(at: site) }
        // 2026-12-01: the KPIs, as of 2026-09-30, are 62 days old; the records have no date.
        let day = ["SOURCE_DATE_EPOCH": "1796083200"]
        let run = try Harness.run(["build", site.path], in: site, environment: day)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("data/kpis.json:1:1: warning: stale data: as of 2026-09-30, 62 days before this build; "
            + "site.yml staleAfter is 30d"), "\(run.stderr)")
        #expect(try Self.text(site, "kpis/index.html").contains("<span class=\"tp-badge tp-badge--stale\">Stale data</span>"))
        let checked = try Self.changes(site, ["--fail-on-alerts"], environment: day)
        #expect(checked.run.status == 3)
        #expect((checked.json["stale"] as? [[String: Any]])?.first?["days"] as? Int == 62)
        // On 20 October nothing is stale yet.
        let fresh = try Self.changes(site, ["--fail-on-alerts"], environment: ["SOURCE_DATE_EPOCH": "1792454400"])
        #expect(fresh.run.status == 0, "\(fresh.run.stderr)")
    }
}
