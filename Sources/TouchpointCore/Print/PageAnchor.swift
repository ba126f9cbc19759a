/// Ids that keep pages apart once they share one document, the report
/// edition: each page's section, its headings and its charts. Made from the
/// route alone, so a page's ids do not change when other pages come or go.
///
///     ""                  home              home:key-findings       tp-chart-1
///     "journeys/claims/"  p-journeys.claims p-journeys.claims:gap   tp-journeys.claims-chart-1
///
/// A route is written with letters, digits and `-` as they are, `/` as `.`
/// and any other byte as `_XX_` (hex), so two routes never share an id.
enum PageAnchor {
    /// Where the report edition lives; its links to files are relative to it.
    static let editionRoute = "print/"

    static func page(_ route: String) -> String {
        let name = encoded(route)
        return name.isEmpty ? "home" : "p-" + name
    }

    /// Heading ids hold no `:`, page anchors neither: the pair is unambiguous.
    static func heading(_ id: String, on route: String) -> String {
        page(route) + ":" + id
    }

    /// The start of every chart, table and KPI id of a page: unique across the
    /// site, so the edition can hold each figure as the page has it.
    static func directivePrefix(_ route: String) -> String {
        let name = encoded(route)
        return name.isEmpty ? "tp-" : "tp-" + name + "-"
    }

    static func encoded(_ route: String) -> String {
        var out = ""
        let trimmed = route.hasSuffix("/") ? route.dropLast() : Substring(route)
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/"):
                out += "."
            default:
                out += "_" + JSONText.hex(byte) + "_"
            }
        }
        return out
    }
}
