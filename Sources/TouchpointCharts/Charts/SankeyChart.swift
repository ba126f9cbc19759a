/// Flows between stages (customers moving web → phone → branch) as a Sankey
/// diagram: labelled nodes in columns, bands as wide as their flow with the
/// value on the band where it fits, and every flow in the table.
enum SankeyChart {
    static let nodeWidth = 12.0

    static func render(_ records: Records, _ ctx: ChartContext) -> Result<ChartOutput, ChartError> {
        let from = ctx.options.from ?? "from", to = ctx.options.to ?? "to", value = ctx.options.value ?? "value"
        let fields = RecordFields.available(records)
        for (field, option) in [(from, "from"), (to, "to"), (value, "value")] where !fields.contains(field) {
            return .failure(RecordFields.missing(field, option: option, records))
        }
        var flows: [(from: String, to: String, value: Double)] = []
        var skipped = 0
        for row in records.rows {
            let source = RecordFields.text(row[from]), target = RecordFields.text(row[to])
            guard !source.isEmpty, !target.isEmpty, let amount = RecordFields.number(row[value]) else { skipped += 1; continue }
            guard amount >= 0 else {
                return .failure(ChartError("a flow of \(NumberFormat.auto(amount)) from \(Phrase.quoted(source)); flows are counts "
                    + "or amounts of zero or more", option: "value"))
            }
            if amount > 0 { flows.append((source, target, amount)) }
        }
        guard !flows.isEmpty else { return .failure(ChartError("there are no flows to draw", option: "data")) }
        var graph: FlowGraph
        switch FlowGraph.make(flows) {
        case let .success(made): graph = made
        case let .failure(error): return .failure(error)
        }
        let locale = ctx.request.locale
        func amount(_ v: Double) -> String { locale.localize(NumberFormat.trimmed(v, maxDecimals: 1)) }

        // Field names such as 'from' make a poor title; labels from the data file make a good one.
        let labelled = records.info[from]?.label != nil || records.info[to]?.label != nil
        let title = ctx.title(labelled ? "Flows from \(records.label(from)) to \(records.label(to))" : "Flows")
        let labels = graph.nodes.map { "\($0.name) (\(amount($0.value)))" }
        let colors = graph.nodes.indices.map { Palette.series($0) }
        // On a phone the columns are too close for names beside the nodes: the legend names them instead.
        let legend = ctx.compact ? graph.nodes.indices.map { LegendItem(label: labels[$0], color: colors[$0], key: .swatch) } : []
        var (width, height) = ctx.size(defaultWidth: 720, defaultHeight: Swift.max(280, Double(graph.nodes.count) * 34))
        if ctx.compact { height = ChartCanvas.headerHeight(title: title, legend: legend, width: width, compact: true) + 240 }
        var canvas = ChartCanvas(width: width, height: height, prefix: ctx.prefix, compact: ctx.compact)
        canvas.header(title: title, legend: legend)
        // Labels sit right of their node, and left of it in the last column: the outer columns leave room for them.
        let lastLabels = graph.nodes.indices.filter { graph.nodes[$0].column == graph.columns - 1 }.map { labels[$0] }
        let room = ctx.compact ? 0 : Swift.min(width * 0.32, Axis.maxWidth(lastLabels, fontSize: canvas.textSize) + 8)
        let left = ChartCanvas.pad, right = width - ChartCanvas.pad - nodeWidth
        let step = graph.columns > 1 ? (right - left - room) / Double(graph.columns - 1) : 0
        func x(_ column: Int) -> Double { column == graph.columns - 1 && graph.columns > 1 ? right : left + step * Double(column) }
        graph.layout(top: canvas.top + 6, bottom: height - 10, padding: ctx.compact ? 16 : 12)

        for link in graph.links {
            let x0 = x(graph.nodes[link.source].column) + nodeWidth, x1 = x(graph.nodes[link.target].column)
            let middle = (x0 + x1) / 2
            let y0 = link.sourceY, y1 = link.targetY, w = Swift.max(link.width, 0.5)
            let path = "M\(c(x0)),\(c(y0))C\(c(middle)),\(c(y0)) \(c(middle)),\(c(y1)) \(c(x1)),\(c(y1))"
                + "L\(c(x1)),\(c(y1 + w))C\(c(middle)),\(c(y1 + w)) \(c(middle)),\(c(y0 + w)) \(c(x0)),\(c(y0 + w))Z"
            let name = "\(graph.nodes[link.source].name) → \(graph.nodes[link.target].name): \(amount(link.value))"
            canvas.svg.text("path", [("d", .text(path)), ("fill", .text(colors[link.source])), ("fill-opacity", 0.4)], "", title: name)
            let text = amount(link.value)
            // Written where the band leaves its node: bands leaving one node never overlap there. Past the
            // node's own name when the two would meet.
            let source = graph.nodes[link.source]
            let labelY = y0 + w / 2 + 4
            var labelX = x0 + 6
            if !ctx.compact, Swift.abs(labelY - (source.y + source.height / 2 + 4)) < 14 {
                labelX += TextWidth.of(labels[link.source], fontSize: canvas.textSize) + 10
            }
            if link.width >= 13, labelX + TextWidth.of(text, fontSize: Font.small) + 8 < x1 {
                canvas.svg.text("text", [("x", .number(labelX)), ("y", .number(labelY)),
                                         ("font-size", .number(Font.small)), ("fill", .text(Palette.text)), ("class", "tp-halo"),
                                         ("stroke", .text(Palette.bg)), ("stroke-width", 3)], text)
            }
        }
        for (i, node) in graph.nodes.enumerated() {
            let nodeX = x(node.column)
            canvas.svg.text("rect", [("x", .number(nodeX)), ("y", .number(node.y)), ("width", .number(nodeWidth)),
                                     ("height", .number(Swift.max(node.height, 1))), ("fill", .text(colors[i]))], "", title: labels[i])
            guard !ctx.compact else { continue }
            let last = node.column == graph.columns - 1 && graph.columns > 1
            canvas.svg.text("text", [("x", .number(last ? nodeX - 6 : nodeX + nodeWidth + 6)), ("y", .number(node.y + node.height / 2 + 4)),
                                     ("text-anchor", last ? "end" : "start"), ("font-size", .number(canvas.textSize)),
                                     ("fill", .text(Palette.text)), ("class", "tp-halo"), ("stroke", .text(Palette.bg)),
                                     ("stroke-width", 3)], labels[i])
        }
        let table = DataTable(columns: [records.label(from), records.label(to), records.label(value)], numeric: [false, false, true],
                              rows: graph.links.map { [graph.nodes[$0.source].name, graph.nodes[$0.target].name, amount($0.value)] })
        let notes = skipped > 0 ? ["\(Phrase.plural(skipped, "record")) without a \(from), \(to) or \(value) \(skipped == 1 ? "is" : "are") left out"] : []
        return ctx.output(canvas, title: title, summary: summary(graph, amount), table: table, notes: notes)
    }

    static func c(_ v: Double) -> String { NumberFormat.coordinate(v) }

    /// "The largest flow is Web → Phone (1,300); 4,200 start at Web."
    static func summary(_ graph: FlowGraph, _ amount: (Double) -> String) -> String {
        guard let largest = graph.links.max(by: { $0.value < $1.value }) else { return "No flows." }
        var text = "The largest flow is \(graph.nodes[largest.source].name) → \(graph.nodes[largest.target].name) (\(amount(largest.value)))"
        if let start = graph.nodes.filter({ $0.column == 0 }).max(by: { $0.value < $1.value }) {
            text += "; \(amount(start.value)) start at \(start.name)"
        }
        return text + "."
    }
}
