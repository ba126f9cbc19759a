import TouchpointCharts

/// A KPI's latest value against the baseline's latest: the move, and whether it crossed its target.
enum KPIChanges {
    static func compare(_ before: [KPI], _ after: [KPI], file: String) -> [DataChange] {
        let matched = ChangeDetector.match(before, after, key: \.id)
        var changes = matched.removed.map { DataChange(file: file, kind: .removed, item: $0.name) }
        changes += matched.added.map { DataChange(file: file, kind: .added, item: $0.name) }
        for (old, new) in matched.both {
            if let change = change(old, new, file: file) { changes.append(change) }
        }
        return changes
    }

    static func change(_ old: KPI, _ new: KPI, file: String) -> DataChange? {
        let was = latest(old), now = latest(new)
        // A renamed KPI goes by its id, so the change reads the same both ways.
        let name = old.name == new.name ? new.name : new.id
        var change = DataChange(file: file, kind: .moved, item: name, before: was?.value, after: now?.value)
        change.beforeLabel = was?.date
        change.afterLabel = now?.date
        change.unit = new.unit
        change.beforeTarget = old.target
        change.afterTarget = new.target
        if was?.date == now?.date && was?.value == now?.value {
            // The same latest point: a revision of earlier points, or nothing at all.
            let revised = revisedPoints(old, new)
            guard revised > 0 else { return nil }
            change.kind = .revised
            change.rows = DataChange.Counts(changed: revised)
            return change
        }
        if let was, let now {
            if was.value != now.value {
                change.better = new.direction == .up ? now.value > was.value : now.value < was.value
            }
            let metBefore = meets(was.value, old.target, old.direction), metNow = meets(now.value, new.target, new.direction)
            if let metBefore, let metNow, metBefore != metNow { change.kind = metNow ? .targetMet : .targetMissed }
        }
        return change
    }

    /// The last point with a value.
    static func latest(_ kpi: KPI) -> (date: String, value: Double)? {
        kpi.points.last { $0.value != nil }.flatMap { point in point.value.map { (point.date, $0) } }
    }

    static func meets(_ value: Double, _ target: Double?, _ direction: Direction) -> Bool? {
        guard let target else { return nil }
        return direction == .up ? value >= target : value <= target
    }

    /// Points present in both versions whose values differ, plus points only in one.
    static func revisedPoints(_ old: KPI, _ new: KPI) -> Int {
        let before = Dictionary(old.points.map { ($0.date, $0.value) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.points.map { ($0.date, $0.value) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).filter { date in
            switch (before[date], after[date]) {
            case let (was?, now?): return was != now
            default: return true
            }
        }.count
    }
}
