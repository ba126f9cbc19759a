import TouchpointCharts

/// Changes in words: a sentence for the changes page and the feed, a brief
/// phrase for the "since" notes beside charts and cards.
struct ChangeWording: Sendable {
    var locale: ChartLocale = .en

    func words(_ change: DataChange) -> KPIWording { KPIWording(unit: change.unit, locale: locale) }

    /// "30 Jun 2026", "Q2 2026".
    func date(_ iso: String) -> String { KPIWording(unit: nil, locale: locale).period(iso) }

    func sentence(_ change: DataChange) -> String {
        let subject = change.measure.map { "\(change.item): \($0)" } ?? change.item
        switch change.kind {
        case .added: return change.item == change.file ? "New data file data/\(change.file)." : "\(change.item) is new."
        case .removed: return change.item == change.file ? "Data file data/\(change.file) is gone." : "\(change.item) is gone."
        case .revised:
            let points = Phrase.plural(change.rows?.changed ?? 0, "earlier point")
            return "\(change.item): \(points) revised; the latest value is unchanged."
        case .rows:
            return "\(rowCounts(change.rows ?? .init(), added: change.afterLabel, removed: change.beforeLabel).capitalizedFirst)."
        case .status:
            return "\(change.item): status changed from \(change.beforeLabel ?? "none") to \(change.afterLabel ?? "none")."
        case .rank:
            guard let before = change.before, let after = change.after else { return "\(change.item) changed rank." }
            let way = after < before ? "up" : "down"
            return "\(change.item) moved \(way) from #\(rank(before)) to #\(rank(after)) among the opportunities."
        case .moved, .targetMet, .targetMissed:
            var text = "\(subject) \(move(change))"
            if let margin = change.margin, let before = change.before, let after = change.after {
                let beyond = Swift.abs(after - before) > margin
                text += ", \(beyond ? "beyond" : "within") the margin of error (±\(words(change).value(margin)))"
            }
            if change.kind == .targetMet, let target = change.afterTarget {
                text += " and now meets its target of \(words(change).value(target))"
            } else if change.kind == .targetMissed, let target = change.afterTarget {
                text += " and no longer meets its target of \(words(change).value(target))"
            }
            return text + "."
        }
    }

    /// "rose from 32 in Jun 2026 to 35 in Sep 2026 (+3)".
    func move(_ change: DataChange) -> String {
        let say = words(change)
        func at(_ value: Double?, _ period: String?) -> String {
            let number = value.map(say.value) ?? "no value"
            return period.map { "\(number) in \(say.period($0))" } ?? number
        }
        guard let before = change.before, let after = change.after else {
            if change.before == nil, change.after == nil, change.beforeLabel != nil || change.afterLabel != nil {
                return "changed from “\(change.beforeLabel ?? "–")” to “\(change.afterLabel ?? "–")”"
            }
            return "went from \(at(change.before, change.beforeLabel)) to \(at(change.after, change.afterLabel))"
        }
        let from = at(before, change.beforeLabel), to = at(after, change.afterLabel)
        if before == after { return "held at \(say.value(after)) (\(from) and \(to))" }
        return "\(Phrase.rose(before, after)) from \(from) to \(to) (\(say.change(after - before)))"
    }

    /// A few words for a "since" note: "NPS 32 → 35", "3 rows added".
    func brief(_ change: DataChange) -> String {
        let subject = change.measure.map { "\(change.item) \($0)" } ?? change.item
        switch change.kind {
        case .added: return change.item == change.file ? "new file" : "\(change.item) new"
        case .removed: return change.item == change.file ? "file gone" : "\(change.item) gone"
        case .revised: return "\(change.item) revised"
        case .rows: return rowCounts(change.rows ?? .init())
        case .status: return "\(change.item) now \(change.afterLabel ?? "without status")"
        case .rank:
            return "\(change.item) #\(change.before.map(rank) ?? "–") → #\(change.after.map(rank) ?? "–")"
        case .moved, .targetMet, .targetMissed:
            let say = words(change)
            let arrow = "\(change.before.map(say.value) ?? "–") → \(change.after.map(say.value) ?? "–")"
            let target = change.kind == .targetMet ? ", target met" : change.kind == .targetMissed ? ", target missed" : ""
            return "\(subject) \(arrow)\(target)"
        }
    }

    /// A rank read back from a published history may be any number; only whole ones in range are ranks.
    func rank(_ value: Double) -> String {
        guard let whole = Int(exactly: value) else { return NumberFormat.auto(value) }
        return String(whole)
    }

    /// "3 rows added (Jul 2026 to Sep 2026), 1 removed, 2 changed"; the periods when the sentence has room for them.
    func rowCounts(_ counts: DataChange.Counts, added: String? = nil, removed: String? = nil) -> String {
        func during(_ span: String?) -> String {
            guard let span else { return "" }
            let ends = span.components(separatedBy: "…").map(date)
            return " (" + ends.joined(separator: " to ") + ")"
        }
        var parts: [String] = []
        if counts.added > 0 { parts.append("\(Phrase.plural(counts.added, "row")) added\(during(added))") }
        if counts.removed > 0 {
            parts.append((parts.isEmpty ? "\(Phrase.plural(counts.removed, "row")) removed" : "\(counts.removed) removed") + during(removed))
        }
        if counts.changed > 0 { parts.append(parts.isEmpty ? "\(Phrase.plural(counts.changed, "row")) changed" : "\(counts.changed) changed") }
        return parts.isEmpty ? "no rows changed" : parts.joined(separator: ", ")
    }

    /// The note beside a chart over a changed file: "Since 30 Jun 2026: NPS 32 → 35; CSAT 80% → 83%; 4 more changes".
    func note(_ changes: [DataChange], since: String?, limit: Int = 2) -> String {
        let head = since.map { "Since \(date($0))" } ?? "Since the last refresh"
        var parts = changes.prefix(limit).map(brief)
        if changes.count > limit { parts.append("\(Phrase.plural(changes.count - limit, "more change"))") }
        return head + ": " + parts.joined(separator: "; ")
    }
}
