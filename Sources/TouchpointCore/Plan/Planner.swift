import TouchpointCharts
import Foundation
/// Builds the `SitePlan` from loaded pages and their titles.
enum Planner {
    static func plan(site: Site, titles: [String: String]) -> Staged<SitePlan> {
        var errors: [Diagnostic] = []  // only the menu's, found before the plan exists
        var pages = site.pages
        if !pages.contains(where: { $0.kind == .home }) {
            pages.append(generatedPage(folder: "", kind: .home, route: "", title: site.config.title))
        }
        // Every folder holding pages gets a section page, written or generated.
        var folders = Set(pages.filter { $0.kind == .page }.map(\.folder))
        for page in pages where page.kind == .section { folders.insert(page.folder) }
        for folder in Array(folders) {
            var f = folder
            while let slash = f.lastIndex(of: "/") {
                f = String(f[..<slash])
                folders.insert(f)
            }
        }
        folders.remove("")
        let written = Set(pages.filter { $0.kind == .section }.map(\.folder))
        for folder in folders.subtracting(written).sorted() {
            pages.append(generatedPage(folder: folder, kind: .section, route: folder + "/", title: humanize(folder)))
        }

        func title(_ page: Page) -> String { titles[page.sourcePath] ?? humanize(page.folder) }

        // Order children of each folder: weight, then newest date, then title.
        func order(_ a: Page, _ b: Page) -> Bool {
            let wa = a.frontMatter.weight ?? Int.max, wb = b.frontMatter.weight ?? Int.max
            if wa != wb { return wa < wb }
            let da = a.frontMatter.date?.iso ?? "", db = b.frontMatter.date?.iso ?? ""
            if da != db { return da > db }
            let ta = title(a), tb = title(b)
            if ta != tb { return ta < tb }
            return a.sourcePath < b.sourcePath
        }
        var childrenOf: [String: [Page]] = [:]
        for page in pages where page.kind != .home {
            let parentFolder = page.kind == .section ? parentFolder(of: page.folder) : page.folder
            childrenOf[parentFolder, default: []].append(page)
        }
        for key in childrenOf.keys { childrenOf[key]?.sort(by: order) }

        // Top-level order: menu entries first, then the rest.
        var top = childrenOf[""] ?? []
        var menuTargets: [(entry: SiteConfig.MenuEntry, source: String)] = []
        for item in site.config.menu {
            let target = item.target.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let candidates = [target + "/index.md", target, target + ".md"]
            // A folder without an index.md has a generated section page, which has no source path.
            if let match = pages.first(where: { candidates.contains($0.sourcePath) || ($0.kind == .section && $0.folder == target) }) {
                menuTargets.append((item, match.sourcePath))
            } else {
                let known = pages.filter { $0.kind == .section && !$0.folder.contains("/") }.map(\.folder)
                errors.append(site.sourceFile("site.yml").error(
                    "menu: no section or page '\(item.target)'" + Suggestion.didYouMean(item.target, in: known),
                    line: item.line, column: item.column))
            }
        }
        let menuRank = Dictionary(menuTargets.enumerated().map { ($0.element.source, $0.offset) }, uniquingKeysWith: { a, _ in a })
        top.sort { a, b in
            switch (menuRank[a.sourcePath], menuRank[b.sourcePath]) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return order(a, b)
            }
        }
        childrenOf[""] = top

        // Reading order: depth-first from the home page.
        var entries: [SitePlan.Entry] = []
        var sections: [String: SitePlan.Section] = [:]
        func visit(_ page: Page) {
            let index = entries.count
            let isGenerated = page.sourcePath.hasPrefix("\u{0}")
            entries.append(.init(page: page, title: isGenerated ? (page.frontMatter.title ?? "") : title(page), isGenerated: isGenerated))
            guard page.kind != .page else { return }
            sections[page.folder] = SitePlan.Section(folder: page.folder, index: index, children: [])
            var children: [Int] = []
            for child in childrenOf[page.folder] ?? [] {
                children.append(entries.count)
                visit(child)
            }
            sections[page.folder]?.children = children
        }
        if let home = pages.first(where: { $0.kind == .home }) { visit(home) }

        var bySource: [String: Int] = [:]
        for (i, e) in entries.enumerated() { bySource[e.page.sourcePath] = i }

        let menu: [SitePlan.MenuItem]
        if menuTargets.isEmpty {
            menu = (sections[""]?.children ?? []).map { SitePlan.MenuItem(title: entries[$0].title, entry: $0) }
        } else {
            menu = menuTargets.compactMap { target in
                bySource[target.source].map { SitePlan.MenuItem(title: target.entry.title ?? entries[$0].title, entry: $0) }
            }
        }

        let (tags, slugs) = collectTags(entries)
        let topSections = (sections[""]?.children ?? []).filter { entries[$0].page.kind == .section }.map { entries[$0].page.folder }
        return Staged(SitePlan(entries: entries, sections: sections, topSections: topSections, menu: menu,
                               tags: tags, bySource: bySource, tagSlugsByName: slugs), errors)
    }

    /// Tags that slug alike (`NPS`, `nps`) share one page, named as first seen.
    private static func collectTags(_ entries: [SitePlan.Entry]) -> ([SitePlan.Tag], [String: String]) {
        var bySlug: [String: SitePlan.Tag] = [:]
        var slugs: [String: String] = [:]
        for (i, entry) in entries.enumerated() {
            for name in entry.page.frontMatter.tags {
                // A few names recur on thousands of pages: each is slugged once.
                let slug = slugs[name] ?? { let base = Slug.make(name); return base.isEmpty ? "tag" : base }()
                slugs[name] = slug
                if bySlug[slug] == nil { bySlug[slug] = SitePlan.Tag(name: name, slug: slug, pages: []) }
                if bySlug[slug]?.pages.last != i { bySlug[slug]?.pages.append(i) }
            }
        }
        let tags = bySlug.values.sorted { $0.slug < $1.slug }.map { tag -> SitePlan.Tag in
            var tag = tag
            tag.pages.sort { a, b in
                let da = entries[a].page.frontMatter.date?.iso ?? "", db = entries[b].page.frontMatter.date?.iso ?? ""
                return da != db ? da > db : a < b
            }
            return tag
        }
        return (tags, slugs)
    }

    static func parentFolder(of folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        return String(folder[..<slash])
    }

    private static func generatedPage(folder: String, kind: PageKind, route: String, title: String) -> Page {
        var fm = FrontMatter()
        fm.title = title
        return Page(sourcePath: "\u{0}generated/" + route, kind: kind, route: route, folder: folder,
                    frontMatter: fm, body: "", bodyFirstLine: 1)
    }

    /// `customer-journeys` → `Customer journeys`.
    static func humanize(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        let words = last.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let first = words.first else { return "Home" }
        return first.uppercased() + words.dropFirst()
    }
}
