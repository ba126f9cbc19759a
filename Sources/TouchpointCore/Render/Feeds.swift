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

    static func atom(plan: SitePlan, config: SiteConfig, base: String, summaries: (SitePlan.Entry) -> String?) -> String {
        let dated = plan.entries.filter { $0.page.frontMatter.date != nil && !$0.isGenerated }
            .sorted { a, b in
                let da = a.page.frontMatter.date?.iso ?? "", db = b.page.frontMatter.date?.iso ?? ""
                return da != db ? da > db : a.page.route < b.page.route
            }
            .prefix(50)
        let updated = dated.first?.page.frontMatter.date?.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(HTMLText.escape(config.title))</title>
          <link href="\(HTMLText.escape(base))"/>
          <link rel="self" href="\(HTMLText.escape(base + "feed.xml"))"/>
          <id>\(HTMLText.escape(base))</id>
          <updated>\(updated)</updated>

        """
        for entry in dated {
            let url = HTMLText.escape(base + RelativeURL.encode(entry.page.route))
            xml += "  <entry>\n    <title>\(HTMLText.escape(entry.title))</title>\n"
            xml += "    <link href=\"\(url)\"/>\n    <id>\(url)</id>\n"
            xml += "    <updated>\(HTMLText.escape(entry.page.frontMatter.date?.rfc3339 ?? updated))</updated>\n"
            if let summary = summaries(entry) { xml += "    <summary>\(HTMLText.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
