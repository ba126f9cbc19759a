import TouchpointMarkdown

/// A page's section of the report edition: its place in the report, its
/// title and lead, then its body as `PageRenderer` filled it for the edition.
enum ReportSection {
    static func html(_ index: Int, plan: SitePlan, body: String, summary: String?) -> String {
        let entry = plan.entries[index]
        let anchor = PageAnchor.page(entry.page.route)
        var html = "<section class=\"edition-page edition-page--\(entry.page.kind.rawValue)\" id=\"\(HTMLText.escape(anchor))\">\n"
        html += "<header class=\"edition-page__header\">\n"
        if let section = plan.ancestors(of: index).last(where: { plan.entries[$0].page.kind == .section }) {
            html += "<p class=\"edition-page__section\">\(HTMLText.escape(plan.entries[section].title))</p>\n"
        }
        html += "<h1 class=\"edition-page__title\">\(HTMLText.escape(entry.title))</h1>\n"
        if let summary, !summary.isEmpty { html += "<p class=\"edition-page__lead\">\(HTMLText.escape(summary))</p>\n" }
        html += "</header>\n"
        if !body.isEmpty { html += "<div class=\"prose\">\n\(body)</div>\n" }
        return html + "</section>\n"
    }
}
