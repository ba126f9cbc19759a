import Foundation
import TouchpointMarkdown

/// What a first parse of a page tells the plan: its title, anchors, and the
/// data files its directives chart (inputs of the incremental build).
struct PageOutline: Sendable {
    var title: String
    var headings: [Heading]
    var wordCount: Int
    /// `data:` paths named by the page's directives, as written.
    var dataRefs: [String]

    static let directiveNames: Set<String> = ["chart", "table", "kpis"]

    static func make(_ page: Page, file: SourceFile, options: MarkdownOptions) -> (PageOutline, [Diagnostic]) {
        let document: MarkdownDocument
        do {
            document = try MarkdownDocument(parsing: page.body, options: options)
        } catch {
            return (PageOutline(title: fallbackTitle(page), headings: [], wordCount: 0, dataRefs: []),
                    [file.error("cannot parse the Markdown: \(error)")])
        }
        let title = page.frontMatter.title ?? document.headings.first?.text ?? fallbackTitle(page)
        let words = page.body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        let refs = document.directives.compactMap { dataRef(in: $0.body, file: file) }
        return (PageOutline(title: title, headings: document.headings, wordCount: words, dataRefs: refs), [])
    }

    /// The `data` key of a directive body; errors are reported when it renders.
    static func dataRef(in body: String, file: SourceFile) -> String? {
        guard case let .success(root?) = YAMLDocument.parse(body, file: file, firstLine: 1),
              case let .mapping(pairs) = root.value,
              let data = pairs.first(where: { $0.key.value == "data" }),
              case let .scalar(path, _) = data.value.value else { return nil }
        return path
    }

    static func fallbackTitle(_ page: Page) -> String {
        if page.kind == .home { return "Home" }
        let name = page.kind == .section ? page.folder : String(page.route.dropLast())
        return Planner.humanize(name)
    }
}
