/// One sentence about generic series: change from first to last value, and the peak.
enum RecordSummary {
    static func sentence(_ split: SeriesSplit, format: (Double) -> String = NumberFormat.auto) -> String {
        let parts: [String] = split.series.prefix(4).compactMap { s in
            let valued = s.points.compactMap { p in p.value.map { (p.key.label, $0) } }
            guard let first = valued.first, let last = valued.last else { return nil }
            guard let peak = valued.enumerated().max(by: { $0.element.1 < $1.element.1 || ($0.element.1 == $1.element.1 && $0.offset > $1.offset) })?.element else { return nil }
            if valued.count == 1 { return "\(s.name) is \(format(first.1)) at \(first.0)" }
            var text = first.1 == last.1 ? "\(s.name) is \(format(last.1)) at both \(first.0) and \(last.0)"
                : "\(s.name) \(Phrase.rose(first.1, last.1)) from \(format(first.1)) at \(first.0) to \(format(last.1)) at \(last.0)"
            if peak.1 != first.1 && peak.1 != last.1 { text += ", peaking at \(format(peak.1)) (\(peak.0))" }
            return text
        }
        guard !parts.isEmpty else { return "There are no values to describe." }
        var s = parts.joined(separator: "; ")
        if split.series.count > 4 { s += "; and \(split.series.count - 4) more series" }
        return s + "."
    }
}
