/// The drawing surface of one chart: title and legend at the top, then the plot area below.
struct ChartCanvas {
    let width: Double
    let height: Double
    let prefix: String
    var svg: SVGWriter
    /// First free y below the header.
    var top: Double = 12
    static let pad = 12.0

    init(width: Double, height: Double, prefix: String) {
        self.width = width
        self.height = height
        self.prefix = prefix
        svg = SVGWriter(width: width, height: height)
    }

    mutating func header(title: String, legend: [LegendItem] = []) {
        let shown = TextFit.truncate(title, width: width - 2 * ChartCanvas.pad, fontSize: Font.title, bold: true)
        svg.text("text", [("x", .number(ChartCanvas.pad)), ("y", 22), ("font-size", .number(Font.title)), ("font-weight", "600"),
                          ("fill", .text(Palette.text)), ("class", "tp-chart-title")], shown, title: shown == title ? nil : title)
        top = 34
        if !legend.isEmpty {
            top += Legend.draw(&svg, legend, x: ChartCanvas.pad, y: top + 6, width: width - 2 * ChartCanvas.pad)
        }
        top += 8
    }

    /// The finished SVG document.
    func document(title: String, summary: String) -> String {
        var doc = SVGWriter(width: width, height: height)
        let p = prefix
        doc.open("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                         ("viewBox", .text("0 0 \(NumberFormat.coordinate(width)) \(NumberFormat.coordinate(height))")),
                         ("role", "img"), ("aria-labelledby", .text("\(p)-title \(p)-desc")), ("class", "tp-svg"),
                         ("font-family", .text(Font.family))])
        doc.text("title", [("id", .text("\(p)-title"))], title)
        doc.text("desc", [("id", .text("\(p)-desc"))], summary)
        var body = doc.finish()
        // finish() closed the root; splice the drawing in before it.
        let closing = "</svg>\n"
        if body.hasSuffix(closing) { body.removeLast(closing.count) }
        var inner = ""
        for line in svg.out.split(separator: "\n", omittingEmptySubsequences: true) { inner += "  " + line + "\n" }
        return body + inner + closing
    }
}
