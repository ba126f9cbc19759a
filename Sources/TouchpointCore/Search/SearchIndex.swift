/// `search/index.js`: the whole site's search index as one script, so that
/// search works from `file://` and any static host, where `fetch` of a JSON
/// file would be refused. It assigns one object literal:
///
///     window.TouchpointSearchIndex = {
///       "version": 1,
///       "stopWords": "an and …",             // words the index leaves out (SearchTerms)
///       "sections": ["Journeys", …],
///       "pages": [[title, route, section, snippet, [heading, id, heading, id, …]], …],
///       "terms": "alpha beta …",             // every indexed word, sorted, one space apart
///       "postings": "0,3,1;2;…"              // per term, the pages holding it
///     };
///
/// `section` indexes `sections` (-1: none). A term's pages are ascending
/// page numbers, each written as its distance from the one before, in base
/// 36: the index stays a fraction of the site's HTML (the budget is 15%).
/// Pages are in reading order, so equal scores rank as the menu does.
enum SearchIndex {
    static let path = "search/index.js"

    static func script(plan: SitePlan, outlines: [String: PageOutline]) -> String {
        var sections: [String] = []
        var sectionNumber: [Int: Int] = [:]
        var postings: [String: [Int]] = [:]
        var pages: [String] = []
        pages.reserveCapacity(plan.entries.count)

        for (number, entry) in plan.entries.enumerated() {
            let outline = outlines[entry.page.sourcePath]
            let terms = outline?.search.terms ?? SearchTerms.distinct(entry.title)
            for term in terms { postings[term, default: []].append(number) }

            var section = -1
            if let parent = plan.ancestors(of: number).last, plan.entries[parent].page.kind == .section {
                if let known = sectionNumber[parent] {
                    section = known
                } else {
                    section = sections.count
                    sectionNumber[parent] = section
                    sections.append(plan.entries[parent].title)
                }
            }
            let headings = (outline?.headings ?? []).filter { $0.level == 2 || $0.level == 3 }.flatMap { [$0.text, $0.id] }
            let snippet = outline?.search.snippet ?? entry.page.frontMatter.summary ?? ""
            pages.append("[" + [literal(entry.title), literal(entry.page.route), String(section), literal(snippet),
                                "[" + headings.map(literal).joined(separator: ",") + "]"].joined(separator: ",") + "]")
        }

        let terms = postings.keys.sorted()
        let lists = terms.map { term -> String in
            var previous = 0
            return (postings[term] ?? []).map { number in
                defer { previous = number }
                return String(number - previous, radix: 36)
            }.joined(separator: ",")
        }
        return "window.TouchpointSearchIndex = {\n"
            + "\"version\": 1,\n"
            + "\"stopWords\": \(literal(SearchTerms.stopWords.sorted().joined(separator: " "))),\n"
            + "\"sections\": [" + sections.map(literal).joined(separator: ",") + "],\n"
            + "\"pages\": [\n" + pages.joined(separator: ",\n") + "\n],\n"
            + "\"terms\": \(literal(terms.joined(separator: " "))),\n"
            + "\"postings\": \(literal(lists.joined(separator: ";")))\n"
            + "};\n"
    }

    /// A JSON string, which is also a JavaScript one: line and paragraph separators are escaped too.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
