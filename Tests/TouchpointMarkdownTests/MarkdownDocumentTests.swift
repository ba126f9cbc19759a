import Foundation
import Testing
@testable import TouchpointMarkdown

@Suite struct MarkdownDocumentTests {
    @Test func rendersCommonMarkWithSmartPunctuation() throws {
        let doc = try MarkdownDocument(parsing: "Say \"hi\" -- now...\n")
        #expect(try doc.renderHTML() == "<p>Say “hi” – now…</p>\n")
    }

    @Test func omitsRawHTMLByDefault() throws {
        let doc = try MarkdownDocument(parsing: "<script>x()</script>\n\nText <b>bold</b>\n")
        let html = try doc.renderHTML()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("Text"))
    }

    @Test func passesRawHTMLWhenUnsafe() throws {
        let doc = try MarkdownDocument(parsing: "Text <b>bold</b>\n", options: MarkdownOptions(unsafeHTML: true))
        #expect(try doc.renderHTML() == "<p>Text <b>bold</b></p>\n")
    }

    @Test func headingsGetGitHubStyleUniqueIds() throws {
        let doc = try MarkdownDocument(parsing: "# Hello, World!\n\n## Hello World\n\n## Hello World\n\n## `code` & more\n")
        #expect(doc.headings.map(\.id) == ["hello-world", "hello-world-1", "hello-world-2", "code--more"])
        let html = try doc.renderHTML()
        // cmark puts custom-block text on its own lines; browsers ignore that whitespace.
        #expect(html.contains("<h1 id=\"hello-world\">\nHello, World!\n</h1>"))
        #expect(html.contains("<h2 id=\"hello-world-2\">\nHello World\n</h2>"))
        #expect(html.contains("<h2 id=\"code--more\">\n<code>code</code> &amp; more\n</h2>"))
    }

    @Test func linksCarryTheirLineAndCanBeRewritten() throws {
        let doc = try MarkdownDocument(parsing: "Intro\n\nSee [the claims](../journeys/claims.md#gap) now.\n")
        #expect(doc.links.count == 1)
        #expect(doc.links[0].destination == "../journeys/claims.md#gap")
        #expect(doc.links[0].location.line == 3)
        let html = try doc.renderHTML(rewriteLink: { _ in "../../journeys/claims/index.html#gap" })
        #expect(html == "<p>Intro</p>\n<p>See <a href=\"../../journeys/claims/index.html#gap\">the claims</a> now.</p>\n")
    }

    @Test func directivesAreReplacedVerbatimEvenInSafeMode() throws {
        let text = "# T\n\n- item\n- ```chart\n  data: a.json\n  ```\n\n```chart\ndata: b.json\ntitle: B\n```\n\n<em>raw</em>\n"
        let doc = try MarkdownDocument(parsing: text, options: MarkdownOptions(directiveNames: ["chart"]))
        #expect(doc.directives.count == 2)
        #expect(doc.directives[1].body == "data: b.json\ntitle: B\n")
        #expect(doc.directives[1].location.line == 8)
        var n = 0
        let html = try doc.renderHTML(directiveHTML: { _ in n += 1; return "<svg id=\"c\(n)\"></svg>" })
        #expect(html.contains("<svg id=\"c1\"></svg>"))
        #expect(html.contains("<svg id=\"c2\"></svg>"))
        #expect(!html.contains("<em>raw</em>"))
        #expect(!html.contains("data: b.json"))
    }

    @Test func otherCodeBlocksStayCode() throws {
        let doc = try MarkdownDocument(parsing: "```swift\nlet x = 1\n```\n", options: MarkdownOptions(directiveNames: ["chart"]))
        #expect(doc.directives.isEmpty)
        #expect(try doc.renderHTML() == "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    }

    @Test func renderingTwiceIsAnError() throws {
        let doc = try MarkdownDocument(parsing: "x\n")
        _ = try doc.renderHTML()
        #expect(throws: MarkdownError.alreadyRendered) { try doc.renderHTML() }
    }

    @Test func slugTable() {
        let table: [(String, String)] = [
            ("Hello World", "hello-world"),
            ("The gap between ideal and present", "the-gap-between-ideal-and-present"),
            ("Q3 & Q4 <review>", "q3--q4-review"),
            ("Émotion à l’étape 2", "émotion-à-létape-2"),
            ("snake_case-and-dash", "snake_case-and-dash"),
            ("  lead", "--lead"),
        ]
        for (text, slug) in table { #expect(HeadingSlug.slug(text) == slug, "\(text)") }
    }

    /// A hole filled with a link's own destination is what cmark writes itself.
    @Test(arguments: ["a b", "<a>", "x\"y", "q?a=1&b='2'", "100%", "ü/ø", "[x]{y}|^`\\a", "tab\there", "#frag", "../a.md#h", "a(b)c"])
    func filledHolesMatchCmark(destination: String) throws {
        let text = "[link](<\(destination.replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>"))>) ![i](<\(destination.replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>"))>)\n"
        let byCmark = try MarkdownDocument(parsing: text).prepareHTML(holeFor: { _ in false })
        #expect(byCmark.holes.isEmpty)
        let document = try MarkdownDocument(parsing: text)
        let prepared = try document.prepareHTML(holeFor: { _ in true })
        #expect(prepared.holes == [PreparedHTML.Hole.link(0), .link(1)])
        #expect(prepared.filled(link: { document.links[$0].destination }, directive: { _ in "" })
                == byCmark.filled(link: { _ in "" }, directive: { _ in "" }))
    }

    @Test func holesAreFilledByIdentityNotByOrder() throws {
        let text = "[a](a.md) and [b](b.md)\n\n```chart\nx: 1\n```\n\n```chart\nx: 2\n```\n"
        let document = try MarkdownDocument(parsing: text, options: MarkdownOptions(directiveNames: ["chart"]))
        let prepared = try document.prepareHTML(holeFor: { _ in true })
        let html = prepared.filled(link: { ["A", "B"][$0] }, directive: { "<figure>\($0)</figure>\n" })
        #expect(html == "<p><a href=\"A\">a</a> and <a href=\"B\">b</a></p>\n<figure>0</figure>\n<figure>1</figure>\n")
    }

    @Test func dangerousLinksStayWithCmark() throws {
        let document = try MarkdownDocument(parsing: "[x](javascript:alert(1)) [y](page.md)\n")
        let prepared = try document.prepareHTML(holeFor: { _ in true })
        #expect(prepared.holes == [PreparedHTML.Hole.link(1)])
        #expect(prepared.filled(link: { _ in "p.html" }, directive: { _ in "" }) == "<p><a href=\"\">x</a> <a href=\"p.html\">y</a></p>\n")
    }
}
