/// The drawing surface of one chart: title and legend at the top, then the plot area below.
struct ChartCanvas {
    let width: Double
    let height: Double
    let prefix: String
    var svg: SVGWriter
    /// The phone drawing: larger text relative to the drawing, legends one entry per row.
    var compact = false
    /// First free y below the header.
    var top: Double = 12
    /// The legend the chart asked for, kept for a facet grid to draw once above its panels.
    private(set) var legend: [LegendItem] = []
    /// A panel of a facet grid leaves its legend to the grid.
    var hidesLegend = false
    /// Width of the scores written beside stacked rows; a facet grid reserves the widest in every panel.
    var resultWidth = 0.0
    static let pad = 12.0

    init(width: Double, height: Double, prefix: String, compact: Bool = false) {
        self.width = width
        self.height = height
        self.prefix = prefix
        self.compact = compact
        svg = SVGWriter(width: width, height: height)
    }

    /// Size of ordinary chart text: 12 units on phones (so never under 11 CSS px), 11 on the wide drawing.
    var textSize: Double { compact ? Font.label : Font.small }

    /// Draws the title (wrapped, never cut) and the legend; `top` ends below them.
    mutating func header(title: String, legend: [LegendItem] = []) {
        self.legend = legend
        top = ChartCanvas.drawHeader(&svg, title: title, legend: hidesLegend ? [] : legend, width: width, compact: compact)
    }

    /// Height the header of `title` and `legend` takes, for charts that size their canvas to their content.
    static func headerHeight(title: String, legend: [LegendItem], width: Double, compact: Bool) -> Double {
        var scratch = SVGWriter(width: width, height: 100)
        return drawHeader(&scratch, title: title, legend: legend, width: width, compact: compact)
    }

    private static func drawHeader(_ svg: inout SVGWriter, title: String, legend: [LegendItem], width: Double,
                                   compact: Bool) -> Double {
        let lineHeight = Font.title + 4
        let lines = WordWrap.lines(title, width: width - 2 * pad, fontSize: Font.title, bold: true)
        let style: Attrs = [("font-size", .number(Font.title)), ("font-weight", "600"), ("fill", .text(Palette.text)),
                            ("class", "tp-chart-title")]
        if lines.count == 1 {
            svg.text("text", [("x", .number(pad)), ("y", 22)] + style, title)
        } else {
            svg.lines(style, x: pad, y: 22 + lineHeight * Double(lines.count - 1) / 2, lines: lines, lineHeight: lineHeight)
        }
        var top = 34 + lineHeight * Double(lines.count - 1)
        if !legend.isEmpty {
            top += Legend.draw(&svg, legend, x: pad, y: top + 6, width: width - 2 * pad, stacked: compact)
        }
        return top + 8
    }

    /// The finished SVG document.
    /// `kind` adds a class to the root, e.g. `tp-facet` for the print stylesheet to size small multiples.
    func document(title: String, summary: String, kind: String? = nil) -> String {
        var doc = SVGWriter(width: width, height: height)
        let p = prefix
        doc.open("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                         ("viewBox", .text("0 0 \(NumberFormat.coordinate(width)) \(NumberFormat.coordinate(height))")),
                         ("role", "img"), ("aria-labelledby", .text("\(p)-title \(p)-desc")), ("class", .text(kind.map { "tp-svg " + $0 } ?? "tp-svg")),
                         ("font-family", .text(Font.family))])
        doc.text("title", [("id", .text("\(p)-title"))], title)
        doc.text("desc", [("id", .text("\(p)-desc"))], summary)
        // A halo (a stroke in the background colour) must be painted under its text; `paint-order` is CSS, not an
        // SVG attribute HTML validators accept, so it comes in a style rule, kept with the SVG for standalone use.
        if svg.out.contains("tp-halo") { doc.text("style", [], ".tp-halo { paint-order: stroke; stroke-linejoin: round; }") }
        var body = doc.finish()
        // finish() closed the root; splice the drawing in before it.
        let closing = "</svg>\n"
        if body.hasSuffix(closing) { body.removeLast(closing.count) }
        return body + Self.indented(svg.out) + closing
    }

    /// Every non-empty line two spaces in. Done on bytes: splitting a chart's
    /// markup into Characters was a third of drawing it.
    static func indented(_ markup: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(markup.utf8.count + markup.utf8.count / 16)
        var atLineStart = true
        for byte in markup.utf8 {
            if byte == UInt8(ascii: "\n") {
                if !atLineStart { bytes.append(byte) }
                atLineStart = true
                continue
            }
            if atLineStart { bytes += [UInt8(ascii: " "), UInt8(ascii: " ")] }
            atLineStart = false
            bytes.append(byte)
        }
        if !atLineStart { bytes.append(UInt8(ascii: "\n")) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
