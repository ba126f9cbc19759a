import TouchpointMarkdown
import TouchpointTemplates

/// `print/index.html`: the whole report as one document, for boards and
/// regulators who want one PDF. A cover (title, description, data as of),
/// the contents, every page once in reading order, and the charts' data
/// tables in an appendix. Assembled from the pages' `PrintFragment`s, in
/// the theme's `print` layout.
enum ReportEdition {
    static let path = PageAnchor.editionRoute + "index.html"

    /// The values the `print` layout sees besides the site-wide ones (docs/themes.md);
    /// `body` is the pages' sections, or `bodyMarker` in their place.
    static func values(plan: SitePlan, fragments: [PrintFragment], body: String, dataAsOf: String?) -> TemplateObject {
        var toc: [TemplateValue] = []
        var appendix: [TemplateValue] = []
        for (index, fragment) in fragments.enumerated() where index < plan.entries.count {
            let entry = plan.entries[index]
            let anchor = PageAnchor.page(entry.page.route)
            let depth = plan.ancestors(of: index).filter { plan.entries[$0].page.kind == .section }.count
            toc.append(.object(["title": .text(entry.title), "anchor": .text(anchor), "depth": .int(depth)]))
            if !fragment.appendix.isEmpty {
                appendix.append(.object([
                    "title": .text(entry.title), "anchor": .text(anchor),
                    "tables": .list(fragment.appendix.map {
                        .object(["id": .text($0.id), "title": .text($0.title), "html": .text($0.html)])
                    }),
                ]))
            }
        }
        var edition: TemplateObject = ["toc": .list(toc), "body": .text(body), "appendix": .list(appendix)]
        if let dataAsOf { edition["dataAsOf"] = .text(dataAsOf) }
        if let home = plan.bySource["index.md"], let date = plan.entries[home].page.frontMatter.date {
            edition["date"] = .text(date.day10)
            edition["dateDisplay"] = .text(date.display)
        }
        return edition
    }

    /// Stands for the body while the layout renders. At 10,000 pages the body
    /// is some 24 MiB: taken through the template engine it was copied three
    /// times and held whole, so the layout is rendered around this instead
    /// and the sections are written into the file one page at a time.
    /// Escaping, a transform or an indent would change it (it holds `<`, both
    /// cases, a space and a line break), so where it appears as it is, the
    /// body would have been printed as it is; its random number keeps the
    /// site's own text from spelling it.
    static let bodyMarker = "<\u{0}Touchpoint edition body \(UInt64.random(in: 0...UInt64.max))\n\u{0}>"

    /// The layout before and after the body, when it printed `bodyMarker` exactly once, as it is.
    static func split(_ layout: String) -> (head: String, tail: String)? {
        let bytes = Array(layout.utf8)
        let marker = Array(bodyMarker.utf8)
        var found: [Int] = []
        var at = 0
        while at + marker.count <= bytes.count, found.count < 2 {
            if bytes[at] == marker[0], bytes[at..<(at + marker.count)].elementsEqual(marker) {
                found.append(at)
                at += marker.count
            } else {
                at += 1
            }
        }
        guard found.count == 1, let start = found.first else { return nil }
        return (String(decoding: bytes[..<start], as: UTF8.self), String(decoding: bytes[(start + marker.count)...], as: UTF8.self))
    }

    /// A CSS string literal, for the running head set in a `<style>` element, where HTML escapes do not apply.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
