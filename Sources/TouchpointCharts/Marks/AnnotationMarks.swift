/// Draws `annotations`: a dashed rule at an x (a campaign start) or a y (a
/// threshold), labelled in the plot so the note sits where it applies.
enum AnnotationMarks {
    /// The y values annotations need the value axis to include.
    static func yValues(_ annotations: [Annotation]) -> [Double] {
        annotations.compactMap { if case .y(let v) = $0.position { return v } else { return nil } }
    }

    /// The x key an annotation names: by its label ("Email", "Mar 2026") or its value ("2026-03").
    static func keyIndex(_ text: String, domain: XDomain) -> Int? {
        let wanted = text.trimmingSpaces
        if let index = domain.keys.firstIndex(where: { $0.label == wanted }) { return index }
        guard let number = number(wanted, domain: domain) else { return nil }
        return domain.keys.firstIndex { $0.number == number }
    }

    /// A time or number x as the scale's number (day numbers for dates).
    static func number(_ text: String, domain: XDomain) -> Double? {
        switch domain.kind {
        case .time: return domain.reader.read(text).map(\.position)
        case .number: return Double(text)
        case .category: return nil
        }
    }

    /// The x position of an annotation's x text: at a key, or between keys on a continuous scale.
    static func xPosition(_ text: String, domain: XDomain, scale: XAxisScale) -> Result<Double, ChartError> {
        if let index = keyIndex(text, domain: domain) { return .success(scale.position(domain.keys[index], index: index)) }
        let continuous: Bool
        switch scale { case .time, .linear: continuous = true; default: continuous = false }
        if continuous, let value = number(text.trimmingSpaces, domain: domain),
           let first = domain.keys.first, let last = domain.keys.last, value >= first.number, value <= last.number {
            return .success(scale.position(XKey(number: value, label: text), index: 0))
        }
        return .failure(notOnAxis(text, domain: domain))
    }

    static func notOnAxis(_ text: String, domain: XDomain) -> ChartError {
        let range = domain.keys.count > 6
            ? "\(domain.keys.first?.label ?? "") … \(domain.keys.last?.label ?? "")"
            : domain.keys.map { Phrase.quoted($0.label) }.joined(separator: ", ")
        return ChartError("annotations: x \(Phrase.quoted(text)) is not on the chart's x axis (\(range))", option: "annotations")
    }

    static func draw(_ svg: inout SVGWriter, _ annotations: [Annotation], plot: Rect, y: LinearScale,
                     x: (String) -> Result<Double, ChartError>) -> ChartError? {
        guard !annotations.isEmpty else { return nil }
        svg.open("g", [("class", "tp-annotations")])
        defer { svg.close() }
        for note in annotations {
            switch note.position {
            case .x(let text):
                let position: Double
                switch x(text) { case .failure(let e): return e; case .success(let p): position = p }
                rule(&svg, x1: position, y1: plot.top, x2: position, y2: plot.bottom)
                xLabel(&svg, note.label, at: position, plot: plot)
            case .y(let value):
                let position = y.clamped(value)
                rule(&svg, x1: plot.left, y1: position, x2: plot.right, y2: position)
                svg.text("text", [("x", .number(plot.right - 2)), ("y", .number(position - 4)), ("text-anchor", "end"),
                                  ("font-size", .number(Font.small)), ("fill", .text(Palette.text)),
                                  ("class", "tp-annotation")], note.label)
            }
        }
        return nil
    }

    /// Beside the rule, on the side with room; wrapped onto lines when neither side holds it whole.
    static func xLabel(_ svg: inout SVGWriter, _ label: String, at position: Double, plot: Rect) {
        let width = TextWidth.of(label, fontSize: Font.small)
        let roomRight = plot.right - position - 4, roomLeft = position - plot.left - 4
        let right = width <= roomRight || (width > roomLeft && roomRight >= roomLeft)
        let lines = width <= Swift.max(roomRight, roomLeft) ? [label]
            : WordWrap.lines(label, width: Swift.max(40, Swift.max(roomRight, roomLeft)), fontSize: Font.small)
        for (index, line) in lines.enumerated() {
            svg.text("text", [("x", .number(right ? position + 4 : position - 4)), ("y", .number(plot.top + 10 + Double(index) * 13)),
                              ("text-anchor", right ? "start" : "end"), ("font-size", .number(Font.small)),
                              ("fill", .text(Palette.text)), ("class", "tp-annotation")], line)
        }
    }

    static func rule(_ svg: inout SVGWriter, x1: Double, y1: Double, x2: Double, y2: Double) {
        svg.empty("line", [("x1", .number(x1)), ("y1", .number(y1)), ("x2", .number(x2)), ("y2", .number(y2)),
                           ("stroke", .text(Palette.text)), ("stroke-width", 1), ("stroke-dasharray", "4 3"),
                           ("class", "tp-annotation-rule")])
    }
}
