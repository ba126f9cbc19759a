import TouchpointMarkdown

/// The line under a chart whose data changed in the last refresh, or is stale:
/// "Since 30 Jun 2026: NPS 32 → 35; 2 more changes", linked to the changes page.
struct SinceNote: Sendable {
    var text: String?
    /// The changes page's entry for the file, relative to the page; nil in the report edition.
    var link: String?
    var stale: StaleFile?

    init?(changes: SiteChanges, path: String, items: Set<String>? = nil, from route: String) {
        text = changes.note(for: path, items: items)
        stale = changes.stale(path)
        guard text != nil || stale != nil else { return nil }
        let file = String(path.dropFirst("data/".count))
        link = Linker(fromRoute: route, absoluteBase: nil).page(ChangesPage.route) + "#" + ChangesPage.anchor(file)
    }

    var html: String {
        var html = "<p class=\"tp-since\">"
        if let stale {
            html += "<span class=\"tp-badge tp-badge--stale\">Stale data</span> "
            html += "<span class=\"tp-stale-note\">as of \(HTMLText.escape(stale.asOf)), \(stale.days) days old.</span>"
            if text != nil { html += " " }
        }
        if let text {
            html += link.map { "<a href=\"\(HTMLText.escape($0))\">\(HTMLText.escape(text))</a>" } ?? HTMLText.escape(text)
        }
        return html + "</p>\n"
    }

    /// The same note for the report edition, which has no changes page to link to.
    var unlinked: SinceNote {
        var note = self
        note.link = nil
        return note
    }
}
