import Foundation
/// The values a theme's templates see; documented in docs/themes.md.
struct TemplateContext {
    let plan: SitePlan
    let config: SiteConfig
    let summaries: [String: String]
    let theme: Theme
    let parts: SiteWideParts

    /// The site-wide values, and the site-wide partials rendered with them alone.
    func base(linker: Linker, current: Int?) -> [String: Any] {
        let active = activeMenuEntries(current)
        let variant = parts.variant(root: linker.root, active: active) {
            let menu = menu(linker: linker, active: Set(active))
            let tags = plan.tags.map { ["name": $0.name, "url": linker.page($0.route), "count": $0.pages.count] as [String: Any] }
            var values = siteValues(linker: linker)
            values["menu"] = menu
            values["tags"] = tags
            return .init(menu: menu, tags: tags, partials: theme.renderSiteWidePartials(values))
        }
        var context = siteValues(linker: linker)
        context["menu"] = variant.menu
        context["tags"] = variant.tags
        context[Theme.renderedKey] = variant.partials
        return context
    }

    private func siteValues(linker: Linker) -> [String: Any] {
        var site: [String: Any] = ["title": config.title, "description": config.description, "language": config.language]
        if let base = config.normalizedBaseURL { site["baseURL"] = base }
        if !config.params.isEmpty {
            var params: [String: Any] = [:]
            for pair in config.params { params[pair.key] = pair.value.plainValue }
            site["params"] = params
        }
        var values: [String: Any] = ["site": site, "root": linker.root, "generator": "Touchpoint"]
        if config.normalizedBaseURL != nil { values["feedURL"] = linker.file("feed.xml") }
        return values
    }

    /// Menu entries that lead to the current page or one of its sections, in menu order.
    func activeMenuEntries(_ current: Int?) -> [Int] {
        guard let current else { return [] }
        let chain = Set(plan.ancestors(of: current) + [current])
        return plan.menu.indices.filter { chain.contains(plan.menu[$0].entry) && plan.entries[plan.menu[$0].entry].page.kind != .home }
    }

    func menu(linker: Linker, active: Set<Int>) -> [[String: Any]] {
        plan.menu.enumerated().map { index, item in
            ["title": item.title, "url": linker.page(plan.entries[item.entry].page.route), "active": active.contains(index)]
        }
    }

    func pageRef(_ index: Int, linker: Linker) -> [String: Any] {
        let entry = plan.entries[index]
        var ref: [String: Any] = [
            "title": entry.title,
            "url": linker.page(entry.page.route),
            "tags": tagRefs(entry.page.frontMatter.tags, linker: linker),
            "isSection": entry.page.kind == .section,
        ]
        if let summary = summary(of: entry) { ref["summary"] = summary }
        if let date = entry.page.frontMatter.date {
            ref["date"] = date.day10
            ref["dateDisplay"] = date.display
        }
        return ref
    }

    func summary(of entry: SitePlan.Entry) -> String? {
        entry.page.frontMatter.summary ?? summaries[entry.page.sourcePath]
    }

    func tagRefs(_ names: [String], linker: Linker) -> [[String: Any]] {
        var seen = Set<String>()
        return names.compactMap { name in
            guard let slug = plan.tagSlugsByName[name], seen.insert(slug).inserted else { return nil }
            return ["name": name, "url": linker.page("tags/\(slug)/")]
        }
    }

    /// A section with its pages listed, or (for report pages) without: listing
    /// every sibling on every page would make a build quadratic in section size.
    func sectionRef(_ folder: String, linker: Linker, listingPages: Bool = true) -> [String: Any]? {
        guard let section = plan.sections[folder] else { return nil }
        var ref = pageRef(section.index, linker: linker)
        if listingPages { ref["pages"] = section.children.map { pageRef($0, linker: linker) } }
        return ref
    }

    func navigation(_ index: Int, linker: Linker) -> [String: Any] {
        var nav: [String: Any] = [:]
        let crumbs = plan.ancestors(of: index)
        if !crumbs.isEmpty {
            nav["breadcrumbs"] = crumbs.map { ["title": plan.entries[$0].title, "url": linker.page(plan.entries[$0].page.route)] }
        }
        if index > 0 {
            nav["prev"] = ["title": plan.entries[index - 1].title, "url": linker.page(plan.entries[index - 1].page.route)]
        }
        if index + 1 < plan.entries.count {
            nav["next"] = ["title": plan.entries[index + 1].title, "url": linker.page(plan.entries[index + 1].page.route)]
        }
        return nav
    }
}
