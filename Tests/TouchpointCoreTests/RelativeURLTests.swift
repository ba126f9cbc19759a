import Foundation
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
        ("", "javascript:alert(1)/index.html", "./javascript:alert(1)/index.html"),
        ("", "Q1:2026/index.html", "./Q1:2026/index.html"),
        ("", "a/b:c/index.html", "a/b:c/index.html"),
        ("q/", "Q1:2026/index.html", "../Q1:2026/index.html"),
    ])
    func aColonInTheFirstSegmentIsNeverAScheme(_ route: String, _ path: String, _ expected: String) {
        #expect(RelativeURL.from(route, to: path) == expected)
    }

    /// Whatever a folder or file is called, a browser resolving the link from
    /// any page lands on that file, on the same host.
    @Test func hostileNamesResolveToThemselves() throws {
        let names = ["javascript:alert(1)", "Q1:2026", "mailto:x@y", "a b", "#top", "?q=1", "%41", "100%", "é", "日本",
                     "<script>", "\"q\"", "'", "a&b", "..x", "x..", "-", "~", "data:text", "a\\b", "a;b", "C:"]
        let routes = ["", "journeys/", "journeys/claims/", "tags/q3:x/"]
        for name in names {
            for path in [name + "/index.html", "assets/" + name, name] {
                for route in routes {
                    let link = RelativeURL.from(route, to: path)
                    let base = try #require(URL(string: "https://example.com/site/" + RelativeURL.encode(route)))
                    let resolved = try #require(URL(string: link, relativeTo: base), "link \(link)")
                    #expect(resolved.absoluteURL.scheme == "https", "\(link) from \(route)")
                    #expect(resolved.absoluteURL.host == "example.com", "\(link) from \(route)")
                    #expect(resolved.absoluteURL.path == "/site/" + path, "\(link) from \(route)")
                }
            }
        }
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

    @Test(arguments: [("", 0), ("a/", 1), ("a/b/", 2), ("journeys/claims/", 2), ("/a//b/", 2), ("Q1:2026/ü/", 2)])
    func depthCountsFolders(route: String, depth: Int) {
        #expect(RelativeURL.depthOf(route) == depth)
        #expect(RelativeURL.root(from: route) == String(repeating: "../", count: depth))
    }
}
