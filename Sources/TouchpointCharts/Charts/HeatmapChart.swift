/// Cells of x (columns) by y (rows) coloured by a value field on the sequential ramp.
enum HeatmapChart {
    static func render(_ r: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        var options = ctx.options
        if options.y.isEmpty, let s = options.series { options.y = [s] }
        let f: RecordFields
        switch RecordFields.resolve(r, ChartOptionsWithoutSeries.strip(options), needsSeries: false, needsValue: true) { case .failure(let e): return .failure(e); case .success(let v): f = v }
        guard let valueField = f.value, let rowField = f.y.first else { return .failure(ChartError("a heatmap needs 'value'", option: "value")) }
        let xd: XDomain
        switch XDomain.make(r, field: f.x, xFormat: ctx.options.xFormat, locale: ctx.request.locale) {
        case .failure(let e): return .failure(e)
        case .success(let v): xd = v
        }
        let cols = xd.bandLabels
        var rows: [String] = []
        for row in r.rows where RecordFields.isPresent(row[rowField]) {
            let t = RecordFields.text(row[rowField])
            if !rows.contains(t) { rows.append(t) }
        }
        let keyIndex = Dictionary(xd.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var cellValues = [[[Double]]](repeating: [[Double]](repeating: [], count: cols.count), count: rows.count)
        var missing = 0
        for (i, row) in r.rows.enumerated() {
            guard let key = xd.rowKeys[i], let k = keyIndex[key.label], RecordFields.isPresent(row[rowField]),
                  let ri = rows.firstIndex(of: RecordFields.text(row[rowField])) else { missing += 1; continue }
            guard let v = RecordFields.number(row[valueField]) else { missing += 1; continue }
            cellValues[ri][k].append(v)
        }
        // Several records for one cell are never summed unasked: the author says how to combine them.
        if ctx.options.aggregate == nil,
           let ri = cellValues.firstIndex(where: { $0.contains { $0.count > 1 } }),
           let k = cellValues[ri].firstIndex(where: { $0.count > 1 }) {
            let choices = Aggregate.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(ChartError("\(Phrase.plural(cellValues[ri][k].count, "record")) share the cell "
                + "\(Phrase.quoted(cols[k])) × \(Phrase.quoted(rows[ri])); a heatmap draws one value per cell. "
                + "Say how to combine them with 'aggregate: ' (\(choices))", option: "aggregate"))
        }
        let grid = cellValues.map { row in row.map { values in
            values.isEmpty ? nil : (ctx.options.aggregate ?? .sum).combine(values) } }
        let values = grid.flatMap { $0.compactMap { $0 } }
        guard !rows.isEmpty, !cols.isEmpty, !values.isEmpty else { return .failure(ChartError("no record has \(Phrase.quoted(f.x)), \(Phrase.quoted(rowField)) and a value for \(Phrase.quoted(valueField))", option: "value")) }
        let ramp = Ramp(lo: values.min() ?? 0, hi: values.max() ?? 1)
        let title = ctx.title("\(valueField) by \(f.x) and \(rowField)")
        var c = ctx.canvas()
        c.header(title: title)
        let rowWidth = Swift.min(c.width * 0.25, Axis.maxWidth(rows) + 6)
        let left = ChartCanvas.pad + rowWidth + 6
        let probe = BandScale(count: cols.count, range: (left, c.width - ChartCanvas.pad), paddingInner: 0.04, paddingOuter: 0)
        let cats = CategoryLabels(cols, step: probe.absStep)
        let plotLeft = Swift.max(left, cats.overhang - probe.absStep / 2 + 4)
        let xb = BandScale(count: cols.count, range: (plotLeft, c.width - ChartCanvas.pad), paddingInner: 0.04, paddingOuter: 0)
        let plot = Rect(left: plotLeft, top: c.top + 4, right: c.width - ChartCanvas.pad, bottom: c.height - 30 - cats.height)
        let yb = BandScale(count: rows.count, range: (plot.top, plot.bottom), paddingInner: 0.04, paddingOuter: 0)
        let rowEvery = Swift.max(1, Int((13 / Swift.max(0.01, yb.absStep)).rounded(.up)))
        for (ri, name) in rows.enumerated() where ri % rowEvery == 0 {
            let shown = TextFit.truncate(name, width: rowWidth, fontSize: Font.small)
            c.svg.text("text", [("x", .number(plot.left - 6)), ("y", .number(yb.center(ri) + 4)), ("text-anchor", "end"), ("font-size", .number(Font.small)),
                                ("fill", .text(Palette.text))], shown, title: shown == name ? nil : name)
        }
        let showValues = xb.bandwidth >= 30 && yb.bandwidth >= 16
        for ri in rows.indices {
            for k in cols.indices {
                let attrs: Attrs = [("x", .number(xb.position(k))), ("y", .number(yb.position(ri))), ("width", .number(xb.bandwidth)), ("height", .number(yb.bandwidth))]
                guard let v = grid[ri][k] else {
                    c.svg.text("rect", attrs + [("fill", "none"), ("stroke", .text(Palette.axis)), ("stroke-dasharray", "3 2")], "", title: "\(rows[ri]), \(cols[k]): no value")
                    if yb.bandwidth >= 12 {
                        c.svg.text("text", [("x", .number(xb.center(k))), ("y", .number(yb.center(ri) + 4)), ("text-anchor", "middle"), ("font-size", .number(Font.small)),
                                            ("fill", .text(Palette.muted))], "—")
                    }
                    continue
                }
                let step = ramp.step(v)
                c.svg.text("rect", attrs + [("fill", .text(Palette.seq(step)))], "", title: "\(rows[ri]), \(cols[k]): \(NumberFormat.auto(v))")
                if showValues {
                    let t = NumberFormat.compactOrGrouped(v)
                    if TextWidth.of(t, fontSize: Font.small) < xb.bandwidth - 4 {
                        c.svg.text("text", [("x", .number(xb.center(k))), ("y", .number(yb.center(ri) + 4)), ("text-anchor", "middle"), ("font-size", .number(Font.small)),
                                            ("fill", .text(Palette.onSeq(step)))], t)
                    }
                }
            }
        }
        for k in cols.indices { cats.draw(&c.svg, index: k, x: xb.center(k), y: plot.bottom + 2) }
        ramp.drawLegend(&c.svg, x: plot.left, y: c.height - 14, caption: valueField)
        var best = (0, 0, -Double.infinity)
        for ri in rows.indices { for k in cols.indices { if let v = grid[ri][k], v > best.2 { best = (ri, k, v) } } }
        let summary = "\(valueField) is highest for \(Phrase.quoted(rows[best.0])) at \(cols[best.1]) (\(NumberFormat.auto(best.2)))."
        let notes = missing > 0 ? [Phrase.leftOut(missing, what: "record", field: valueField)] : []
        return ctx.output(c, title: title, summary: summary, table: RecordTable.make(r, fields: nil), notes: notes)
    }
}

/// Heatmaps name rows with `y` (or `series`); the split-by-series of other charts does not apply.
enum ChartOptionsWithoutSeries {
    static func strip(_ o: ChartOptions) -> ChartOptions {
        var c = o
        c.series = nil
        return c
    }
}
