import Foundation
import TouchpointTemplates

/// The values a theme's templates see; documented in docs/themes.md. Typed
/// values, not `[String: Any]`: looking names up in those was most of a build.
struct TemplateContext {
    let plan: SitePlan
    let config: SiteConfig
    let summaries: [String: String]
    let theme: Theme
    let parts: SiteWideParts
    let refs: PageRefCache

    /// The site-wide values, and the site-wide partials rendered with them alone.
    func base(linker: Linker, current: Int?) -> TemplateObject {
        let active = activeMenuEntries(current)
        let variant = parts.variant(root: linker.root, active: active) {
            let menu = TemplateValue.list(menu(linker: linker, active: Set(active)))
            let tags = TemplateValue.list(plan.tags.map {
                .object(["name": .text($0.name), "url": .text(linker.page($0.route)), "count": .int($0.pages.count)])
            })
            var values = siteValues(linker: linker)
            values["menu"] = menu
            values["tags"] = tags
            return .init(menu: menu, tags: tags, partials: theme.renderSiteWidePartials(values))
        }
        var context = siteValues(linker: linker)
        context["menu"] = variant.menu
        context["tags"] = variant.tags
        context[Theme.renderedKey] = .object(TemplateObject(variant.partials.map { ($0.key, .text($0.value)) }))
        return context
    }

    private func siteValues(linker: Linker) -> TemplateObject {
        var site: TemplateObject = ["title": .text(config.title), "description": .text(config.description),
                                    "language": .text(config.language)]
        if let base = config.normalizedBaseURL { site["baseURL"] = .text(base) }
        if !config.params.isEmpty {
            var params = TemplateObject()
            for pair in config.params { params[pair.key] = pair.value.templateValue }
            site["params"] = .object(params)
        }
        if !config.brand.isEmpty {
            var brand = TemplateObject()
            if let palette = config.brand.palette { brand["style"] = .text(palette.css) }
            if let logo = config.brand.logo { brand["logo"] = .text(linker.file(logo)) }
            if let footer = config.brand.footer { brand["footer"] = .text(footer) }
            site["brand"] = .object(brand)
        }
        var values: TemplateObject = ["site": .object(site), "root": .text(linker.root), "generator": "Touchpoint"]
        if config.normalizedBaseURL != nil { values["feedURL"] = .text(linker.file("feed.xml")) }
        return values
    }

    /// Menu entries that lead to the current page or one of its sections, in menu order.
    func activeMenuEntries(_ current: Int?) -> [Int] {
        guard let current else { return [] }
        let chain = Set(plan.ancestors(of: current) + [current])
        return plan.menu.indices.filter { chain.contains(plan.menu[$0].entry) && plan.entries[plan.menu[$0].entry].page.kind != .home }
    }

    func menu(linker: Linker, active: Set<Int>) -> [TemplateValue] {
        plan.menu.enumerated().map { index, item in
            .object(["title": .text(item.title), "url": .text(linker.page(plan.entries[item.entry].page.route)),
                     "active": .bool(active.contains(index))])
        }
    }

    func pageRef(_ index: Int, linker: Linker) -> TemplateObject {
        // Depths past 63 share a key, and absolute links differ from relative ones: those are made each time.
        let depth = RelativeURL.depthOf(linker.fromRoute)
        guard linker.absoluteBase == nil, depth < 63 else { return makePageRef(index, linker: linker) }
        return refs.ref(index, depth: depth) { makePageRef(index, linker: linker) }
    }

    private func makePageRef(_ index: Int, linker: Linker) -> TemplateObject {
        let entry = plan.entries[index]
        var ref: TemplateObject = [
            "title": .text(entry.title),
            "url": .text(linker.page(entry.page.route)),
            "tags": .list(tagRefs(entry.page.frontMatter.tags, linker: linker)),
            "isSection": .bool(entry.page.kind == .section),
        ]
        if let summary = summary(of: entry) { ref["summary"] = .text(summary) }
        if let date = entry.page.frontMatter.date {
            ref["date"] = .text(date.day10)
            ref["dateDisplay"] = .text(date.display)
        }
        return ref
    }

    func summary(of entry: SitePlan.Entry) -> String? {
        entry.page.frontMatter.summary ?? summaries[entry.page.sourcePath]
    }

    func tagRefs(_ names: [String], linker: Linker) -> [TemplateValue] {
        var seen = Set<String>()
        return names.compactMap { name in
            guard let slug = plan.tagSlugsByName[name], seen.insert(slug).inserted else { return nil }
            return .object(["name": .text(name), "url": .text(linker.page("tags/\(slug)/"))])
        }
    }

    /// A section with its pages listed, or (for report pages) without: listing
    /// every sibling on every page would make a build quadratic in section size.
    func sectionRef(_ folder: String, linker: Linker, listingPages: Bool = true) -> TemplateObject? {
        guard let section = plan.sections[folder] else { return nil }
        var ref = pageRef(section.index, linker: linker)
        if listingPages { ref["pages"] = .list(section.children.map { .object(pageRef($0, linker: linker)) }) }
        return ref
    }

    func link(_ index: Int, linker: Linker) -> TemplateValue {
        .object(["title": .text(plan.entries[index].title), "url": .text(linker.page(plan.entries[index].page.route))])
    }

    func navigation(_ index: Int, linker: Linker) -> TemplateObject {
        var nav = TemplateObject()
        let crumbs = plan.ancestors(of: index)
        if !crumbs.isEmpty { nav["breadcrumbs"] = .list(crumbs.map { link($0, linker: linker) }) }
        if index > 0 { nav["prev"] = link(index - 1, linker: linker) }
        if index + 1 < plan.entries.count { nav["next"] = link(index + 1, linker: linker) }
        return nav
    }
}
