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
        // Terms are numbered as bytes and the script is written as bytes: no
        // string is made or hashed per occurrence, nor per number.
        var terms = ByteStrings()
        var postings: [[Int]] = []
        var pages: [UInt8] = []

        for (number, entry) in plan.entries.enumerated() {
            let outline = outlines[entry.page.sourcePath]
            var words = outline?.search.words ?? SearchTerms.distinct(entry.title).joined(separator: " ")
            words.withUTF8 { post($0, page: number, terms: &terms, postings: &postings) }

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
            let snippet = outline?.search.snippet ?? entry.page.frontMatter.summary ?? ""
            if number > 0 { pages += ",\n".utf8 }
            pages.append(UInt8(ascii: "["))
            for text in [entry.title, entry.page.route] {
                appendLiteral(text, to: &pages)
                pages.append(UInt8(ascii: ","))
            }
            pages += String(section).utf8
            pages.append(UInt8(ascii: ","))
            appendLiteral(snippet, to: &pages)
            pages += ",[".utf8
            var first = true
            for heading in outline?.headings ?? [] where heading.level == 2 || heading.level == 3 {
                if !first { pages.append(UInt8(ascii: ",")) }
                appendLiteral(heading.text, to: &pages)
                pages.append(UInt8(ascii: ","))
                appendLiteral(heading.id, to: &pages)
                first = false
            }
            pages += "]]".utf8
        }

        let names = terms.strings
        var numbers = Array(names.indices)
        if !names.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            // Terms equal as Unicode text but not byte for byte are one, as a Dictionary keyed by String has them.
            var first: [String: Int] = [:]
            numbers = numbers.filter { number in
                guard let kept = first[names[number]] else {
                    first[names[number]] = number
                    return true
                }
                postings[kept] = (postings[kept] + postings[number]).sorted()
                return false
            }
        }
        numbers.sort { names[$0] < names[$1] }
        var lists: [UInt8] = [UInt8(ascii: "\"")]
        for (index, term) in numbers.enumerated() {
            if index > 0 { lists.append(UInt8(ascii: ";")) }
            var previous = 0
            for (position, number) in postings[term].enumerated() {
                if position > 0 { lists.append(UInt8(ascii: ",")) }
                appendBase36(number - previous, to: &lists)
                previous = number
            }
        }
        lists.append(UInt8(ascii: "\""))
        return "window.TouchpointSearchIndex = {\n"
            + "\"version\": 1,\n"
            + "\"stopWords\": \(literal(SearchTerms.stopWords.sorted().joined(separator: " "))),\n"
            + "\"sections\": [" + sections.map(literal).joined(separator: ",") + "],\n"
            + "\"pages\": [\n" + String(decoding: pages, as: UTF8.self) + "\n],\n"
            + "\"terms\": \(literal(numbers.map { names[$0] }.joined(separator: " "))),\n"
            + "\"postings\": " + String(decoding: lists, as: UTF8.self) + "\n"
            + "};\n"
    }

    /// Adds `page` to the postings of each term of `words` (terms one space apart).
    private static func post(_ words: UnsafeBufferPointer<UInt8>, page: Int, terms: inout ByteStrings, postings: inout [[Int]]) {
        var start = 0
        for at in 0...words.count where at == words.count || words[at] == UInt8(ascii: " ") {
            if at > start {
                let (term, isNew) = terms.number(of: UnsafeBufferPointer(rebasing: words[start..<at]))
                if isNew { postings.append([page]) } else { postings[term].append(page) }
            }
            start = at + 1
        }
    }

    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// `String(number, radix: 36)`, for a number that is not negative.
    private static func appendBase36(_ number: Int, to out: inout [UInt8]) {
        if number >= 36 { appendBase36(number / 36, to: &out) }
        out.append(digits[number % 36])
    }

    private static func appendLiteral(_ text: String, to out: inout [UInt8]) {
        if needsEscape(text) {
            out += literal(text).utf8
        } else {
            out.append(UInt8(ascii: "\""))
            out += text.utf8
            out.append(UInt8(ascii: "\""))
        }
    }

    /// A JSON string, which is also a JavaScript one: line and paragraph separators are escaped too.
    static func literal(_ text: String) -> String {
        // Nearly all text needs no escape: then it is copied whole, not scalar by scalar.
        if !needsEscape(text) { return "\"" + text + "\"" }
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

    private static func needsEscape(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            // U+2028 and U+2029: E2 80 A8, E2 80 A9.
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
