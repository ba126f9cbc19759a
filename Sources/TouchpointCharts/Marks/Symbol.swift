/// Point shapes, so series and statuses differ by shape as well as colour.
enum SymbolShape: Int, CaseIterable, Sendable {
    case circle, square, triangle, diamond, cross, triangleDown

    static func forIndex(_ i: Int) -> SymbolShape { allCases[((i % allCases.count) + allCases.count) % allCases.count] }

    /// Draws the shape centred on (x, y) with about `size` px across.
    func draw(_ svg: inout SVGWriter, x: Double, y: Double, size: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        let r = size / 2
        var attrs: Attrs = [("fill", .text(fill))]
        if let s = stroke { attrs += [("stroke", .text(s)), ("stroke-width", 1.5)] }
        var p = PathData(width: svg.width, height: svg.height)
        switch self {
        case .circle:
            let a: Attrs = [("cx", .number(x)), ("cy", .number(y)), ("r", .number(r))] + attrs
            if let t = title { svg.text("circle", a, "", title: t) } else { svg.empty("circle", a) }
            return
        case .square:
            let s = r * 0.88
            p.move(x - s, y - s); p.line(x + s, y - s); p.line(x + s, y + s); p.line(x - s, y + s); p.closePath()
        case .triangle:
            p.move(x, y - r * 1.1); p.line(x + r, y + r * 0.8); p.line(x - r, y + r * 0.8); p.closePath()
        case .triangleDown:
            p.move(x, y + r * 1.1); p.line(x + r, y - r * 0.8); p.line(x - r, y - r * 0.8); p.closePath()
        case .diamond:
            p.move(x, y - r * 1.15); p.line(x + r, y); p.line(x, y + r * 1.15); p.line(x - r, y); p.closePath()
        case .cross:
            let t = r * 0.35
            p.move(x - t, y - r); p.line(x + t, y - r); p.line(x + t, y - t); p.line(x + r, y - t); p.line(x + r, y + t)
            p.line(x + t, y + t); p.line(x + t, y + r); p.line(x - t, y + r); p.line(x - t, y + t); p.line(x - r, y + t)
            p.line(x - r, y - t); p.line(x - t, y - t); p.closePath()
        }
        let a: Attrs = [("d", .text(p.d))] + attrs
        if let t = title { svg.text("path", a, "", title: t) } else { svg.empty("path", a) }
    }
}
