/// An attribute value: text, or a number written as an SVG coordinate.
enum AttrValue: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case number(Double)
    init(stringLiteral s: String) { self = .text(s) }
    init(floatLiteral d: Double) { self = .number(d) }
    init(integerLiteral i: Int) { self = .number(Double(i)) }
}

typealias Attrs = [(String, AttrValue)]

/// Builds SVG markup in order. Every attribute and text is escaped, and every coordinate is
/// pinned inside the viewBox, so no data can push a mark off the canvas or break the XML.
struct SVGWriter {
    let width: Double
    let height: Double
    private(set) var out = ""
    private var stack: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    private static let horizontal: Set<String> = ["x", "x1", "x2", "cx"]
    private static let vertical: Set<String> = ["y", "y1", "y2", "cy"]

    private func value(_ name: String, _ v: AttrValue) -> String {
        switch v {
        case .text(let s): return XMLEscape.escape(s)
        case .number(let d):
            var n = finite(d)
            if SVGWriter.horizontal.contains(name) { n = clamp(n, 0, width) }
            else if SVGWriter.vertical.contains(name) { n = clamp(n, 0, height) }
            else if name == "width" { n = clamp(n, 0, width) }
            else if name == "height" { n = clamp(n, 0, height) }
            else if name == "r" { n = clamp(n, 0, Swift.min(width, height) / 2) }
            return NumberFormat.coordinate(n)
        }
    }

    /// Writes `<name a="…"` straight into the markup: charts write thousands
    /// of tags, and a string per attribute was most of their cost.
    private mutating func writeTag(_ name: String, _ attrs: Attrs) {
        out += "<"
        out += name
        for (key, attr) in attrs {
            out += " "
            out += key
            out += "=\""
            out += value(key, attr)
            out += "\""
        }
    }

    private mutating func writeIndent() {
        for _ in 0..<stack.count { out += "  " }
    }

    mutating func open(_ name: String, _ attrs: Attrs = []) {
        writeIndent()
        writeTag(name, attrs)
        out += ">\n"
        stack.append(name)
    }

    mutating func close() {
        guard let name = stack.popLast() else { return }
        writeIndent()
        out += "</" + name + ">\n"
    }

    mutating func empty(_ name: String, _ attrs: Attrs) {
        writeIndent()
        writeTag(name, attrs)
        out += "/>\n"
    }

    /// An element holding text, with an optional `<title>` child (the full text of a shortened label).
    mutating func text(_ name: String, _ attrs: Attrs, _ content: String, title: String? = nil) {
        writeIndent()
        writeTag(name, attrs)
        out += ">"
        if let title { out += "<title>" + XMLEscape.escape(title) + "</title>" }
        out += XMLEscape.escape(content)
        out += "</" + name + ">\n"
    }

    /// Text on several lines as `<tspan>`s, centred on `y` as a block.
    mutating func lines(_ attrs: Attrs, x: Double, y: Double, lines: [String], lineHeight: Double, title: String? = nil) {
        writeIndent()
        writeTag("text", attrs + [("x", .number(x)), ("y", .number(y - lineHeight * Double(lines.count - 1) / 2))])
        out += ">"
        if let title { out += "<title>" + XMLEscape.escape(title) + "</title>" }
        for (i, line) in lines.enumerated() {
            writeTag("tspan", [("x", .number(x))] + (i == 0 ? [] : [("dy", .number(lineHeight))]))
            out += ">" + XMLEscape.escape(line) + "</tspan>"
        }
        out += "</text>\n"
    }

    /// Raw, already-built markup from another writer.
    mutating func append(_ other: SVGWriter) { out += other.out }

    /// Markup another writer built and escaped, e.g. a facet panel's drawing.
    mutating func raw(_ markup: String) { out += markup }

    mutating func finish() -> String {
        while !stack.isEmpty { close() }
        return out
    }
}
