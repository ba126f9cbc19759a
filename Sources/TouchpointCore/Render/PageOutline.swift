import Foundation
import TouchpointMarkdown

/// What a first parse of a page tells the plan: its title, anchors, summary.
struct PageOutline: Sendable {
    var title: String
    var headings: [Heading]
    var summary: String?
    var wordCount: Int

    static let directiveNames: Set<String> = ["chart", "table", "kpis"]

    static func make(_ page: Page, file: SourceFile, options: MarkdownOptions) -> (PageOutline, [Diagnostic]) {
        let document: MarkdownDocument
        do {
            document = try MarkdownDocument(parsing: page.body, options: options)
        } catch {
            return (PageOutline(title: fallbackTitle(page), headings: [], summary: nil, wordCount: 0),
                    [file.error("cannot parse the Markdown: \(error)")])
        }
        let title = page.frontMatter.title ?? document.headings.first?.text ?? fallbackTitle(page)
        let words = page.body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        return (PageOutline(title: title, headings: document.headings, summary: nil, wordCount: words), [])
    }

    static func fallbackTitle(_ page: Page) -> String {
        if page.kind == .home { return "Home" }
        let name = page.kind == .section ? page.folder : String(page.route.dropLast())
        return Planner.humanize(name)
    }
}
