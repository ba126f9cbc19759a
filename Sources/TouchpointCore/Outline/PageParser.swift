import Foundation
import TouchpointMarkdown

/// Parses a page's Markdown: the one place a page's text goes through cmark.
enum PageParser {
    static let directiveNames: Set<String> = ["chart", "table", "kpis"]

    /// Runs of bytes between spaces, tabs and newlines, for the reading time.
    /// Counted on bytes: splitting the text into Characters cost a tenth of the outline.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let blank = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            if !blank && !inWord { count += 1 }
            inWord = !blank
        }
        return count
    }

    struct Parsed: Sendable {
        var outline: PageOutline
        var body: PreparedBody?
        var diagnostics: [Diagnostic]
    }

    static func parse(_ page: Page, file: SourceFile, options: MarkdownOptions) -> Parsed {
        let fallback = PageOutline(title: page.frontMatter.title ?? PageOutline.fallbackTitle(page),
                                   headings: [], wordCount: 0, dataRefs: [])
        let document: MarkdownDocument
        let html: PreparedHTML
        do {
            document = try MarkdownDocument(parsing: page.body, options: options)
            html = try document.prepareHTML(holeFor: { LinkResolver.mayRewrite($0.destination) })
        } catch {
            return Parsed(outline: fallback, body: nil, diagnostics: [file.error("cannot parse the Markdown: \(error)")])
        }
        let directives = document.directives.map { directive in
            let fenceLine = directive.location.line + page.bodyFirstLine - 1
            let spec = DirectiveSpec.parse(name: directive.name, body: directive.body, fenceLine: fenceLine, file: file)
            return ParsedDirective(directive: directive, spec: spec.value, errors: spec.diagnostics)
        }
        let title = page.frontMatter.title ?? document.headings.first?.text ?? fallback.title
        let words = wordCount(page.body)
        // A block whose options do not parse names no data; its errors are reported when it renders.
        let refs = directives.compactMap { $0.spec?.data?.value }
        var outline = PageOutline(title: title, headings: document.headings, wordCount: words, dataRefs: refs)
        let fm = page.frontMatter
        outline.search = SearchText(
            terms: SearchTerms.distinct([title, fm.summary ?? "", fm.tags.joined(separator: " "), document.plainText]
                .joined(separator: " ")),
            snippet: SearchText.snippet(summary: fm.summary, lead: document.leadText))
        return Parsed(outline: outline, body: PreparedBody(html: html, links: document.links, directives: directives),
                      diagnostics: [])
    }
}
