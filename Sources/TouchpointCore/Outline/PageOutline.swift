import Foundation
import TouchpointMarkdown

/// What a page's one parse tells the plan: its title, anchors, and the data
/// files its directives chart (inputs of the incremental build). Kept in the
/// build cache, so an unchanged page is not parsed again.
struct PageOutline: Sendable {
    var title: String
    var headings: [Heading]
    var wordCount: Int
    /// `data:` paths named by the page's directives, as written.
    var dataRefs: [String]
    /// What the site's search knows of the page: its words, and the text shown under its title in results.
    var search = SearchText()

    static func fallbackTitle(_ page: Page) -> String {
        if page.kind == .home { return "Home" }
        let name = page.kind == .section ? page.folder : String(page.route.dropLast())
        return Planner.humanize(name)
    }
}

/// A page as search sees it: the distinct words of its title, summary,
/// tags, headings and text (`SearchTerms`), and a snippet.
struct SearchText: Sendable, Hashable {
    /// The terms, sorted, one space apart (a term holds none). Kept as one
    /// string: only the search index reads them one by one, and the manifest
    /// then reads one field per page, not a list of hundreds.
    var words = ""
    var snippet = ""

    init(terms: [String] = [], snippet: String = "") {
        words = terms.joined(separator: " ")
        self.snippet = snippet
    }

    init(words: String, snippet: String) {
        self.words = words
        self.snippet = snippet
    }

    /// The summary, else the first paragraph, cut at a word near 160 characters.
    static func snippet(summary: String?, lead: String?) -> String {
        let text = (summary ?? lead ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}

/// What rendering needs of that same parse: the HTML with holes for links
/// and directives, and each directive's options, read once.
struct PreparedBody: Sendable {
    var html: PreparedHTML
    var links: [Link]
    var directives: [ParsedDirective]
}

/// A directive block and its YAML body, read into options (or the errors that stopped it).
struct ParsedDirective: Sendable {
    var directive: Directive
    var spec: DirectiveSpec?
    var errors: [Diagnostic]
}
