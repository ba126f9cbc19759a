import TouchpointCharts
import TouchpointMarkdown

/// `sitemap.xml` and the Atom feed, written only when `baseURL` is set.
/// Their dates come from the pages, never from the clock, so output is reproducible.
enum Feeds {
    static func sitemap(plan: SitePlan, base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var routes = plan.entries.map { ($0.page.route, $0.page.frontMatter.date) }
        routes += plan.tags.map { ($0.route, nil) }
        if !plan.tags.isEmpty { routes.append(("tags/", nil)) }
        for (route, date) in routes.sorted(by: { $0.0 < $1.0 }) {
            xml += "  <url><loc>\(HTMLText.escape(base + RelativeURL.encode(route)))</loc>"
            if let date { xml += "<lastmod>\(HTMLText.escape(date.day10))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Dated pages and data refreshes, newest first, at most 50.
    static func atom(plan: SitePlan, config: SiteConfig, base: String, refreshes: SiteChanges,
                     summaries: (SitePlan.Entry) -> String?) -> String {
        struct Item { var title: String, url: String, id: String, updated: String, summary: String? }
        var items: [Item] = plan.entries.compactMap { entry in
            guard let date = entry.page.frontMatter.date, !entry.isGenerated else { return nil }
            let url = base + RelativeURL.encode(entry.page.route)
            return Item(title: entry.title, url: url, id: url, updated: date.rfc3339, summary: summaries(entry))
        }
        let changesURL = base + RelativeURL.encode(ChangesPage.route)
        for refresh in refreshes.history.refreshes {
            guard let asOf = refresh.asOf, let day = PageDate(asOf) else { continue }
            let wording = refreshes.wording
            let told = refresh.changes.prefix(3).map(wording.sentence)
            let summary = refresh.baseline == nil ? "The first refresh: nothing earlier to compare with."
                : told.isEmpty ? "No data changed." : told.joined(separator: " ")
                    + (refresh.changes.count > 3 ? " And \(Phrase.plural(refresh.changes.count - 3, "more change"))." : "")
            items.append(Item(title: "Data refresh: data as of \(wording.date(asOf))", url: changesURL,
                              id: changesURL + "#refresh-" + refresh.data.prefix(16), updated: day.rfc3339, summary: summary))
        }
        let newest = items.sorted { $0.updated != $1.updated ? $0.updated > $1.updated : $0.id < $1.id }.prefix(50)
        let updated = newest.first?.updated ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(HTMLText.escape(config.title))</title>
          <link href="\(HTMLText.escape(base))"/>
          <link rel="self" href="\(HTMLText.escape(base + "feed.xml"))"/>
          <id>\(HTMLText.escape(base))</id>
          <updated>\(updated)</updated>

        """
        for item in newest {
            xml += "  <entry>\n    <title>\(HTMLText.escape(item.title))</title>\n"
            xml += "    <link href=\"\(HTMLText.escape(item.url))\"/>\n    <id>\(HTMLText.escape(item.id))</id>\n"
            xml += "    <updated>\(HTMLText.escape(item.updated))</updated>\n"
            if let summary = item.summary { xml += "    <summary>\(HTMLText.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
