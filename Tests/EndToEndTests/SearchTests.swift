import Foundation
import Testing

/// Offline search (SPEC §11): the index a build writes, and the search used from file:// in headless Chromium.
@Suite struct SearchIndexTests {
    static let files: [String: String] = [
        "Content/site.yml": "title: Test report\nmenu: [journeys]\n",
        "Content/index.md": "---\ntitle: Home\n---\n# Welcome\n\nThe report on Qualität and loyalty.\n",
        "Content/journeys/index.md": "---\ntitle: Journeys\nsummary: Every journey we mapped.\n---\nAll journeys.\n",
        "Content/journeys/claims.md": """
            ---
            title: Claims
            tags: [renewal]
            ---
            ## The waiting gap

            Customers wait for news of their repair.

            ```chart
            type: bar
            values:
              - {stage: secretword, score: 2}
            x: stage
            y: score
            ```

                indentedcode stays out
            """,
    ]

    /// The object `search/index.js` assigns, read as JSON.
    static func index(_ output: URL) throws -> [String: Any] {
        let script = try String(contentsOf: output.appendingPathComponent("search/index.js"), encoding: .utf8)
        let prefix = "window.TouchpointSearchIndex = "
        try #require(script.hasPrefix(prefix) && script.hasSuffix("};\n"))
        let json = script.dropFirst(prefix.count).dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// Page numbers per term, decoded from the base-36 distances.
    static func postings(_ index: [String: Any]) -> [String: [Int]] {
        let terms = (index["terms"] as? String ?? "").split(separator: " ").map(String.init)
        let lists = (index["postings"] as? String ?? "").split(separator: ";", omittingEmptySubsequences: false)
        var result: [String: [Int]] = [:]
        for (term, list) in zip(terms, lists) {
            var page = 0
            result[term] = list.split(separator: ",").map { page += Int($0, radix: 36) ?? -1000; return page }
        }
        return result
    }

    @Test func theIndexHoldsTitlesHeadingsAndTextOfEveryPage() throws {
        let site = try Harness.site(Self.files)
        let run = try Harness.run(["build", site.path], in: site)
        try #require(run.status == 0, "\(run.stderr)")
        let index = try Self.index(site.appendingPathComponent("Output"))
        let pages = try #require(index["pages"] as? [[Any]])
        #expect(pages.map { $0[0] as? String } == ["Home", "Journeys", "Claims"])
        #expect(pages.map { $0[1] as? String } == ["", "journeys/", "journeys/claims/"])
        #expect(index["sections"] as? [String] == ["Journeys"])
        #expect(pages.map { $0[2] as? Int } == [-1, -1, 0])
        #expect(pages[1][3] as? String == "Every journey we mapped.")
        #expect(pages[2][3] as? String == "Customers wait for news of their repair.")
        #expect(pages[2][4] as? [String] == ["The waiting gap", "the-waiting-gap"])

        let terms = Self.postings(index)
        #expect(terms["welcome"] == [0])
        #expect(terms["qualitat"] == [0], "diacritics are folded as the page's script folds them")
        #expect(terms["journeys"] == [1])
        #expect(terms["claims"] == [2])
        #expect(terms["waiting"] == [2], "headings are indexed")
        #expect(terms["repair"] == [2])
        #expect(terms["renewal"] == [2], "tags are indexed")
        #expect(terms["every"] == [1], "summaries are indexed")
        #expect(terms["the"] == nil && terms["of"] == nil, "stop words are left out")
        #expect(terms["secretword"] == nil, "chart options are not page text")
        #expect(terms["indentedcode"] == nil, "code blocks are not page text")
        #expect(terms.keys.sorted() == (index["terms"] as? String ?? "").split(separator: " ").map(String.init))
    }

    @Test func theIndexStaysSmallBesideTheHTMLOfTheExampleSite() throws {
        let output = try PhoneFitTests.built(Harness.repository.appendingPathComponent("Content"))
        let index = try Data(contentsOf: output.appendingPathComponent("search/index.js")).count
        var html = 0
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".html") else { continue }
            html += (try? Data(contentsOf: output.appendingPathComponent(path)).count) ?? 0
        }
        #expect(html > 0)
        #expect(Double(index) <= 0.15 * Double(html), "index \(index) bytes beside \(html) bytes of HTML")
    }

    @Test func anEditedPageChangesTheIndexAndOnlyThatPageIsRenderedAgain() throws {
        let site = try Harness.site(Self.files)
        try #require(try Harness.run(["build", site.path], in: site).status == 0)
        let claims = site.appendingPathComponent("Content/journeys/claims.md")
        let text = try String(contentsOf: claims, encoding: .utf8)
        try text.replacingOccurrences(of: "repair", with: "windscreen").write(to: claims, atomically: true, encoding: .utf8)
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.stdout.contains("(1 rendered)"), "\(run.stdout)")
        let terms = Self.postings(try Self.index(site.appendingPathComponent("Output")))
        #expect(terms["windscreen"] == [2])
        #expect(terms["repair"] == nil)
    }
}

/// The search page and the header box, used from file:// in headless Chromium with
/// `scripts/search-check.py`. Needs what PhoneFitTests needs; TOUCHPOINT_SKIP_BROWSER=1 skips it.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["TOUCHPOINT_SKIP_BROWSER"] != "1",
                "TOUCHPOINT_SKIP_BROWSER=1 skips the browser checks"))
struct SearchInBrowserTests {
    static func check(_ output: URL, query: String, boxQuery: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Harness.repository.appendingPathComponent("scripts/search-check.py").path,
                             output.path, query, boxQuery]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        let text = String(decoding: data, as: UTF8.self)
        try #require(process.terminationStatus == 0, Comment(rawValue: "search-check.py could not use headless Chromium "
                     + "(install python3-selenium, chromium and chromium-driver, or set TOUCHPOINT_SKIP_BROWSER=1): \(text)"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func searchWorksFromFileURLs() throws {
        let output = try PhoneFitTests.built(Harness.repository.appendingPathComponent("Content"))
        let seen = try Self.check(output, query: "claims cycle", boxQuery: "matrix")

        let page = try #require(seen["page"] as? [String: Any], "the search page showed no results: \(seen)")
        let results = try #require(page["results"] as? [[String: Any]])
        #expect(page["directoryHidden"] as? Bool == true)
        #expect(page["status"] as? String == "\(results.count) pages match “claims cycle”.")
        let first = try #require(results.first)
        #expect(first["title"] as? String == "The customer scorecard")
        #expect(first["href"] as? String == "../kpis/scorecard/index.html#claims-cycle-time", "a heading match links to the heading")
        #expect(first["section"] as? String == "Measuring progress")
        #expect(first["heading"] as? String == "§ Claims cycle time")
        #expect((first["marked"] as? [String])?.contains("Claims") == true)
        for result in results {
            let href = try #require(result["href"] as? String)
            let file = output.appendingPathComponent("search").appendingPathComponent(String(href.split(separator: "#")[0]))
            #expect(FileManager.default.fileExists(atPath: file.standardizedFileURL.path), "\(href) leads nowhere")
        }

        let box = try #require(seen["box"] as? [String: Any])
        let options = try #require(box["options"] as? [[String: Any]])
        #expect(options.first?["title"] as? String == "The connected strategy matrix")
        #expect(options.count <= 8)
        #expect(box["expanded"] as? String == "true")
        #expect(box["activeAfterArrow"] as? String == "tp-site-search-option-0", "the arrow key moves into the list")
        #expect(box["landedOn"] as? String == "strategy/matrix/index.html", "Enter opens the chosen result")

        let plain = try #require(seen["noScript"] as? [String: Any])
        #expect(plain["directoryShown"] as? Bool == true)
        #expect((plain["directoryLinks"] as? Int ?? 0) >= 15, "without JavaScript every page is listed: \(plain)")
    }
}
