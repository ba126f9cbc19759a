/// Bars per x category and series: grouped by default, stacked or horizontal on request.
enum BarChart {
    /// One drawn bar (or stacked piece): its series, its category slot, and its extent in data units.
    struct Segment {
        var series: Int
        var slot: Int
        var low: Double
        var high: Double
        var value: Double
    }

    static func render(_ r: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let plot: RecordPlot
        switch RecordPlot.make(r, ctx, chart: "bar chart") { case .failure(let e): return .failure(e); case .success(let p): plot = p }
        let stacked = ctx.options.stacked
        let grid = valueGrid(plot)
        let order = slotOrder(grid, sort: ctx.options.sort ?? (ctx.options.sorted ? .descending : nil), stacked: stacked)
        let labels = categoryLabels(plot.x, ctx.request.locale)
        let slots = order.map { labels[$0] }
        // Axis labels may be short ("Feb" after "Jan 2026"); tooltips and the summary name the period in full.
        let names = order.map { plot.x.keys[$0].label }
        let segments = self.segments(grid, order: order, stacked: stacked)
        let title = ctx.title(plot.defaultTitle)
        var canvas = ctx.canvas()
        canvas.header(title: title, legend: plot.legend(key: .swatch))
        let annotations = AnnotationMarks.yValues(ctx.options.annotations)
        let values = segments.flatMap { [$0.low, $0.high] } + annotations
        let axis = ValueAxis(values: values + ctx.sharedValues, options: ctx.options,
                             includeZero: true, count: ctx.compact ? 4 : 5, formatter: plot.tickFormatter)
        let longLabels = Axis.maxWidth(slots) > Swift.max(60, (canvas.width - 80) / Double(Swift.max(1, slots.count)))
        let horizontal = ctx.options.horizontal || (ctx.compact && longLabels)
        let drawn = horizontal
            ? drawHorizontal(&canvas, plot, segments, slots: slots, names: names, axis: axis, groups: stacked ? 1 : plot.split.series.count)
            : drawVertical(&canvas, plot, segments, slots: slots, names: names, axis: axis, groups: stacked ? 1 : plot.split.series.count,
                           annotations: ctx.options.annotations, order: order)
        if let error = drawn { return .failure(error) }
        let summary = summaryText(grid, plot: plot, labels: plot.x.keys.map(\.label), stacked: stacked)
        return ctx.output(canvas, title: title, summary: summary,
                          table: RecordTable.make(r, fields: nil, locale: ctx.request.locale), notes: plot.split.notes,
                          values: values)
    }

    /// grid[series][category]: the one value of each series at each x key.
    static func valueGrid(_ plot: RecordPlot) -> [[Double?]] {
        let index = Dictionary(plot.x.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var grid = [[Double?]](repeating: [Double?](repeating: nil, count: plot.x.keys.count), count: plot.split.series.count)
        for (series, data) in plot.split.series.enumerated() {
            for point in data.points { if let slot = index[point.key.label] { grid[series][slot] = point.value } }
        }
        return grid
    }

    /// Category indices in drawing order: data order, or by value (the total when stacked, else the first series).
    static func slotOrder(_ grid: [[Double?]], sort: SortOrder?, stacked: Bool) -> [Int] {
        let count = grid.first?.count ?? 0
        guard let sort else { return Array(0..<count) }
        let key: (Int) -> Double = { slot in
            stacked ? grid.reduce(0) { $0 + ($1[slot] ?? 0) } : (grid.first?[slot] ?? -Double.infinity)
        }
        return (0..<count).sorted { a, b in
            let ka = key(a), kb = key(b)
            if ka == kb { return a < b }
            return sort == .ascending ? ka < kb : ka > kb
        }
    }

    static func categoryLabels(_ x: XDomain, _ locale: ChartLocale) -> [String] { x.bandLabels }

    static func segments(_ grid: [[Double?]], order: [Int], stacked: Bool) -> [Segment] {
        var segments: [Segment] = []
        var above = [Double](repeating: 0, count: order.count), below = above
        for series in grid.indices {
            for (slot, category) in order.enumerated() {
                guard let value = grid[series][category] else { continue }
                if !stacked {
                    segments.append(Segment(series: series, slot: slot, low: Swift.min(0, value), high: Swift.max(0, value), value: value))
                } else if value >= 0 {
                    segments.append(Segment(series: series, slot: slot, low: above[slot], high: above[slot] + value, value: value))
                    above[slot] += value
                } else {
                    segments.append(Segment(series: series, slot: slot, low: below[slot] + value, high: below[slot], value: value))
                    below[slot] += value
                }
            }
        }
        return segments
    }

    static func drawVertical(_ canvas: inout ChartCanvas, _ plot: RecordPlot, _ segments: [Segment], slots: [String], names: [String],
                             axis: ValueAxis, groups: Int, annotations: [Annotation], order: [Int]) -> ChartError? {
        let titleBand = plot.yTitle == nil ? 0 : AxisTitle.band
        let left = ChartCanvas.pad + titleBand + axis.labelWidth + 8
        let right = canvas.width - ChartCanvas.pad - 4
        let probe = BandScale(count: slots.count, range: (left, right), paddingInner: 0.2, paddingOuter: 0.1)
        let categories = CategoryLabels(slots, step: probe.absStep)
        let plotLeft = Swift.max(left, categories.overhang - probe.absStep / 2 + 4)
        let band = BandScale(count: slots.count, range: (plotLeft, right), paddingInner: 0.2, paddingOuter: 0.1)
        let xTitleBand = plot.xTitle == nil ? 0 : AxisTitle.band
        let area = Rect(left: plotLeft, top: canvas.top + 4, right: right, bottom: canvas.height - 8 - categories.height - xTitleBand)
        let value = LinearScale(domain: axis.domain, range: (area.bottom, area.top))
        Axis.drawLeft(&canvas.svg, scale: value, plot: area, ticks: axis.ticks, labels: axis.labels)
        let width = band.bandwidth / Double(groups)
        for segment in segments {
            let x = band.position(segment.slot) + (groups > 1 ? width * Double(segment.series) : 0)
            let top = value.clamped(segment.high), bottom = value.clamped(segment.low)
            canvas.svg.text("rect", [("x", .number(x)), ("y", .number(top)), ("width", .number(Swift.max(0.5, width - (groups > 1 ? 1 : 0)))),
                                     ("height", .number(bottom - top)), ("fill", .text(plot.colors[segment.series]))], "",
                            title: plot.tooltip(series: segment.series, key: names[segment.slot], value: segment.value))
        }
        let zero = value.clamped(0)
        canvas.svg.empty("line", [("x1", .number(area.left)), ("x2", .number(area.right)), ("y1", .number(zero)), ("y2", .number(zero)),
                                  ("stroke", .text(Palette.axis)), ("class", "tp-axis")])
        for slot in slots.indices { categories.draw(&canvas.svg, index: slot, x: band.center(slot), y: area.bottom + 2) }
        if let title = plot.yTitle { AxisTitle.drawY(&canvas.svg, title, left: ChartCanvas.pad, plot: area) }
        if let title = plot.xTitle { AxisTitle.drawX(&canvas.svg, title, plot: area, baseline: canvas.height - 8) }
        return AnnotationMarks.draw(&canvas.svg, annotations, plot: area, y: value) { text in
            guard let key = AnnotationMarks.keyIndex(text, domain: plot.x), let slot = order.firstIndex(of: key) else {
                return .failure(AnnotationMarks.notOnAxis(text, domain: plot.x))
            }
            return .success(band.center(slot))
        }
    }

    static func drawHorizontal(_ canvas: inout ChartCanvas, _ plot: RecordPlot, _ segments: [Segment], slots: [String], names: [String],
                               axis: ValueAxis, groups: Int) -> ChartError? {
        let labelWidth = Swift.min(canvas.width * 0.4, Axis.maxWidth(slots) + 4)
        let xTitleBand = plot.yTitle == nil ? 0 : AxisTitle.band
        let area = Rect(left: ChartCanvas.pad + labelWidth + 8, top: canvas.top + 4, right: canvas.width - ChartCanvas.pad - 12,
                        bottom: canvas.height - 28 - xTitleBand)
        let band = BandScale(count: slots.count, range: (area.top, area.bottom), paddingInner: 0.2, paddingOuter: 0.1)
        let value = LinearScale(domain: axis.domain, range: (area.left, area.right))
        Axis.drawBottomLinear(&canvas.svg, scale: value, plot: area)
        let every = Swift.max(1, Int((13 / Swift.max(0.01, band.absStep)).rounded(.up)))
        for (slot, label) in slots.enumerated() where slot % every == 0 {
            let wrapped = TextFit.wrap(label, width: labelWidth, fontSize: Font.small, maxLines: 2)
            let lines = wrapped.lines
            for (line, text) in lines.enumerated() {
                let y = band.center(slot) + 4 + (Double(line) - Double(lines.count - 1) / 2) * 12
                canvas.svg.text("text", [("x", .number(area.left - 6)), ("y", .number(y)), ("text-anchor", "end"),
                                         ("font-size", .number(Font.small)), ("fill", .text(Palette.text))], text,
                                title: line == 0 && wrapped.truncated ? label : nil)
            }
        }
        let height = band.bandwidth / Double(groups)
        for segment in segments {
            let y = band.position(segment.slot) + (groups > 1 ? height * Double(segment.series) : 0)
            let x0 = value.clamped(segment.low), x1 = value.clamped(segment.high)
            canvas.svg.text("rect", [("x", .number(x0)), ("y", .number(y)), ("width", .number(x1 - x0)),
                                     ("height", .number(Swift.max(0.5, height - (groups > 1 ? 1 : 0)))),
                                     ("fill", .text(plot.colors[segment.series]))], "",
                            title: plot.tooltip(series: segment.series, key: names[segment.slot], value: segment.value))
        }
        if let title = plot.yTitle { AxisTitle.drawX(&canvas.svg, title, plot: area, baseline: canvas.height - 8) }
        return nil
    }

    static func summaryText(_ grid: [[Double?]], plot: RecordPlot, labels: [String], stacked: Bool) -> String {
        let split = plot.split
        let format = plot.values.value
        if split.series.count > 1 && stacked {
            let totals = labels.indices.map { k in grid.reduce(0) { $0 + ($1[k] ?? 0) } }
            if let best = totals.enumerated().max(by: { $0.element < $1.element || ($0.element == $1.element && $0.offset > $1.offset) }) {
                return "The total is highest at \(labels[best.offset]) (\(format(best.element)) across \(Phrase.plural(split.series.count, "series", "series")))."
            }
        }
        var parts: [String] = []
        for (index, series) in split.series.prefix(4).enumerated() {
            let values = grid[index].enumerated().compactMap { k, v in v.map { (k, $0) } }
            guard let high = values.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }),
                  let low = values.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { continue }
            parts.append(high.0 == low.0 ? "\(series.name) is \(format(high.1)) at \(labels[high.0])"
                : "\(series.name) is highest at \(labels[high.0]) (\(format(high.1))) and lowest at \(labels[low.0]) (\(format(low.1)))")
        }
        return parts.isEmpty ? "There are no values to describe." : parts.joined(separator: "; ") + "."
    }
}
