import TouchpointCharts
import TouchpointMarkdown

/// Wraps a drawn chart in a figure with its caption and the numbers as a table.
enum FigureHTML {
    /// The figure holds the wide drawing and, when there is one, the compact drawing for phones; the theme's CSS
    /// shows one of them (`display: none` hides the other from assistive tech as well). The caption comes last,
    /// as HTML wants a figcaption first or last.
    /// With `tableInAppendix`, the data table is left out and the figure links to it at that id.
    static func figure(_ output: ChartOutput, compact: String? = nil, id: String, caption: String?,
                       provenance: Provenance, title: String, tableInAppendix: String? = nil, since: SinceNote? = nil) -> String {
        // A drawing no wider than a phone's (a KPI card) is shown at its own size, not blown up to the column,
        // so its text stays the size of the page's.
        let narrow = viewBoxWidth(output.svg).map { $0 <= ChartLayout.compactWidth } ?? false
        let kind = compact == nil ? (narrow ? " tp-chart--narrow" : "") : " tp-chart--two"
        var html = "<figure class=\"tp-chart\(kind)\" id=\"\(HTMLText.escape(id))\">\n"
        html += "<div class=\"tp-drawing tp-drawing--regular\">\n\(output.svg)\n</div>\n"
        if let compact {
            html += "<div class=\"tp-drawing tp-drawing--compact\">\n\(compact)\n</div>\n"
        }
        if let since { html += since.html }
        if let tableInAppendix {
            html += "<p class=\"tp-data-link\"><a href=\"#\(HTMLText.escape(tableInAppendix))\">Data table: "
                + "\(HTMLText.escape(title))</a>, in the appendix</p>\n"
        } else {
            html += "<details class=\"tp-data\"><summary>Data table: \(HTMLText.escape(title))</summary>\n"
            html += table(output.table, caption: nil)
            html += "</details>\n"
        }
        let notes = captionParts(caption: caption, provenance: provenance, notes: output.notes)
        if !notes.isEmpty {
            html += "<figcaption>\(notes)</figcaption>\n"
        }
        return html + "</figure>"
    }

    /// The chart's drawing width, from the engine's `viewBox="0 0 W H"`.
    static func viewBoxWidth(_ svg: String) -> Double? {
        guard let range = svg.range(of: "viewBox=\"0 0 ") else { return nil }
        let rest = svg[range.upperBound...].prefix(while: { $0 != " " && $0 != "\"" })
        return Double(rest)
    }

    static func captionParts(caption: String?, provenance: Provenance, notes: [String]) -> String {
        var parts: [String] = []
        if let caption, !caption.isEmpty { parts.append(HTMLText.escape(caption)) }
        if let source = provenance.source { parts.append("Source: " + HTMLText.escape(source) + ".") }
        if let asOf = provenance.asOf { parts.append("Data as of " + HTMLText.escape(asOf) + ".") }
        // Notes are phrases ("2 records … are left out") or sentences; each ends a sentence in the caption.
        parts += notes.map { HTMLText.escape($0.last.map { ".!?".contains($0) } == true ? $0 : $0 + ".") }
        return parts.joined(separator: " ")
    }

    static func table(_ table: DataTable, caption: String?) -> String {
        var html = "<table class=\"tp-table\">\n"
        if let caption { html += "<caption>\(HTMLText.escape(caption))</caption>\n" }
        html += "<thead><tr>"
        for column in table.columns { html += "<th scope=\"col\">\(HTMLText.escape(column))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (i, cell) in row.enumerated() {
                let numeric = i < table.numeric.count && table.numeric[i]
                html += numeric ? "<td class=\"num\">\(HTMLText.escape(cell))</td>" : "<td>\(HTMLText.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
