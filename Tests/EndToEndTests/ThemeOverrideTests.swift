import Foundation
import Testing

/// A site theme holds only what it changes; the rest comes from the built-in default.
@Suite struct ThemeOverrideTests {
    @Test func aThemeOfOneFooterKeepsEverythingElse() throws {
        var files = Harness.minimalSite
        files["Content/site.yml"] = "title: Test report\nmenu: [journeys]\ntheme: brand\n"
        files["Themes/brand/templates/partials/footer.mustache"] =
            "<footer class=\"site-footer\"><p>© Harbor Mutual · {{site.title}}</p></footer>\n"
        let site = try Harness.site(files)
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("Output/journeys/claims/index.html"), encoding: .utf8)
        #expect(page.contains("<p>© Harbor Mutual · Test report</p>"))
        #expect(!page.contains("Built with Touchpoint"))
        // The default theme's layouts, menu and stylesheet still make the page.
        #expect(page.contains("href=\"../../theme/style.css\""))
        #expect(page.contains("class=\"site-header"))
        let css = try String(contentsOf: site.appendingPathComponent("Output/theme/style.css"), encoding: .utf8)
        let builtIn = try String(contentsOf: Harness.repository.appendingPathComponent("Themes/default/assets/style.css"), encoding: .utf8)
        #expect(css == builtIn)
    }

    @Test func aThemeStylesheetReplacesTheDefaultOne() throws {
        var files = Harness.minimalSite
        files["Content/site.yml"] = "title: Test report\ntheme: brand\n"
        files["Themes/brand/assets/style.css"] = ":root { --accent: #7B2D8E; }\n"
        let site = try Harness.site(files)
        #expect(try Harness.run(["build", site.path], in: site).status == 0)
        let css = try String(contentsOf: site.appendingPathComponent("Output/theme/style.css"), encoding: .utf8)
        #expect(css == ":root { --accent: #7B2D8E; }\n")
    }

    @Test func aBrokenOverrideIsNamedInTheSiteTheme() throws {
        var files = Harness.minimalSite
        files["Content/site.yml"] = "title: Test report\ntheme: brand\n"
        files["Themes/brand/templates/partials/footer.mustache"] = "<footer>{{#site}}</footer>\n"
        let site = try Harness.site(files)
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Themes/brand/templates/partials/footer.mustache:1:"), "\(run.stderr)")
    }
}

/// `new --bare` and `--version`: the smallest starting point and the tool's release.
@Suite struct StarterCommandTests {
    @Test func aBareSiteBuildsItsOneChart() throws {
        let parent = try Harness.site([:])
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let folder = parent.appendingPathComponent("bare")
        let created = try Harness.run(["new", folder.path, "--bare"], in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created \(folder.path) with 6 files."))
        #expect(!created.stdout.contains("open Output"))
        let built = try Harness.run(["build", folder.path], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("Built 3 pages"))
        #expect(built.stdout.contains("Open file://"))
        let page = try String(contentsOf: folder.appendingPathComponent("Output/findings/satisfaction/index.html"), encoding: .utf8)
        #expect(page.contains("Customer satisfaction by quarter"))
        #expect(page.contains("Source: Quarterly customer survey. Data as of 2026-09-30."))
        #expect(page.contains(">Q3 2025<"))
    }

    @Test func versionIsTheRelease() throws {
        let run = try Harness.run(["--version"], in: Harness.repository)
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
    }
}

/// `brand` in site.yml restyles the default theme, light and dark, with the contrast checked.
@Suite struct BrandTests {
    static func site(brand: String) throws -> URL {
        var files = Harness.minimalSite
        files["Content/site.yml"] = "title: Test report\nmenu: [journeys]\nbrand:\n" + brand
        files["Content/assets/logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"/>\n"
        return try Harness.site(files)
    }

    @Test func accentLogoAndFooterReachEveryPage() throws {
        let site = try Self.site(brand: "  accent: \"#7B2D8E\"\n  logo: assets/logo.svg\n  footer: \"© Harbor Mutual\"\n")
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("Output/journeys/claims/index.html"), encoding: .utf8)
        // Light mode keeps the brand colour; dark mode lightens it until it reads on the dark page (4.5:1).
        #expect(page.contains("<style>:root{--accent:#7b2d8e;--accent-hover:#5c226b;--accent-soft:#f2eaf4;--focus:#7b2d8e}"
            + "@media (prefers-color-scheme: dark){:root{--accent:#a16aaf;--accent-hover:#bd97c7;--accent-soft:#261930;--focus:#a16aaf}}</style>"))
        #expect(page.contains("<img class=\"site-logo\" src=\"../../assets/logo.svg\" alt=\"\" height=\"28\">"))
        #expect(page.contains("<p class=\"site-footer__brand\">© Harbor Mutual</p>"))
    }

    @Test func anAccentTooPaleForTextIsRefusedWithOneThatPasses() throws {
        let site = try Self.site(brand: "  accent: \"#FFD700\"\n  logo: logo.svg\n")
        let run = try Harness.run(["build", site.path], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/site.yml:4:11: error: brand.accent: #FFD700 on white has a contrast of 1.4:1; "
            + "text needs 4.5:1 (WCAG AA). A darker shade such as #8A7400 passes"), "\(run.stderr)")
        #expect(run.stderr.contains("Content/site.yml:5:9: error: brand.logo: expected a file below Content/assets such as assets/logo.svg, found 'logo.svg'"),
                "\(run.stderr)")
    }
}
