extension ChartEngine {
    /// The data as a table, for a `table` directive; `fields` selects and orders the columns of records.
    public static func table(for data: ChartData, fields: [String]?, locale: ChartLocale = .en) -> DataTable {
        switch data {
        case .records(let r): return RecordTable.make(r, fields: fields, locale: locale)
        case .survey(let survey): return SurveyTable.make(survey, locale: locale)
        case .kpis(let k): return KPIChart.table(for: k.map { KPISeries($0, locale: locale) })
        case .journey(let j): return JourneyChart.table(j)
        case .matrix(let m):
            return DataTable(columns: ["Row", "Column", "Value", "Label", "Status"], numeric: [false, false, true, false, false],
                             rows: m.cells.map { [$0.row, $0.column, Phrase.optional($0.value), $0.label ?? "", $0.status?.rawValue ?? ""] })
        case .expectations(let e):
            return DataTable(columns: ["Layer", "Expectation", "Score", "Target"], numeric: [false, false, true, true],
                             rows: e.flatMap { l in l.items.map { [l.layer.rawValue, $0.name, NumberFormat.auto($0.score), Phrase.optional($0.target)] } })
        case .opportunities(let o):
            return DataTable(columns: ["Outcome", "Importance", "Satisfaction", "Opportunity"], numeric: [false, true, true, true],
                             rows: o.map { [$0.name, NumberFormat.auto($0.importance), NumberFormat.auto($0.satisfaction), NumberFormat.fixed($0.opportunity, decimals: 1)] })
        }
    }

    /// HTML cards for KPIs: name, latest value, change vs previous, target and a sparkline.
    /// `notes`: a line of text per KPI id, shown under its card's target (what the last refresh changed).
    public static func kpiCards(_ kpis: [KPI], idPrefix: String, locale: ChartLocale = .en, notes: [String: String] = [:]) -> String {
        var html = "<div class=\"tp-kpis\">\n"
        for kpi in kpis {
            let s = KPISeries(kpi, locale: locale)
            let status = s.meetsTarget.map { $0 ? "tp-good" : "tp-bad" } ?? "tp-neutral"
            html += "  <div class=\"tp-kpi \(status)\">\n"
            html += "    <div class=\"tp-kpi-label\">\(XMLEscape.escape(kpi.name))</div>\n"
            html += "    <div class=\"tp-kpi-value\">\(XMLEscape.escape(s.latest.map { s.format($0.value) } ?? "—"))</div>\n"
            if let l = s.latest, let p = s.previous {
                let d = l.value - p.value
                let cls = d == 0 ? "neutral tp-neutral" : (s.isGood(d) ? "good tp-good" : "bad tp-bad")
                html += "    <div class=\"tp-kpi-delta \(cls)\">\(XMLEscape.escape("\(s.change(d)) vs \(s.label(p.date))"))</div>\n"
            }
            if let t = s.target {
                html += "    <div class=\"tp-kpi-target\">\(XMLEscape.escape("Target \(s.format(t))"))</div>\n"
            }
            if let note = notes[kpi.id] {
                html += "    <div class=\"tp-kpi-since\">\(XMLEscape.escape(note))</div>\n"
            }
            if s.valued.count >= 2 {
                var svg = SVGWriter(width: 120, height: 32)
                Sparkline.draw(&svg, s, in: Rect(x: 0, y: 0, width: 120, height: 32), color: Palette.series(0),
                               latestColor: s.meetsTarget.map { $0 ? Palette.good : Palette.bad } ?? Palette.series(0))
                let label = XMLEscape.escape("\(s.sentence).")
                html += "    <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 32\" role=\"img\" aria-label=\"\(label)\" class=\"tp-sparkline\">\n"
                for line in svg.out.split(separator: "\n") { html += "      " + line + "\n" }
                html += "    </svg>\n"
            }
            html += "  </div>\n"
        }
        _ = idPrefix
        return html + "</div>\n"
    }
}
