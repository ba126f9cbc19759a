import Foundation
import Testing

/// The report edition (SPEC §11): every page once, in reading order, with links that stay inside the document.
@Suite struct ReportEditionTests {
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test func theExampleEditionHoldsEveryPageOnceWithNoBrokenAnchors() throws {
        let output = try PhoneFitTests.built(Harness.repository.appendingPathComponent("Content"))
        let edition = try String(contentsOf: output.appendingPathComponent("print/index.html"), encoding: .utf8)
        let sections = Self.matches(#"<section class="edition-page[^"]*" id="([^"]+)""#, in: edition)
        var pages: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix("/index.html") || path == "index.html" else { continue }
            // Generated pages about the site, not of the report.
            if ["tags/", "search/", "print/", "changes/"].contains(where: path.hasPrefix) { continue }
            pages.append(path)
        }
        #expect(sections.count == pages.count, "sections \(sections) for pages \(pages.sorted())")
        #expect(Set(sections).count == sections.count, "a page appears twice")
        #expect(sections.first == "home")
        #expect(sections.contains("p-journeys.claims"))

        let ids = Self.matches(#" id="([^"]+)""#, in: edition)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        let anchors = Self.matches(##" href="#([^"]+)""##, in: edition)
        #expect(anchors.count > sections.count, "the contents and the pages' own links are anchors")
        for anchor in Set(anchors) {
            #expect(ids.contains(anchor.removingPercentEncoding ?? anchor), "no element has id '\(anchor)'")
        }
        // Only the way back to the site and files of the content folder leave the document.
        for href in Self.matches(#" href="(\.\./[^"]+)""#, in: edition) where href != "../index.html" && href != "../theme/style.css" {
            #expect(!href.hasSuffix("index.html"), "a link to a page, not an anchor: \(href)")
        }
        #expect(!edition.contains("<details class=\"tp-data\""), "data tables are in the appendix")
        #expect(edition.contains("id=\"appendix\""))
        #expect(edition.contains("Data as of</dt><dd><time datetime=\"2026-09-30\""))
        let page = try String(contentsOf: output.appendingPathComponent("journeys/claims/index.html"), encoding: .utf8)
        #expect(page.contains("<a href=\"../../print/index.html\">Download / print the whole report</a>"))
    }

    @Test func aRebuildAfterOneEditKeepsTheOtherPagesInTheEdition() throws {
        let site = try Harness.site(Harness.minimalSite)
        try #require(try Harness.run(["build", site.path], in: site).status == 0)
        let claims = site.appendingPathComponent("Content/journeys/claims.md")
        let text = try String(contentsOf: claims, encoding: .utf8)
        try (text + "\nA new paragraph about renewals.\n").write(to: claims, atomically: true, encoding: .utf8)
        let rebuilt = try Harness.run(["build", site.path], in: site)
        #expect(rebuilt.stdout.contains("(1 rendered)"), "\(rebuilt.stdout)")
        let edition = try String(contentsOf: site.appendingPathComponent("Output/print/index.html"), encoding: .utf8)
        #expect(edition.contains("A new paragraph about renewals."))
        #expect(edition.contains("All journeys."), "a carried-over page keeps its part")
        // The same content built from scratch gives the same document.
        let clean = try Harness.site(Harness.minimalSite)
        try (text + "\nA new paragraph about renewals.\n").write(to: clean.appendingPathComponent("Content/journeys/claims.md"),
                                                                  atomically: true, encoding: .utf8)
        try #require(try Harness.run(["build", clean.path], in: clean).status == 0)
        #expect(try String(contentsOf: clean.appendingPathComponent("Output/print/index.html"), encoding: .utf8) == edition)
        #expect(edition.contains("href=\"#p-journeys.claims:the-gap\""), "the home page's link to a heading is an anchor")
    }
}
