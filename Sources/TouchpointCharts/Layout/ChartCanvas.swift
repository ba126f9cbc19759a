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
