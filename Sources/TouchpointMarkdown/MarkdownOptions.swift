/// How a Markdown document is parsed and rendered.
public struct MarkdownOptions: Sendable, Hashable {
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool
    /// Pass author raw HTML through. Off by default: cmark then omits it.
    public var unsafeHTML: Bool
    /// Info strings of fenced blocks that the caller replaces by generated HTML.
    public var directiveNames: Set<String>

    public init(smartPunctuation: Bool = true, unsafeHTML: Bool = false, directiveNames: Set<String> = []) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
        self.directiveNames = directiveNames
    }
}
