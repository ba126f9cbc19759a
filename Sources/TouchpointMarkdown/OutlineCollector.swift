import CCmark

/// One walk over a fresh tree that records headings, links and directive
/// blocks together with the nodes a later render edits.
struct OutlineCollector {
    let directiveNames: Set<String>
    var headings: [Heading] = []
    var links: [Link] = []
    var directives: [Directive] = []
    var headingNodes: [OpaquePointer] = []
    var linkNodes: [OpaquePointer] = []
    var directiveNodes: [OpaquePointer] = []
    /// The words a reader sees, blocks apart: what the site's search indexes.
    var plainText = ""
    /// The first paragraph's text: a page's snippet where it has no summary.
    var leadText: String?
    private var ids = HeadingSlug.Uniquer()

    init(directiveNames: Set<String>) {
        self.directiveNames = directiveNames
    }

    mutating func walk(_ root: OpaquePointer) throws {
        guard let iter = cmark_iter_new(root) else { throw MarkdownError.parserFailed }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            try visit(node)
        }
    }

    private mutating func visit(_ node: OpaquePointer) throws {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_HEADING:
            let text = plainText(node)
            let base = HeadingSlug.slug(text)
            let id = ids.unique(base.isEmpty ? "section" : base)
            headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: text,
                                    id: id, location: location(of: node)))
            headingNodes.append(node)
            if !plainText.isEmpty { plainText += " " }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            links.append(Link(destination: url, isImage: type == CMARK_NODE_IMAGE, location: location(of: node)))
            linkNodes.append(node)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let name = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            if directiveNames.contains(name) {
                let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                directives.append(Directive(name: name, body: body, location: location(of: node)))
                directiveNodes.append(node)
            }
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            if let literal = cmark_node_get_literal(node) { plainText += String(cString: literal) }
        case CMARK_NODE_PARAGRAPH:
            if !plainText.isEmpty { plainText += " " }
            if leadText == nil { leadText = plainText(node) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_ITEM:
            if !plainText.isEmpty { plainText += " " }
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST,
             CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_THEMATIC_BREAK,
             CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            break
        default:
            throw MarkdownError.unexpectedNodeType(Int(type.rawValue))
        }
    }

    /// cmark tracks positions of blocks only; an inline takes its block's.
    private func location(of node: OpaquePointer) -> SourceLocation {
        var current: OpaquePointer? = node
        while let n = current {
            let line = Int(cmark_node_get_start_line(n))
            if line > 0 {
                return SourceLocation(line: line, column: max(1, Int(cmark_node_get_start_column(n))))
            }
            current = cmark_node_parent(n)
        }
        return SourceLocation(line: 1, column: 1)
    }

    private func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iter = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(n) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
