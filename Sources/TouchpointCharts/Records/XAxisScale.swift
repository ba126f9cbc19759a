/// The horizontal scale of a generic chart, chosen from the x field's kind.
enum XAxisScale {
    case band(BandScale, CategoryLabels)
    case point(PointScale, CategoryLabels)
    case linear(LinearScale)
    case time(TimeScale)

    static func make(_ x: XDomain, left: Double, right: Double, bars: Bool) -> XAxisScale {
        switch x.kind {
        case .category where !bars, .time where !bars && x.keys.count == 1:
            let p = PointScale(count: x.keys.count, range: (left, right), padding: 0.5)
            return .point(p, CategoryLabels(x.keys.map(\.label), step: p.step))
        case _ where bars:
            let b = BandScale(count: x.keys.count, range: (left, right), paddingInner: 0.2, paddingOuter: 0.1)
            return .band(b, CategoryLabels(x.bandLabels, step: b.absStep))
        case .time:
            return .time(TimeScale(first: x.keys.first?.number ?? 0, last: x.keys.last?.number ?? 0, unit: x.unit,
                                   locale: x.locale, range: (left, right)))
        default:
            let lo = x.keys.first?.number ?? 0, hi = x.keys.last?.number ?? 1
            return .linear(LinearScale(domain: LinearScale.paddedDomain(lo, hi), range: (left, right)).niced(Double(Swift.max(2, Int((right - left) / 70)))))
        }
    }

    func position(_ key: XKey, index: Int) -> Double {
        switch self {
        case .band(let b, _): return b.center(index)
        case .point(let p, _): return p(index)
        case .linear(let l): return l(key.number)
        case .time(let t): return t(key.number)
        }
    }

    /// Space needed under the plot for the labels.
    var labelHeight: Double {
        switch self {
        case .band(_, let l), .point(_, let l): return l.height + 4
        default: return 24
        }
    }

    var overhang: Double {
        switch self {
        case .band(_, let l), .point(_, let l): return l.overhang
        default: return 0
        }
    }

    func draw(_ svg: inout SVGWriter, plot: Rect, keys: [XKey]) {
        switch self {
        case .band(let b, let labels):
            svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(plot.bottom)), ("y2", .number(plot.bottom)),
                               ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
            for i in keys.indices { labels.draw(&svg, index: i, x: b.center(i), y: plot.bottom + 2) }
        case .point(let p, let labels):
            svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(plot.bottom)), ("y2", .number(plot.bottom)),
                               ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
            for i in keys.indices { labels.draw(&svg, index: i, x: p(i), y: plot.bottom + 2) }
        case .linear(let l):
            Axis.drawBottomLinear(&svg, scale: l, plot: plot, grid: false)
            svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(plot.bottom)), ("y2", .number(plot.bottom)),
                               ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
        case .time(let t):
            Axis.drawTime(&svg, scale: t, plot: plot)
        }
    }
}
