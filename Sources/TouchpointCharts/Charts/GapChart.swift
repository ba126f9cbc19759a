/// Dumbbells from target (ideal) to actual per item, with the gap labelled.
enum GapChart {
    struct Item { var name: String; var target: Double?; var actual: Double?; var group: String? }

    static func render(journey: Journey, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let items = journey.stages.map { Item(name: $0.name, target: $0.ideal, actual: $0.actual, group: nil) }
        return draw(items, title: ctx.title(journey.name + " — ideal vs actual"), targetName: "Ideal", actualName: "Actual", noun: "stage", ctx)
    }

    static func render(expectations: [ExpectationLayer], _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let items = expectations.flatMap { l in l.items.map { Item(name: $0.name, target: $0.target, actual: $0.score, group: l.layer.rawValue) } }
        return draw(items, title: ctx.title("Expectations — target vs score"), targetName: "Target", actualName: "Score", noun: "item", ctx)
    }

    /// One drawn row: its item, name broken into lines, and vertical extent.
    struct Row { var item: Item; var lines: [String]; var top: Double; var height: Double; var lineY: Double }

    static func draw(_ raw: [Item], title: String, targetName: String, actualName: String, noun: String,
                     _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        guard !raw.isEmpty else { return .failure(ChartError("there is nothing to compare: no \(noun)s", option: "data")) }
        let items = ordered(raw.map { i in
            Item(name: i.name, target: i.target.flatMap { $0.isFinite ? $0 : nil },
                 actual: i.actual.flatMap { $0.isFinite ? $0 : nil }, group: i.group)
        }, sorted: ctx.options.sorted)
        let legend = [LegendItem(label: actualName, color: Palette.series(0), key: .symbol(.circle)),
                      LegendItem(label: targetName, color: Palette.neutral, key: .symbol(.diamond))]
        let (width, height) = ctx.size()
        let fontSize = Font.label
        // Wide: names in a column left of the plot. Phone: each name on its own line(s) above its dumbbell.
        let labelWidth = ctx.compact ? width - 2 * ChartCanvas.pad
            : Swift.min(width * 0.32, Axis.maxWidth(items.map(\.name), fontSize: fontSize) + 4)
        let names = items.map { WordWrap.lines($0.name, width: labelWidth, fontSize: fontSize) }
        let headerHeight = ChartCanvas.headerHeight(title: title, legend: legend, width: width, compact: ctx.compact)
        let minimumStep = ctx.compact ? 0.0 : (height - headerHeight - 40) / Double(items.count)
        var rows: [Row] = []
        var cursor = headerHeight + 6
        for (item, lines) in zip(items, names) {
            let textHeight = 15 * Double(lines.count)
            let rowHeight = ctx.compact ? textHeight + 22 : Swift.max(minimumStep, textHeight + 8, 22)
            let lineY = ctx.compact ? cursor + textHeight + 10 : cursor + rowHeight / 2
            rows.append(Row(item: item, lines: lines, top: cursor, height: rowHeight, lineY: lineY))
            cursor += rowHeight
        }
        var c = ChartCanvas(width: width, height: Swift.min(4000, Swift.max(ctx.compact ? 0 : height, cursor + 30)),
                            prefix: ctx.prefix, compact: ctx.compact)
        c.header(title: title, legend: legend)
        let values = items.flatMap { [$0.target, $0.actual].compactMap { $0 } }
        let gapRoom = ctx.compact ? 40.0 : 44
        let plotLeft = ctx.compact ? ChartCanvas.pad + 6 : ChartCanvas.pad + labelWidth + 10
        let plot = Rect(left: plotLeft, top: headerHeight + 2, right: c.width - ChartCanvas.pad - gapRoom, bottom: cursor)
        let x = LinearScale(domain: LinearScale.paddedDomain(values.min() ?? 0, values.max() ?? 1), range: (plot.left, plot.right))
            .niced(Double(Swift.max(2, Int(plot.width / 70))))
        Axis.drawBottomLinear(&c.svg, scale: x, plot: plot)
        for row in rows {
            drawName(&c.svg, row, x: ctx.compact ? ChartCanvas.pad : plot.left - 10, compact: ctx.compact)
            drawDumbbell(&c.svg, row.item, x: x, y: row.lineY, targetName: targetName, actualName: actualName)
        }
        return ctx.output(c, title: title, summary: summary(items, targetName: targetName, actualName: actualName, noun: noun),
                          table: table(items, targetName: targetName, actualName: actualName, noun: noun),
                          notes: notes(items, noun: noun))
    }

    static func gap(_ item: Item) -> Double? { item.actual.flatMap { a in item.target.map { a - $0 } } }

    /// Stage order, or by gap (largest shortfall first) when the author asked for `sorted`.
    static func ordered(_ items: [Item], sorted: Bool) -> [Item] {
        guard sorted else { return items }
        return items.enumerated().sorted { a, b in
            let ga = gap(a.element) ?? .infinity, gb = gap(b.element) ?? .infinity
            return ga < gb || (ga == gb && a.offset < b.offset)
        }.map(\.element)
    }

    static func drawName(_ svg: inout SVGWriter, _ row: Row, x: Double, compact: Bool) {
        let style: Attrs = [("font-size", .number(Font.label)), ("fill", .text(Palette.text))]
        if compact {
            svg.lines(style + [("font-weight", "600")], x: x, y: row.top + 12 + 7.5 * Double(row.lines.count - 1),
                      lines: row.lines, lineHeight: 15)
        } else {
            svg.lines(style + [("text-anchor", "end")], x: x, y: row.lineY + 4, lines: row.lines, lineHeight: 15)
        }
    }

    /// The line from target to actual (red when short), both markers, and the signed gap after the right end.
    static func drawDumbbell(_ svg: inout SVGWriter, _ item: Item, x: LinearScale, y: Double, targetName: String,
                             actualName: String) {
        if let target = item.target, let actual = item.actual {
            svg.empty("line", [("x1", .number(x(target))), ("x2", .number(x(actual))), ("y1", .number(y)), ("y2", .number(y)),
                               ("stroke", .text(actual < target ? Palette.bad : Palette.good)), ("stroke-width", 3),
                               ("stroke-opacity", "0.6")])
        }
        if let target = item.target {
            SymbolShape.diamond.draw(&svg, x: x(target), y: y, size: 12, fill: Palette.neutral,
                                     title: "\(item.name): \(targetName.lowercased()) \(value(target))")
        }
        if let actual = item.actual {
            SymbolShape.circle.draw(&svg, x: x(actual), y: y, size: 12, fill: Palette.series(0),
                                    title: "\(item.name): \(actualName.lowercased()) \(value(actual))")
        }
        if let difference = gap(item) {
            let end = Swift.max(x(item.target ?? 0), x(item.actual ?? 0))
            svg.text("text", [("x", .number(end + 10)), ("y", .number(y + 4)), ("font-size", .number(Font.label)),
                              ("font-weight", "600"), ("fill", .text(difference < 0 ? Palette.bad : Palette.good))],
                     NumberFormat.signed(difference.rounded(to: 1)))
        }
    }

    static func summary(_ items: [Item], targetName: String, actualName: String, noun: String) -> String {
        let gaps = items.compactMap { i in gap(i).map { (i, $0) } }
        guard let worst = gaps.min(by: { $0.1 < $1.1 }) else {
            return "No \(noun) has both a \(targetName.lowercased()) and an \(actualName.lowercased())."
        }
        guard worst.1 < 0 else { return "All \(Phrase.plural(gaps.count, noun)) meet or beat the \(targetName.lowercased())." }
        let short = gaps.filter { $0.1 < 0 }.count
        return "The largest gap is at \(Phrase.quoted(worst.0.name)): \(NumberFormat.signed(worst.1.rounded(to: 1))) "
            + "(\(actualName.lowercased()) \(value(worst.0.actual ?? 0)), \(targetName.lowercased()) \(value(worst.0.target ?? 0))); "
            + "\(short) of \(Phrase.plural(gaps.count, noun)) fall short."
    }

    static func table(_ items: [Item], targetName: String, actualName: String, noun: String) -> DataTable {
        let hasGroup = items.contains { $0.group != nil }
        let columns = (hasGroup ? ["Layer"] : []) + [noun.capitalizedFirst, targetName, actualName, "Gap"]
        let rows = items.map { i in
            (hasGroup ? [i.group ?? ""] : []) + [i.name, Phrase.optional(i.target, value), Phrase.optional(i.actual, value),
                                                 gap(i).map { NumberFormat.signed($0.rounded(to: 1)) } ?? "—"]
        }
        return DataTable(columns: columns, numeric: (hasGroup ? [false] : []) + [false, true, true, true], rows: rows)
    }

    static func notes(_ items: [Item], noun: String) -> [String] {
        let missing = items.filter { gap($0) == nil }.count
        guard missing > 0 else { return [] }
        return ["\(Phrase.plural(missing, noun)) without both values \(missing == 1 ? "is" : "are") drawn without a gap"]
    }

    static func value(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }
}

extension String {
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
