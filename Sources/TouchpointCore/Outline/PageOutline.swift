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
        let source = summary ?? lead ?? ""
        let text = source.utf8.allSatisfy { $0 < 0x80 }
            ? collapsingASCIISpace(source) : source.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// What splitting on `isWhitespace` and joining with one space gives for
    /// ASCII text, done on bytes: splitting into Characters was most of the
    /// cost of a page's snippet.
    private static func collapsingASCIISpace(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
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
