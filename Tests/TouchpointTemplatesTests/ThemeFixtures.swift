import Foundation
import TouchpointTemplates

/// The default theme's templates, read from disk, named as the product names
/// them: by path below `templates/`, and by file name when that is unique.
enum DefaultTheme {
    static let templates: [(name: String, source: String)] = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes/default/templates")
        var found: [(String, String)] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "mustache", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let name = String(url.path.dropFirst(root.path.count + 1).dropLast(".mustache".count))
            found.append((name, text))
        }
        found.sort { $0.0 < $1.0 }
        var shortCounts: [String: Int] = [:]
        for (name, _) in found { shortCounts[short(name), default: 0] += 1 }
        let existing = Set(found.map(\.0))
        var all = found
        for (name, text) in found where shortCounts[short(name)] == 1 && !existing.contains(short(name)) {
            all.append((short(name), text))
        }
        return all
    }()

    static var layouts: [String] { templates.map(\.name).filter { $0.hasPrefix("layouts/") } }

    private static func short(_ name: String) -> String {
        String(name.split(separator: "/").last ?? Substring(name))
    }
}

/// Page contexts shaped like the product's.
enum ThemeContexts {
    static func link(_ title: String, _ url: String) -> TemplateValue { ["title": .text(title), "url": .text(url)] }

    static func full(menuEntries: Int = 100, contentBytes: Int = 3_000, tricky: Bool = false) -> TemplateValue {
        let odd = tricky ? " & <b>\"quoted\"</b> 'single' é\u{301}" : ""
        let paragraph = "<p>Survey results show a steady rise in satisfaction across regions, with notable gains in service.</p>\n"
        let content = String(repeating: paragraph, count: max(1, contentBytes / paragraph.utf8.count))
        let menu: [TemplateValue] = (0..<menuEntries).map { i in
            ["title": .text("Section \(i)\(odd)"), "url": .text("../section-\(i)/index.html"), "active": .bool(i == 3)]
        }
        let tags: [TemplateValue] = [["name": .text("customers\(odd)"), "url": "../tags/customers.html"], ["name": "retention", "url": "../tags/retention.html"]]
        let toc: [TemplateValue] = (0..<8).map { i in ["id": .text("heading-\(i)"), "title": .text("Heading \(i)\(odd)")] }
        let page: TemplateValue = [
            "title": .text("Quarterly results\(odd)"),
            "summary": .text("What changed this quarter\(odd)"),
            "date": "2024-05-01",
            "dateDisplay": "1 May 2024",
            "readingTime": 4,
            "tags": .list(tags),
            "dataAsOf": "2024-04-30",
            "toc": .list(toc),
            "content": .text(content),
            "isHome": false,
            "url": "index.html",
        ]
        let pages: [TemplateValue] = (0..<5).map { i in
            let date: TemplateValue = i.isMultiple(of: 2) ? .text("2024-01-0\(i + 1)") : .bool(false)
            let summary: TemplateValue = i == 1 ? .text("") : .text("Summary \(i)")
            let pageTags: TemplateValue = i == 2 ? .list([]) : .list(tags)
            return ["title": .text("Page \(i)\(odd)"), "url": .text("p\(i).html"), "date": date, "summary": summary, "tags": pageTags]
        }
        let sections: [TemplateValue] = (0..<3).map { i in
            let summary: TemplateValue = i == 0 ? .text("Intro") : .bool(false)
            let firstPages: TemplateValue = i == 2 ? .list([]) : .list(Array(pages.prefix(2)))
            return ["title": .text("S\(i)"), "url": .text("s\(i)/"), "summary": summary, "firstPages": firstPages]
        }
        return [
            "site": ["title": .text("Acme Report\(odd)"), "description": "Customer experience", "language": "en"],
            "root": "../",
            "page": page,
            "menu": .list(menu),
            "breadcrumbs": [link("Home", "../index.html"), link("Results\(odd)", "index.html")],
            "prev": link("Earlier", "earlier.html"),
            "next": link("Later\(odd)", "later.html"),
            "feedURL": "../feed.xml",
            "sections": .list(sections),
            "section": ["summary": "Section summary", "pages": .list(pages)],
            "tag": ["name": "customers", "pages": .list(pages)],
            "tags": .list((0..<4).map { i in ["name": .text("tag\(i)"), "url": .text("t\(i).html"), "count": .int(i * 3)] }),
            "dateDisplay": "outer date",
        ]
    }

    /// Almost everything absent.
    static let sparse: TemplateValue = ["site": ["title": "Only a title"], "page": ["title": "Untitled"]]

    /// Lists present but empty, flags false, text empty.
    static let empty: TemplateValue = [
        "site": ["title": "", "description": "", "language": ""],
        "root": "",
        "page": ["title": "", "summary": "", "tags": [], "toc": [], "content": "", "isHome": true, "readingTime": 0, "date": false],
        "menu": [], "breadcrumbs": [], "sections": [], "tags": [], "prev": false, "next": false, "feedURL": false,
        "section": ["pages": []], "tag": ["pages": []],
    ]

    static var all: [(String, TemplateValue)] {
        [("full", full(menuEntries: 6)), ("tricky", full(menuEntries: 3, contentBytes: 200, tricky: true)),
         ("sparse", sparse), ("empty", empty),
         ("onlyNext", { var c = full(menuEntries: 1); if case .object(var o) = c { o["prev"] = nil; c = .object(o) }; return c }())]
    }
}
