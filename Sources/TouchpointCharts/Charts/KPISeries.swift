/// A KPI's points parsed into dates, with gaps and unreadable dates kept apart.
struct KPISeries {
    var kpi: KPI
    /// Points with a readable date, in date order; value nil marks a gap.
    var points: [(date: TimePoint, value: Double?)]
    var skipped: Int
    var locale: ChartLocale

    init(_ kpi: KPI, locale: ChartLocale = .en) {
        self.kpi = kpi
        self.locale = locale
        var pts: [(TimePoint, Double?)] = []
        var skipped = 0
        for p in kpi.points {
            guard let d = TimePoint(iso: p.date) else { skipped += 1; continue }
            pts.append((d, p.value.flatMap { $0.isFinite ? $0 : nil }))
        }
        points = pts.enumerated().sorted { a, b in a.element.0 < b.element.0 || (a.element.0 == b.element.0 && a.offset < b.offset) }
            .map { (date: $0.element.0, value: $0.element.1) }
        self.skipped = skipped
    }

    var valued: [(date: TimePoint, value: Double)] { points.compactMap { p in p.value.map { (p.date, $0) } } }
    var latest: (date: TimePoint, value: Double)? { valued.last }
    var previous: (date: TimePoint, value: Double)? { let v = valued; return v.count >= 2 ? v[v.count - 2] : nil }
    /// The data's period, so the x axis ticks by quarter for quarterly KPIs.
    var unit: TimePoint.Unit { points.map(\.date.unit).min() ?? .month }
    var gaps: Int { points.filter { $0.value == nil }.count }
    var target: Double? { kpi.target.flatMap { $0.isFinite ? $0 : nil } }

    /// Whether the latest value is on the right side of the target for the KPI's direction.
    var meetsTarget: Bool? {
        guard let l = latest, let t = target else { return nil }
        return kpi.direction == .up ? l.value >= t : l.value <= t
    }

    /// Whether a change is an improvement given the KPI's direction.
    func isGood(_ delta: Double) -> Bool { kpi.direction == .up ? delta >= 0 : delta <= 0 }

    var wording: KPIWording { KPIWording(unit: kpi.unit, locale: locale) }

    func format(_ v: Double) -> String { wording.value(v) }

    func change(_ d: Double) -> String { wording.change(d) }

    /// "Q3 2026", "Sep 2026", "W05 2026".
    func label(_ date: TimePoint) -> String { date.label(locale) }

    var notes: [String] {
        var n: [String] = []
        if gaps > 0 { n.append(Phrase.leftOut(gaps, what: "point", field: kpi.name)) }
        if skipped > 0 { n.append("\(Phrase.plural(skipped, "point")) of \(Phrase.quoted(kpi.name)) with an unreadable date \(skipped == 1 ? "is" : "are") left out") }
        return n
    }

    /// "NPS rose from 28 to 35 between Jan 2026 and Sep 2026; target 40"
    var sentence: String {
        let v = valued
        guard let first = v.first, let last = v.last else { return "\(kpi.name) has no values yet" }
        var s: String
        if v.count == 1 {
            s = "\(kpi.name) is \(format(last.value)) in \(label(last.date))"
        } else if first.value == last.value {
            s = "\(kpi.name) held at \(format(last.value)) between \(label(first.date)) and \(label(last.date))"
        } else {
            s = "\(kpi.name) \(Phrase.rose(first.value, last.value)) from \(format(first.value)) to \(format(last.value)) between \(label(first.date)) and \(label(last.date))"
        }
        if let t = target { s += "; target \(format(t))" }
        return s
    }
}
