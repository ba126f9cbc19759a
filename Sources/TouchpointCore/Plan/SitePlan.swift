/// Step 3 of a build: every page's place in the site, worked out once —
/// titles, order, sections, menu, tags, previous/next.
public struct SitePlan: Sendable {
    public struct Entry: Sendable {
        public var page: Page
        public var title: String
        /// Present only for folders without an `index.md`.
        public var isGenerated: Bool
    }

    public struct Section: Sendable {
        public var folder: String
        /// Index into `entries` of the section page.
        public var index: Int
        /// Pages and sub-sections listed on the section page, in order.
        public var children: [Int]
    }

    public struct Tag: Sendable {
        public var name: String
        public var slug: String
        public var pages: [Int]
        public var route: String { "tags/\(slug)/" }
    }

    public struct MenuItem: Sendable {
        public var title: String
        public var entry: Int
    }

    /// All pages in reading order: home, then each section's page and its pages.
    public var entries: [Entry]
    public var sections: [String: Section]
    /// Top-level sections in menu order, then the rest.
    public var topSections: [String]
    public var menu: [MenuItem]
    public var tags: [Tag]
    public var bySource: [String: Int]
    public var tagSlugsByName: [String: String]

    public func entry(forRoute route: String) -> Int? {
        entries.firstIndex { $0.page.route == route }
    }

    /// Section pages from the home page down to (not including) the entry.
    public func ancestors(of index: Int) -> [Int] {
        let page = entries[index].page
        guard page.kind != .home else { return [] }
        var chain: [Int] = []
        var folder = page.kind == .section ? parent(of: page.folder) : page.folder
        while let current = folder {
            if let section = sections[current] { chain.append(section.index) }
            folder = current.isEmpty ? nil : parent(of: current)
        }
        if let home = bySource["index.md"], !chain.contains(home) { chain.append(home) }
        return chain.reversed()
    }

    func parent(of folder: String) -> String? {
        guard !folder.isEmpty else { return nil }
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        return String(folder[..<slash])
    }
}
