import Testing
@testable import TouchpointCore

@Suite struct RelativeURLTests {
    @Test(arguments: [
        ("", "index.html", "index.html"),
        ("", "journeys/claims/index.html", "journeys/claims/index.html"),
        ("journeys/", "index.html", "../index.html"),
        ("journeys/claims/", "kpis/index.html", "../../kpis/index.html"),
        ("journeys/claims/", "assets/a b.png", "../../assets/a%20b.png"),
        ("tags/q3/", "theme/style.css", "../../theme/style.css"),
        ("a/", "docs/report#1.pdf", "../docs/report%231.pdf"),
    ])
    func fromRouteToFile(_ route: String, _ path: String, _ expected: String) {
        #expect(RelativeURL.from(route, to: path) == expected)
    }

    @Test(arguments: [
        ("../journeys/claims.md", "kpis", "journeys/claims.md" as String?),
        ("./claims.md", "journeys", "journeys/claims.md"),
        ("claims.md", "", "claims.md"),
        ("a/../../b.md", "x", "b.md"),
        ("../../etc/passwd", "journeys", nil),
        ("..", "", nil),
    ])
    func resolve(_ relative: String, _ base: String, _ expected: String?) {
        #expect(RelativeURL.resolve(relative, in: base) == expected)
    }

    @Test func routes() {
        #expect(PageRoutes.route(for: "index.md") == (.home, "", ""))
        #expect(PageRoutes.route(for: "journeys/index.md") == (.section, "journeys/", "journeys"))
        #expect(PageRoutes.route(for: "journeys/claims.md") == (.page, "journeys/claims/", "journeys"))
        #expect(PageRoutes.route(for: "about.md") == (.page, "about/", ""))
        #expect(PageRoutes.route(for: "a/b/c.md") == (.page, "a/b/c/", "a/b"))
    }
}
