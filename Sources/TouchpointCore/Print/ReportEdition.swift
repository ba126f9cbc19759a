import TouchpointMarkdown
import TouchpointTemplates

/// `print/index.html`: the whole report as one document, for boards and
/// regulators who want one PDF. A cover (title, description, data as of),
/// the contents, every page once in reading order, and the charts' data
/// tables in an appendix. Assembled from the pages' `PrintFragment`s, in
/// the theme's `print` layout.
enum ReportEdition {
    static let path = PageAnchor.editionRoute + "index.html"

    /// The values the `print` layout sees besides the site-wide ones (docs/themes.md).
    static func values(plan: SitePlan, fragments: [PrintFragment], dataAsOf: String?) -> TemplateObject {
        var toc: [TemplateValue] = []
        var appendix: [TemplateValue] = []
        var body = ""
        for (index, fragment) in fragments.enumerated() where index < plan.entries.count {
            let entry = plan.entries[index]
            let anchor = PageAnchor.page(entry.page.route)
            let depth = plan.ancestors(of: index).filter { plan.entries[$0].page.kind == .section }.count
            toc.append(.object(["title": .text(entry.title), "anchor": .text(anchor), "depth": .int(depth)]))
            body += fragment.section
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
