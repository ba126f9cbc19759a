import Foundation
import Testing

/// Each bad input: exit 1 (2 for unusable folders on the command line), a `path:line:col: error:` message, and the previous Output untouched.
@Suite struct BadInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var arguments: [String] = []
        var expected: String
        /// 2 for a command line that names unusable folders.
        var status: Int32 = 1
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "bad YAML", files: ["Content/journeys/claims.md": "---\ntitle: [unclosed\n---\nBody\n"],
             expected: "Content/journeys/claims.md:3:1: error: invalid YAML"),
        Case(name: "bad date", files: ["Content/journeys/claims.md": "---\ntitle: Claims\ndate: 2026-02-30\n---\n"],
             expected: "Content/journeys/claims.md:3:7: error: date: expected an ISO 8601 date such as 2026-03-12, found '2026-02-30'"),
        Case(name: "broken page link", files: ["Content/journeys/claims.md": "---\ntitle: Claims\n---\n## The gap\n\nSee [x](renewal.md).\n"],
             expected: "Content/journeys/claims.md:6:5: error: link 'renewal.md' points to a missing page (looked for journeys/renewal.md)"),
        Case(name: "broken anchor", files: ["Content/index.md": "# Home\n\nSee [claims](journeys/claims.md#the-gaps).\n"],
             expected: "Content/index.md:3:5: error: link to '#the-gaps': journeys/claims.md has no heading with that id; did you mean 'the-gap'?"),
        Case(name: "unclosed front matter", files: ["Content/journeys/claims.md": "---\ntitle: Claims\n"],
             expected: "Content/journeys/claims.md:1:1: error: front matter is not closed"),
        Case(name: "weight not a number", files: ["Content/journeys/claims.md": "---\ntitle: Claims\nweight: first\n---\n## The gap\n"],
             expected: "Content/journeys/claims.md:3:9: error: weight: expected a whole number, found 'first'"),
        Case(name: "unknown site key", files: ["Content/site.yml": "title: T\nmenus: [journeys]\n"],
             expected: "Content/site.yml:2:1: error: unknown key 'menus'; did you mean 'menu'?"),
        Case(name: "unknown menu entry", files: ["Content/site.yml": "title: T\nmenu: [jorneys]\n"],
             expected: "Content/site.yml:2:8: error: menu: no section or page 'jorneys'; did you mean 'journeys'?"),
        Case(name: "unknown layout", files: ["Content/journeys/claims.md": "---\ntitle: Claims\nlayout: wide\n---\n## The gap\n"],
             expected: "Content/journeys/claims.md:3:1: error: layout: the theme 'default' has no layout 'wide'"),
        Case(name: "unknown theme option", files: [:], arguments: ["--theme", "fancy"],
             expected: "Themes: error: --theme: unknown theme 'fancy': no folder Themes/fancy", status: 2),
        Case(name: "unknown theme in site.yml", files: ["Content/site.yml": "title: T\nmenu: [journeys]\ntheme: fancy\n"],
             expected: "Content/site.yml:3:8: error: theme: unknown theme 'fancy': no folder Themes/fancy"),
        Case(name: "output is the content folder", files: [:], arguments: ["--output", "Content"],
             expected: "Content: error: the output folder may not be, contain or lie inside the content folder", status: 2),
        Case(name: "output contains the content folder", files: [:], arguments: ["--output", "."],
             expected: ".: error: the output folder may not be, contain or lie inside the content folder", status: 2),
    ]

    @Test(arguments: cases) func badInputIsRefusedAndOutputKept(_ bad: Case) throws {
        let site = try Harness.site(Harness.minimalSite)
        let first = try Harness.run(["build", "--quiet", site.path], in: site)
        try #require(first.status == 0, "\(first.stderr)")
        let before = Harness.snapshot(site.appendingPathComponent("Output"))

        for (path, text) in bad.files {
            try Data(text.utf8).write(to: site.appendingPathComponent(path))
        }
        let run = try Harness.run(["build"] + bad.arguments + [site.path], in: site)
        #expect(run.status == bad.status)
        #expect(run.stderr.contains(bad.expected), "stderr was: \(run.stderr)")
        #expect(run.stderr.contains("the previous output is unchanged"))
        #expect(Harness.snapshot(site.appendingPathComponent("Output")) == before)
    }

    @Test func allErrorsOfABuildAreReportedTogether() throws {
        var files = Harness.minimalSite
        files["Content/journeys/a.md"] = "---\ndate: someday\n---\n"
        files["Content/journeys/b.md"] = "See [x](nowhere.md)\n"
        let site = try Harness.site(files)
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/journeys/a.md:2:7: error: date"))
        #expect(run.stderr.contains("Content/journeys/b.md:1:5: error: link 'nowhere.md'"))
        #expect(run.stderr.contains("2 errors"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let site = try Harness.site(Harness.minimalSite)
        #expect(try Harness.run(["build", "--jobs", "0", site.path], in: site).status == 2)
        #expect(try Harness.run(["build", "--no-such-flag"], in: site).status == 2)
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        var files = Harness.minimalSite
        files["Elsewhere/precious.txt"] = "keep me"
        let site = try Harness.site(files)
        let run = try Harness.run(["build", "--output", "Elsewhere", site.path], in: site)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Elsewhere: error: "))
        #expect(run.stderr.contains("was not written by touchpoint"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Elsewhere/precious.txt").path))
    }

    @Test func checkWritesNothing() throws {
        let site = try Harness.site(Harness.minimalSite)
        let run = try Harness.run(["check", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output").path))
    }
}
