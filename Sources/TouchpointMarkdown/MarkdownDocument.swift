import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed CommonMark document. It owns its cmark tree and frees it on deinit;
/// no cmark pointer leaves this type. Not thread-safe: use one document per task
/// (cmark itself is safe with separate documents on separate threads).
public final class MarkdownDocument {
    public let headings: [Heading]
    public let links: [Link]
    public let directives: [Directive]
    /// The text of headings, paragraphs and inline code, blocks separated by
    /// spaces; code blocks and raw HTML are left out.
    public let plainText: String
    /// The first paragraph's text, if the document has one.
    public let leadText: String?

    private let root: OpaquePointer
    private let options: MarkdownOptions
    private let headingNodes: [OpaquePointer]
    private let linkNodes: [OpaquePointer]
    private let directiveNodes: [OpaquePointer]
    private var rendered = false
    private let source: String

    public init(parsing text: String, options: MarkdownOptions = MarkdownOptions()) throws {
        var flags = CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        let parsed: OpaquePointer? = text.withCString { cmark_parse_document($0, strlen($0), flags) }
        guard let root = parsed else { throw MarkdownError.parserFailed }
        self.root = root
        self.options = options
        self.source = text
        ParseCounter.shared.increment()

        var outline = OutlineCollector(directiveNames: options.directiveNames)
        do {
            try outline.walk(root)
        } catch {
            cmark_node_free(root)
            throw error
        }
        headings = outline.headings
        links = outline.links
        directives = outline.directives
        plainText = outline.plainText
        leadText = outline.leadText
        headingNodes = outline.headingNodes
        linkNodes = outline.linkNodes
        directiveNodes = outline.directiveNodes
    }

    deinit {
        cmark_node_free(root)
    }

    /// Renders HTML once. `rewriteLink` may return a new destination for a link
    /// (nil keeps it); `directiveHTML` gives the trusted HTML that replaces each
    /// directive block. Headings get their `id`s.
    public func renderHTML(
        rewriteLink: (Link) -> String? = { _ in nil },
        directiveHTML: (Directive) -> String = { _ in "" }
    ) throws -> String {
        let prepared = try prepareHTML(holeFor: { _ in true })
        return prepared.filled(link: { rewriteLink(links[$0]) ?? links[$0].destination },
                               directive: { directiveHTML(directives[$0]) })
    }

    /// Renders HTML once, with a hole for each link `holeFor` picks and for
    /// each directive block, to be filled once links can be resolved. Headings
    /// get their `id`s. A link cmark would blank as dangerous never becomes a hole.
    public func prepareHTML(holeFor: (Link) -> Bool) throws -> PreparedHTML {
        guard !rendered else { throw MarkdownError.alreadyRendered }
        rendered = true
        let markers = HoleMarkers(avoiding: source)

        var holes = 0
        for (number, (link, node)) in zip(links, linkNodes).enumerated() where holeFor(link) && !Self.isDangerous(link.destination) {
            guard cmark_node_set_url(node, markers.link(number)) != 0 else {
                throw MarkdownError.treeEditFailed("link \(link.destination)")
            }
            holes += 1
        }
        for (number, node) in directiveNodes.enumerated() {
            try replace(node, withTrustedHTML: markers.directive(number))
            holes += 1
        }
        for (number, (heading, node)) in zip(headings, headingNodes).enumerated() {
            try wrapHeading(node, heading, idMarker: markers.heading(number))
            holes += 1
        }

        var flags = CMARK_OPT_DEFAULT
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.unsafeHTML { flags |= CMARK_OPT_UNSAFE }
        guard let html = cmark_render_html(root, flags) else { throw MarkdownError.renderFailed }
        defer { free(html) }
        guard let prepared = markers.split(String(cString: html), expectedHoles: holes, headingIDs: headings.map(\.id)) else {
            throw MarkdownError.renderFailed
        }
        return prepared
    }

    /// cmark's own test for URLs it blanks in safe mode (`_scan_dangerous_url`).
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        guard lower.hasPrefix("data:") else { return false }
        let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        return !safeImages.contains { lower.hasPrefix($0) }
    }

    /// A custom block's on-enter text is written verbatim even in safe mode,
    /// while author raw HTML stays omitted; an HTML block would be blanked.
    private func replace(_ node: OpaquePointer, withTrustedHTML html: String) throws {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            throw MarkdownError.treeEditFailed("custom block")
        }
        guard cmark_node_set_on_enter(block, html) != 0, cmark_node_set_on_exit(block, "") != 0,
              cmark_node_replace(node, block) != 0 else {
            cmark_node_free(block)
            throw MarkdownError.treeEditFailed("directive")
        }
        cmark_node_free(node)
    }

    /// cmark writes no heading ids, so the heading's inlines move into a custom
    /// block that opens and closes the `<hN id=…>` element itself.
    private func wrapHeading(_ node: OpaquePointer, _ heading: Heading, idMarker: String) throws {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            throw MarkdownError.treeEditFailed("heading")
        }
        let level = min(max(heading.level, 1), 6)
        guard cmark_node_set_on_enter(block, "<h\(level) id=\"\(idMarker)\">") != 0,
              cmark_node_set_on_exit(block, "</h\(level)>") != 0 else {
            cmark_node_free(block)
            throw MarkdownError.treeEditFailed("heading")
        }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            guard cmark_node_append_child(block, child) != 0 else {
                cmark_node_free(child)
                cmark_node_free(block)
                throw MarkdownError.treeEditFailed("heading")
            }
        }
        guard cmark_node_replace(node, block) != 0 else {
            cmark_node_free(block)
            throw MarkdownError.treeEditFailed("heading")
        }
        cmark_node_free(node)
    }
}
