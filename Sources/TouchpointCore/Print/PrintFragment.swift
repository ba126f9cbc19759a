/// A chart's numbers as the report edition prints them, once, in its appendix.
struct AppendixTable: Sendable, Hashable {
    /// The id the chart's figure links to.
    var id: String
    var title: String
    /// A `<table>`, escaped.
    var html: String
}

/// One page as the report edition holds it: its section of the document,
/// with links turned into anchors, and its charts' tables for the appendix.
/// Made while the page renders, and kept beside the build cache so that a
/// rebuild assembles the edition without rendering unchanged pages again.
struct PrintFragment: Sendable, Hashable {
    var section: String
    var appendix: [AppendixTable]

    /// One file: a line with the byte count of the section, the section,
    /// then each table as the same three lines (length, id, title) and its HTML.
    var encoded: String {
        var out = "\(section.utf8.count)\n" + section
        for table in appendix {
            out += "\n\(table.html.utf8.count)\n\(table.id.replacingOccurrences(of: "\n", with: " "))\n"
                + "\(table.title.replacingOccurrences(of: "\n", with: " "))\n" + table.html
        }
        return out
    }

    /// Nil for anything `encoded` did not write. Without `section`, the
    /// section is left empty: the edition reads the tables of every part
    /// before it writes any section, and holds only one page's at a time.
    init?(decoding bytes: [UInt8], section withSection: Bool = true) {
        var at = 0
        func line() -> String? {
            guard let newline = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            defer { at = newline + 1 }
            return String(decoding: bytes[at..<newline], as: UTF8.self)
        }
        func take(_ count: Int, keeping: Bool = true) -> String? {
            guard count >= 0, bytes.count - at >= count else { return nil }
            defer { at += count }
            return keeping ? String(decoding: bytes[at..<(at + count)], as: UTF8.self) : ""
        }
        guard let length = line().flatMap(Int.init), let section = take(length, keeping: withSection) else { return nil }
        var appendix: [AppendixTable] = []
        while at < bytes.count {
            guard bytes[at] == UInt8(ascii: "\n") else { return nil }
            at += 1
            guard let size = line().flatMap(Int.init), let id = line(), let title = line(), let html = take(size) else { return nil }
            appendix.append(AppendixTable(id: id, title: title, html: html))
        }
        self.init(section: section, appendix: appendix)
    }

    init(section: String, appendix: [AppendixTable]) {
        self.section = section
        self.appendix = appendix
    }
}
