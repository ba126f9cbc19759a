/// Axes: tick labels, tick marks and gridlines, laid out so labels never overlap.
enum Axis {
    static let sin35 = 0.5736
    static let cos35 = 0.8192

    /// Labels for linear ticks at the step's precision.
    static func labels(_ ticks: [Double], step: Double, unit: String? = nil) -> [String] {
        ticks.map { v in
            let t = NumberFormat.tick(v, step: step)
            return unit == "%" ? t + "%" : t
        }
    }

    static func maxWidth(_ labels: [String], fontSize: Double = Font.small) -> Double {
        labels.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0
    }

    /// Horizontal gridlines and labels for a vertical linear scale.
    static func drawLeft(_ svg: inout SVGWriter, scale: LinearScale, plot: Rect, ticks: [Double], labels: [String], grid: Bool = true) {
        svg.open("g", [("class", "tp-axis-y")])
        for (v, label) in zip(ticks, labels) {
            let y = scale(v)
            guard y >= plot.top - 0.5 && y <= plot.bottom + 0.5 else { continue }
            if grid {
                svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(y)), ("y2", .number(y)),
                                   ("stroke", .text(v == 0 ? Palette.axis : Palette.grid)), ("class", v == 0 ? "tp-axis" : "tp-gridline")])
            }
            svg.text("text", [("x", .number(plot.left - 6)), ("y", .number(y + 4)), ("text-anchor", "end"),
                              ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], label)
        }
        svg.close()
    }

    /// Vertical gridlines and labels for a horizontal linear scale; ticks are thinned until labels fit.
    static func drawBottomLinear(_ svg: inout SVGWriter, scale: LinearScale, plot: Rect, unit: String? = nil, grid: Bool = true) {
        var count = Swift.max(2, Int(plot.width / 70))
        var ticks: [Double] = []
        var labels: [String] = []
        while true {
            ticks = scale.ticks(Double(count))
            labels = Axis.labels(ticks, step: scale.tickStep(Double(count)), unit: unit)
            if count <= 2 || fits(ticks.map { scale($0) }, labels) { break }
            count -= 1
        }
        svg.open("g", [("class", "tp-axis-x")])
        for (v, label) in zip(ticks, labels) {
            let x = scale(v)
            if grid {
                svg.empty("line", [("x1", .number(x)), ("x2", .number(x)), ("y1", .number(plot.top)), ("y2", .number(plot.bottom)),
                                   ("stroke", .text(v == 0 ? Palette.axis : Palette.grid)), ("class", v == 0 ? "tp-axis" : "tp-gridline")])
            }
            svg.text("text", [("x", .number(x)), ("y", .number(plot.bottom + 16)), ("text-anchor", "middle"),
                              ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], label)
        }
        svg.close()
    }

    /// Whether centred labels at `positions` leave a gap of at least 8 px between neighbours.
    static func fits(_ positions: [Double], _ labels: [String]) -> Bool {
        for i in 1..<Swift.max(1, positions.count) {
            let gap = Swift.abs(positions[i] - positions[i - 1])
            let need = (TextWidth.of(labels[i], fontSize: Font.small) + TextWidth.of(labels[i - 1], fontSize: Font.small)) / 2 + 8
            if gap < need { return false }
        }
        return true
    }

    /// Month or day ticks along the bottom, fewer until their labels fit.
    static func drawTime(_ svg: inout SVGWriter, scale: TimeScale, plot: Rect, grid: Bool = false) {
        var count = Swift.max(2, Int(plot.width / 60))
        var ticks = scale.ticks(count)
        while count > 2 && !fits(ticks.map { scale($0.position) }, ticks.map(\.label)) {
            count -= 1
            ticks = scale.ticks(count)
        }
        svg.open("g", [("class", "tp-axis-x")])
        svg.empty("line", [("x1", .number(plot.left)), ("x2", .number(plot.right)), ("y1", .number(plot.bottom)), ("y2", .number(plot.bottom)),
                           ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
        for t in ticks {
            let x = scale(t.position)
            if grid {
                svg.empty("line", [("x1", .number(x)), ("x2", .number(x)), ("y1", .number(plot.top)), ("y2", .number(plot.bottom)),
                                   ("stroke", .text(Palette.grid)), ("class", "tp-gridline")])
            }
            svg.empty("line", [("x1", .number(x)), ("x2", .number(x)), ("y1", .number(plot.bottom)), ("y2", .number(plot.bottom + 4)),
                               ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
            svg.text("text", [("x", .number(x)), ("y", .number(plot.bottom + 16)), ("text-anchor", "middle"),
                              ("font-size", .number(Font.small)), ("fill", .text(Palette.muted))], t.label)
        }
        svg.close()
    }
}
