import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheMinimalSite() throws {
        let site = try Harness.site(Harness.minimalSite)
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Built 3 pages"))
        let html = try String(contentsOf: site.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(html.contains("href=\"journeys/claims/index.html#the-gap\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/journeys/claims/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/tags/claims/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/404.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/theme/style.css").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/sitemap.xml").path))
    }

    @Test func baseURLAddsSitemapAndFeed() throws {
        let site = try Harness.site(Harness.minimalSite)
        let run = try Harness.run(["build", "--base-url", "https://cx.example.com/report", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let sitemap = try String(contentsOf: site.appendingPathComponent("Output/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://cx.example.com/report/journeys/claims/</loc><lastmod>2026-03-12</lastmod>"))
        let feed = try String(contentsOf: site.appendingPathComponent("Output/feed.xml"), encoding: .utf8)
        #expect(feed.contains("<updated>2026-03-12T00:00:00Z</updated>"))
        let notFound = try String(contentsOf: site.appendingPathComponent("Output/404.html"), encoding: .utf8)
        #expect(notFound.contains("href=\"https://cx.example.com/report/theme/style.css\""))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = Harness.repository
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("tp-det-\(UUID().uuidString)")
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("tp-det-\(UUID().uuidString)")
        #expect(try Harness.run(["build", "--quiet", "--output", first.path, site.path], in: site).status == 0)
        #expect(try Harness.run(["build", "--quiet", "--jobs", "1", "--output", second.path, site.path], in: site).status == 0)
        let a = Harness.snapshot(first), b = Harness.snapshot(second)
        #expect(a.count > 40)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    }

    @Test func theSameContentInTwoFoldersGivesTheSameTreeHiddenFilesIncluded() throws {
        let one = try Harness.site(Harness.minimalSite)
        let two = try Harness.site(Harness.minimalSite)
        #expect(try Harness.run(["build", "--quiet", one.path], in: one).status == 0)
        #expect(try Harness.run(["build", "--quiet", two.path], in: two).status == 0)
        let a = Harness.snapshot(one.appendingPathComponent("Output"))
        #expect(a.keys.contains(".touchpoint-output"))
        #expect(a == Harness.snapshot(two.appendingPathComponent("Output")))
    }

    @Test func everyInternalLinkOfTheExampleSiteResolves() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tp-links-\(UUID().uuidString)")
        let run = try Harness.run(["build", "--quiet", "--output", output.path, Harness.repository.path], in: Harness.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let files = Harness.snapshot(output)
        var checked = 0
        let pattern = try NSRegularExpression(pattern: #"(?:href|src)="([^"]+)""#)
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                guard let range = Range(match.range(at: 1), in: html) else { continue }
                let link = String(html[range])
                if link.contains(":") || link.hasPrefix("#") { continue }
                let target = link.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link
                let resolved = URL(fileURLWithPath: "/" + folder).appendingPathComponent(target.removingPercentEncoding ?? target)
                    .standardizedFileURL.path.dropFirst()
                #expect(files[String(resolved)] != nil, "\(path) links to missing \(link)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func escapesTitlesAndTags() throws {
        var files = Harness.minimalSite
        files["Content/journeys/review.md"] = "---\ntitle: \"Q3 & Q4 <review>\"\ntags: [\"Q3 & Q4 <review>\"]\n---\nBody.\n"
        let site = try Harness.site(files)
        #expect(try Harness.run(["build", site.path], in: site).status == 0)
        let html = try String(contentsOf: site.appendingPathComponent("Output/journeys/review/index.html"), encoding: .utf8)
        #expect(html.contains("Q3 &amp; Q4 &lt;review&gt;"))
        #expect(!html.contains("<review>"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/tags/q3--q4-review/index.html").path))
    }

    @Test func draftsOnlyWithTheFlag() throws {
        var files = Harness.minimalSite
        files["Content/journeys/draft.md"] = "---\ntitle: Draft\ndraft: true\n---\nNot yet.\n"
        let site = try Harness.site(files)
        #expect(try Harness.run(["build", site.path], in: site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/journeys/draft/index.html").path))
        #expect(try Harness.run(["build", "--drafts", site.path], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/journeys/draft/index.html").path))
    }

    @Test func newCreatesASiteThatBuilds() throws {
        let parent = try Harness.site([:])
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let created = try Harness.run(["new", "starter"], in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        let site = parent.appendingPathComponent("starter")
        let built = try Harness.run(["build", "--quiet", site.path], in: parent)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/journeys/claims/index.html").path))
        let again = try Harness.run(["new", "starter"], in: parent)
        #expect(again.status == 1)
    }
}

/// The menu and footer are rendered once per variant and shared by pages;
/// the result must be what rendering them inside each page would give.
@Suite struct SiteWidePartialTests {
    @Test func sharedMenuAndFooterEqualRenderingThemPerPage() throws {
        let site = try Harness.site([:])
        let fm = FileManager.default
        try fm.createDirectory(at: site, withIntermediateDirectories: true)
        try fm.copyItem(at: Harness.repository.appendingPathComponent("Content"), to: site.appendingPathComponent("Content"))
        // The same theme with the two partials under names rendered with each page.
        let perPage = site.appendingPathComponent("Themes/perpage/templates")
        try fm.createDirectory(at: perPage.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(at: Harness.repository.appendingPathComponent("Themes/default/templates"), to: perPage)
        try fm.copyItem(at: Harness.repository.appendingPathComponent("Themes/default/assets"),
                        to: site.appendingPathComponent("Themes/perpage/assets"))
        try fm.moveItem(at: perPage.appendingPathComponent("partials/menu.mustache"), to: perPage.appendingPathComponent("partials/nav.mustache"))
        try fm.moveItem(at: perPage.appendingPathComponent("partials/footer.mustache"), to: perPage.appendingPathComponent("partials/foot.mustache"))
        let base = perPage.appendingPathComponent("layouts/base.mustache")
        let text = try String(contentsOf: base, encoding: .utf8)
        #expect(text.contains("{{> partials/menu}}") && text.contains("{{> partials/footer}}"))
        try Data(text.replacingOccurrences(of: "{{> partials/menu}}", with: "{{> partials/nav}}")
            .replacingOccurrences(of: "{{> partials/footer}}", with: "{{> partials/foot}}").utf8).write(to: base)

        for arguments in [[String](), ["--base-url", "https://cx.example.com/report/"]] {
            let shared = try Harness.run(["build", "--quiet", "--output", "Shared"] + arguments + [site.path], in: site)
            let each = try Harness.run(["build", "--quiet", "--theme", "perpage", "--output", "Each"] + arguments + [site.path], in: site)
            try #require(shared.status == 0 && each.status == 0, "\(shared.stderr)\(each.stderr)")
            var a = Harness.snapshot(site.appendingPathComponent("Shared"))
            var b = Harness.snapshot(site.appendingPathComponent("Each"))
            a[".touchpoint-output"] = nil
            b[".touchpoint-output"] = nil
            #expect(a.count > 40)
            #expect(a.keys.sorted() == b.keys.sorted())
            for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
        }
    }
}

@Suite struct NoOpRebuildTests {
    static func identity(_ url: URL) -> [Int] {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return [] }
        return [Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
    }

    /// The one parse per page, counted inside the Markdown wrapper: a clean build
    /// parses every page once; a rebuild only the pages it renders, once each.
    @Test func versionAndNewSpeakOfEverySystem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tp-new-\(UUID().uuidString)")
        let version = try Harness.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let new = try Harness.run(["new", folder.path], in: FileManager.default.temporaryDirectory)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("touchpoint serve \(folder.path)"))
        #expect(new.stdout.contains("file://"))
        #expect(!new.stdout.contains("\n  open "))
    }

    @Test func everyPageIsParsedOnce() throws {
        var files = Harness.minimalSite
        files["Content/data/nps.json"] = #"[{"month": "2026-01", "nps": 20}, {"month": "2026-02", "nps": 25}]"#
        files["Content/journeys/claims.md"] = "---\ntitle: Claims\n---\n## The gap\n\nSee [home](../index.md).\n\n"
            + "```chart\ndata: nps.json\ntype: line\nx: month\ny: nps\n```\n"
        let site = try Harness.site(files)
        func parses(_ arguments: [String]) throws -> Int? {
            let run = try Harness.run(["build"] + arguments + [site.path], in: site, environment: ["TOUCHPOINT_TIMINGS": "1"])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stderr.components(separatedBy: "markdown parses ").last
                .flatMap { Int($0.prefix { $0.isNumber }) }
        }
        #expect(try parses(["--clean"]) == 3)
        #expect(try parses([]) == 0)
        try Data("---\ntitle: Home\n---\n# Welcome\n\nNew text.\n".utf8).write(to: site.appendingPathComponent("Content/index.md"))
        #expect(try parses([]) == 1)
        try Data(#"[{"month": "2026-01", "nps": 21}]"#.utf8).write(to: site.appendingPathComponent("Content/data/nps.json"))
        // The page charting the file, and the home page, which says what the refresh changed.
        #expect(try parses([]) == 2)
        let claims = try String(contentsOf: site.appendingPathComponent("Output/journeys/claims/index.html"), encoding: .utf8)
        #expect(claims.contains("href=\"../../index.html\""))
        #expect(claims.contains("<svg"))
    }

    @Test func aRebuildWithNothingChangedTouchesNothing() throws {
        let site = try Harness.site(Harness.minimalSite)
        #expect(try Harness.run(["build", "--quiet", site.path], in: site).status == 0)
        let watched = ["Output", "Output/index.html", "Output/.touchpoint-output", ".touchpoint/Output.manifest"]
            .map { site.appendingPathComponent($0) }
        let before = watched.map(Self.identity)
        #expect(before.allSatisfy { !$0.isEmpty })
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("(0 rendered)"))
        #expect(run.stdout.contains("0 files written"))
        #expect(watched.map(Self.identity) == before)
    }
}
