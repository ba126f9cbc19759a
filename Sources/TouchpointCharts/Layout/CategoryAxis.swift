/// How category labels along a horizontal axis are fitted: straight, wrapped on two lines,
/// or rotated −35°, showing every n-th label when even rotated ones would collide.
struct CategoryLabels {
    enum Mode { case horizontal, wrapped, rotated }
    var mode: Mode
    var every: Int
    var lines: [[String]]
    var full: [String]
    /// Vertical space the labels need below the axis.
    var height: Double
    /// How far rotated labels reach left of the first band centre.
    var overhang: Double

    static let fontSize = Font.small
    static let maxRotated = 110.0

    init(_ labels: [String], step: Double) {
        full = labels
        let fs = CategoryLabels.fontSize
        let room = Swift.max(8, step - 6)
        let widest = Axis.maxWidth(labels, fontSize: fs)
        overhang = 0
        every = 1
        if widest <= room {
            mode = .horizontal
            lines = labels.map { [$0] }
            height = 20
            return
        }
        let wrapped = labels.map { TextFit.wrap($0, width: room, fontSize: fs, maxLines: 2) }
        if room >= 40 && wrapped.allSatisfy({ !$0.truncated }) {
            mode = .wrapped
            lines = wrapped.map(\.lines)
            height = 34
            return
        }
        mode = .rotated
        let need = fs * 1.25 / Axis.sin35
        every = Swift.max(1, Int((need / Swift.max(0.01, step)).rounded(.up)))
        lines = labels.map { [TextFit.truncate($0, width: CategoryLabels.maxRotated, fontSize: fs)] }
        let longest = Axis.maxWidth(lines.map { $0.first ?? "" }, fontSize: fs)
        height = longest * Axis.sin35 + fs + 12
        overhang = longest * Axis.cos35
    }

    /// Draws label `i` under band centre `x` with its top at `y`.
    func draw(_ svg: inout SVGWriter, index i: Int, x: Double, y: Double) {
        guard i % every == 0, i < lines.count else { return }
        let fs = CategoryLabels.fontSize
        let text = lines[i].joined(separator: " ")
        let title: String? = text == full[i] ? nil : full[i]
        let base: Attrs = [("font-size", .number(fs)), ("fill", .text(Palette.muted))]
        switch mode {
        case .horizontal:
            svg.text("text", base + [("x", .number(x)), ("y", .number(y + 12)), ("text-anchor", "middle")], lines[i].first ?? "", title: title)
        case .wrapped:
            svg.lines(base + [("text-anchor", "middle")], x: x, y: y + 12 + (lines[i].count > 1 ? 6.5 : 0), lines: lines[i], lineHeight: 13, title: title)
        case .rotated:
            let ty = y + 10
            svg.text("text", base + [("x", .number(x)), ("y", .number(ty)), ("text-anchor", "end"),
                                     ("transform", .text("rotate(-35 \(NumberFormat.coordinate(x)) \(NumberFormat.coordinate(ty)))"))],
                     lines[i].first ?? "", title: title)
        }
    }
}
