import TouchpointCharts
import Foundation
import TouchpointMarkdown
import TouchpointTemplates

/// Step 4 of a build: one page's Markdown and template → HTML. A pure function
/// of the plan, the theme and the page, so pages render in parallel.
struct PageRenderer: Sendable {
    let plan: SitePlan
    let theme: Theme
    let config: SiteConfig
    let links: LinkResolver
    let outlines: [String: PageOutline]
    /// Bodies prepared while outlining this build, by source path.
    let bodies: [String: PreparedBody]
    let markdownOptions: MarkdownOptions
    let displayPrefix: String
    /// What the last data refresh changed: the changes page, the home page's line about it.
    var changes = SiteChanges()
    let directives: DirectiveRenderer
    let siteWide = SiteWideParts()
    let refs = PageRefCache()

    var context: TemplateContext { TemplateContext(plan: plan, config: config, summaries: [:], theme: theme, parts: siteWide, refs: refs) }

    func sourceFile(_ page: Page) -> SourceFile {
        // A generated page's errors are in the page it was made from.
        let path = page.segment?.template ?? page.sourcePath
        return SourceFile(displayPath: displayPrefix.isEmpty ? path : displayPrefix + "/" + path)
    }

    struct Rendered {
        var html: String?
        var diagnostics: [Diagnostic]
        var charts = 0
        /// The page's part of the report edition.
        var print: PrintFragment?
    }

    func render(entry index: Int) -> Rendered {
        let entry = plan.entries[index]
        let page = entry.page
        let file = sourceFile(page)
        var errors: [Diagnostic] = []
        var content = ""
        var reportBody = ""
        var appendix: [AppendixTable] = []
        var charts = 0
        var dataAsOf: String?
        if !entry.isGenerated {
            // The page's one parse: done while outlining, unless its outline came from the cache.
            var body = bodies[page.sourcePath]
            if body == nil {
                let parsed = PageParser.parse(page, file: file, options: markdownOptions)
                errors += parsed.diagnostics
                body = parsed.body
            }
            if let body {
                var urls: [Int: String] = [:]
                var reportURLs: [Int: String] = [:]
                for (number, link) in body.links.enumerated() {
                    // Found once for the page and its part of the report edition.
                    let target = links.locate(link.destination, from: page)
                    switch links.resolve(target, from: page) {
                    case .keep: urls[number] = link.destination
                    case let .rewrite(url): urls[number] = url
                    case let .broken(message):
                        errors.append(file.error(message, line: link.location.line + page.bodyFirstLine - 1,
                                                 column: link.location.column))
                    }
                    if case let .rewrite(url) = links.resolveInReport(target, from: page) { reportURLs[number] = url }
                }
                var figures: [Int: String] = [:]
                var reportFigures: [Int: String] = [:]
                for (number, block) in body.directives.enumerated() {
                    let result = directives.render(block, number: number + 1, page: page, file: file)
                    errors += result.diagnostics
                    charts += result.charts
                    if let asOf = result.asOf, asOf > (dataAsOf ?? "") { dataAsOf = asOf }
                    figures[number] = result.html
                    reportFigures[number] = result.reportHTML ?? result.html
                    appendix += result.appendix
                }
                content = body.html.filled(link: { urls[$0] ?? "" }, directive: { figures[$0] ?? "" })
                reportBody = body.html.filled(link: { reportURLs[$0] ?? urls[$0] ?? "" }, directive: { reportFigures[$0] ?? "" },
                                              idPrefix: PageAnchor.page(page.route) + ":")
            }
        }
        guard errors.isEmpty else { return Rendered(html: nil, diagnostics: errors) }

        let linker = Linker(fromRoute: page.route, absoluteBase: nil)
        let ctx = context
        var values = ctx.base(linker: linker, current: index)
        for (key, value) in ctx.navigation(index, linker: linker).pairs { values[key] = value }
        var pageValues = ctx.pageRef(index, linker: linker)
        pageValues["content"] = .text(content)
        pageValues["url"] = "index.html"
        pageValues["isHome"] = .bool(page.kind == .home)
        pageValues["isSection"] = .bool(page.kind == .section)
        pageValues["isPage"] = .bool(page.kind == .page)
        pageValues["isTag"] = false
        pageValues["params"] = page.frontMatter.paramsValue
        if let dataAsOf { pageValues["dataAsOf"] = .text(dataAsOf) }
        let outline = outlines[page.sourcePath]
        pageValues["toc"] = .list((outline?.headings ?? []).filter { $0.level == 2 }.map {
            .object(["id": .text($0.id), "title": .text($0.text)])
        })
        pageValues["readingTime"] = .int(max(1, ((outline?.wordCount ?? 0) + 219) / 220))
        values["page"] = .object(pageValues)

        switch page.kind {
        case .home:
            values["changes"] = .object(ChangesPage.homeValues(changes, url: linker.page(ChangesPage.route)))
            values["sections"] = .list(plan.topSections.compactMap { folder -> TemplateValue? in
                guard var ref = ctx.sectionRef(folder, linker: linker, listingPages: false),
                      let section = plan.sections[folder] else { return nil }
                ref["firstPages"] = .list(section.children.prefix(4).map { .object(ctx.pageRef($0, linker: linker)) })
                ref["pageCount"] = .int(section.children.count)
                return .object(ref)
            })
        case .section:
            values["section"] = ctx.sectionRef(page.folder, linker: linker).map(TemplateValue.object)
        case .page:
            values["section"] = ctx.sectionRef(page.folder, linker: linker, listingPages: false).map(TemplateValue.object)
        }

        let layout = page.frontMatter.layout ?? page.kind.rawValue
        guard theme.layouts.contains(layout) else {
            let message = "layout: the theme '\(theme.name)' has no layout '\(layout)'"
                + Suggestion.didYouMean(layout, in: Array(theme.layouts))
            return Rendered(html: nil, diagnostics: [file.error(message, line: page.frontMatter.layoutLine)])
        }
        guard let html = theme.render(layout: layout, context: values) else {
            return Rendered(html: nil, diagnostics: [file.error("the theme could not render layout '\(layout)'")])
        }
        let print = PrintFragment(section: ReportSection.html(index, plan: plan, body: reportBody, summary: ctx.summary(of: entry)),
                                  appendix: appendix)
        return Rendered(html: html, diagnostics: [], charts: charts, print: print)
    }

    /// Tag pages, the tag index and the 404 page.
    func renderTag(_ tag: SitePlan.Tag) -> String? {
        let linker = Linker(fromRoute: tag.route, absoluteBase: nil)
        let ctx = context
        var values = ctx.base(linker: linker, current: nil)
        values["page"] = ["title": .text("Tagged “\(tag.name)”"), "isTag": true, "url": "index.html"]
        values["tag"] = ["name": .text(tag.name), "pages": .list(tag.pages.map { .object(ctx.pageRef($0, linker: linker)) })]
        values["breadcrumbs"] = .list(breadcrumbsToTags(linker: linker, includeTags: true))
        return theme.render(layout: "tag", context: values)
    }

    func renderTagIndex() -> String? {
        let linker = Linker(fromRoute: "tags/", absoluteBase: nil)
        var values = context.base(linker: linker, current: nil)
        values["page"] = ["title": "Tags", "isTag": true, "url": "index.html"]
        values["breadcrumbs"] = .list(breadcrumbsToTags(linker: linker, includeTags: false))
        return theme.render(layout: "tags", context: values)
    }

    func renderNotFound() -> String? {
        let linker = Linker(fromRoute: "", absoluteBase: config.normalizedBaseURL)
        var values = context.base(linker: linker, current: nil)
        values["page"] = ["title": "Page not found", "url": .text(linker.file("404.html"))]
        return theme.render(layout: "404", context: values)
    }

    /// The search page. Its list of every page, by section, is what a reader
    /// without JavaScript gets instead of results.
    func renderSearch() -> String? {
        let linker = Linker(fromRoute: "search/", absoluteBase: nil)
        let ctx = context
        var values = ctx.base(linker: linker, current: nil)
        values["page"] = ["title": "Search", "isSearch": true, "url": "index.html"]
        values["breadcrumbs"] = .list(breadcrumbsToTags(linker: linker, includeTags: false))
        let folders = plan.sections.values.sorted { $0.index < $1.index }
        var groups: [TemplateValue] = []
        if let home = plan.bySource["index.md"] ?? plan.entry(forRoute: "") {
            let top = plan.entries.indices.filter { plan.entries[$0].page.kind == .page && plan.entries[$0].page.folder.isEmpty }
            var group = ctx.pageRef(home, linker: linker)
            group["pages"] = .list(top.map { .object(ctx.pageRef($0, linker: linker)) })
            groups.append(.object(group))
        }
        for section in folders {
            var group = ctx.pageRef(section.index, linker: linker)
            let pages = section.children.filter { plan.entries[$0].page.kind == .page }
            group["pages"] = .list(pages.map { .object(ctx.pageRef($0, linker: linker)) })
            groups.append(.object(group))
        }
        values["directory"] = .list(groups)
        values["pageCount"] = .int(plan.entries.count)
        return theme.render(layout: "search", context: values)
    }

    /// What the last data refresh changed, with links to the pages that chart each changed file.
    func renderChanges() -> String? {
        let linker = Linker(fromRoute: ChangesPage.route, absoluteBase: nil)
        let ctx = context
        var values = ctx.base(linker: linker, current: nil)
        values["page"] = ["title": "What changed", "isChanges": true, "url": "index.html"]
        values["breadcrumbs"] = .list(breadcrumbsToTags(linker: linker, includeTags: false))
        values["changes"] = .object(ChangesPage.values(changes) { file in
            let ref = String(file.dropFirst("data/".count))
            return plan.entries.indices.filter { outlines[plan.entries[$0].page.sourcePath]?.dataRefs.contains(ref) == true }
                .map { ctx.link($0, linker: linker) }
        })
        return theme.render(layout: "changes", context: values)
    }

    /// The report edition, from every page's fragment in reading order, with
    /// `body` as its body (the sections, or `ReportEdition.bodyMarker`).
    func renderEdition(_ fragments: [PrintFragment], body: String, dataAsOf: String?) -> String? {
        let linker = Linker(fromRoute: PageAnchor.editionRoute, absoluteBase: nil)
        var values = context.base(linker: linker, current: nil)
        values["page"] = ["title": .text(config.title), "isEdition": true, "url": "index.html"]
        var edition = ReportEdition.values(plan: plan, fragments: fragments, body: body, dataAsOf: dataAsOf)
        edition["runningHead"] = .text(ReportEdition.cssString(config.title))
        values["edition"] = .object(edition)
        return theme.render(layout: "print", context: values)
    }

    private func breadcrumbsToTags(linker: Linker, includeTags: Bool) -> [TemplateValue] {
        var crumbs: [TemplateValue] = []
        if let home = plan.bySource["index.md"] ?? plan.entry(forRoute: "") {
            crumbs.append(.object(["title": .text(plan.entries[home].title), "url": .text(linker.page(""))]))
        }
        if includeTags { crumbs.append(.object(["title": "Tags", "url": .text(linker.page("tags/"))])) }
        return crumbs
    }
}
