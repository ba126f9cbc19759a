/// Labelled rows of stacked bars, as survey charts draw them: the label on
/// the left (above the bar on phones, wrapped, never cut), the segments with
/// their share written inside when it fits, and the row's result on the right.
/// A row below the minimum n is drawn faint; the chart says why in its notes.
struct StackedRows {
    struct Segment {
        /// Where the segment starts and how wide it is, in the rows' domain.
        var start: Double
        var width: Double
        var color: String
        /// The colour of text written on `color`.
        var ink: String
        var label: String
        var title: String
    }

    struct Row {
        var label: String
        var segments: [Segment]
        /// The result, bold, right of the bar ("NPS 35 ± 4"), and a second line under it ("n = 6,240").
        var result: String
        var detail: String
        var faint = false
    }

    static let barHeight = 20.0
    static let lineHeight = 15.0

    /// Width of the score and n written beside the bars.
    static func resultColumn(_ rows: [Row]) -> Double {
        rows.map { Swift.max(TextWidth.of($0.result, fontSize: Font.label, bold: true),
                             TextWidth.of($0.detail, fontSize: Font.small)) }.max() ?? 0
    }

    /// The chart: title, legend, rows; `center` draws a rule at that domain value (a Likert scale's neutral middle).
    static func chart(_ rows: [Row], domain: (Double, Double), center: Double? = nil, title: String, legend: [LegendItem],
                      ctx: ChartContext) -> ChartCanvas {
        let (width, _) = ctx.size(defaultWidth: 720, defaultHeight: 0)
        let compact = ctx.compact
        let header = ChartCanvas.headerHeight(title: title, legend: ctx.facet == nil ? legend : [], width: width, compact: compact)
        // Panels of a facet grid reserve the widest panel's result column, so their bars share one scale.
        let resultWidth = Swift.max(ctx.facet?.resultWidth ?? 0, resultColumn(rows))
        let labelWidth = compact ? width - 2 * ChartCanvas.pad
            : Swift.min(width * 0.3, Axis.maxWidth(rows.map(\.label), fontSize: Font.label) + 4)
        let barLeft = compact ? ChartCanvas.pad : ChartCanvas.pad + labelWidth + 10
        let barRight = width - ChartCanvas.pad - resultWidth - 10
        let x = LinearScale(domain: domain, range: (barLeft, Swift.max(barLeft + 40, barRight)))

        var placed: [(row: Row, lines: [String], top: Double, barTop: Double)] = []
        var cursor = header + 4
        for row in rows {
            let lines = WordWrap.lines(row.label, width: labelWidth, fontSize: Font.label)
            let labelHeight = lineHeight * Double(lines.count)
            let height = compact ? labelHeight + Swift.max(barHeight, 30) + 10 : Swift.max(barHeight + 16, labelHeight + 8, 34)
            let barTop = compact ? cursor + labelHeight + 2 : cursor + (height - barHeight) / 2
            placed.append((row, lines, cursor, barTop))
            cursor += height
        }
        var canvas = ChartCanvas(width: width, height: Swift.min(4000, cursor + 12), prefix: ctx.prefix, compact: compact)
        canvas.hidesLegend = ctx.facet != nil
        canvas.resultWidth = resultWidth
        canvas.header(title: title, legend: legend)
        for (row, lines, top, barTop) in placed {
            canvas.svg.open("g", row.faint ? [("opacity", 0.45)] : [])
            let style: Attrs = [("font-size", .number(Font.label)), ("fill", .text(Palette.text))]
            if compact {
                canvas.svg.lines(style, x: ChartCanvas.pad, y: top + 12 + lineHeight * Double(lines.count - 1) / 2,
                                 lines: lines, lineHeight: lineHeight)
            } else {
                canvas.svg.lines(style + [("text-anchor", "end")], x: barLeft - 8,
                                 y: barTop + barHeight / 2 + 4, lines: lines, lineHeight: lineHeight)
            }
            for segment in row.segments where segment.width > 0 {
                let left = x(segment.start), right = x(segment.start + segment.width)
                canvas.svg.text("rect", [("x", .number(left)), ("y", .number(barTop)), ("width", .number(right - left)),
                                         ("height", .number(barHeight)), ("fill", .text(segment.color))], "", title: segment.title)
                if TextWidth.of(segment.label, fontSize: Font.small) + 6 <= right - left {
                    canvas.svg.text("text", [("x", .number((left + right) / 2)), ("y", .number(barTop + barHeight / 2 + 4)),
                                             ("font-size", .number(Font.small)), ("text-anchor", "middle"),
                                             ("fill", .text(segment.ink))], segment.label)
                }
            }
            if let center {
                // Across each bar only, so on phones it never runs through the label above.
                canvas.svg.empty("line", [("x1", .number(x(center))), ("x2", .number(x(center))), ("y1", .number(barTop - 4)),
                                          ("y2", .number(barTop + barHeight + 4)), ("stroke", .text(Palette.text)), ("stroke-width", 1)])
            }
            let resultX = x.range.1 + 10
            canvas.svg.text("text", [("x", .number(resultX)), ("y", .number(barTop + 9)), ("font-size", .number(Font.label)),
                                     ("font-weight", "700"), ("fill", .text(Palette.text))], row.result)
            canvas.svg.text("text", [("x", .number(resultX)), ("y", .number(barTop + 23)), ("font-size", .number(Font.small)),
                                     ("fill", .text(Palette.muted))], row.detail)
            canvas.svg.close()
        }
        return canvas
    }
}
