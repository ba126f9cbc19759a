/// One difference between the baseline's data and this build's, in numbers.
/// Words come from `ChangeWording`, so a refresh read back from a published
/// site is told in the same words as one found now.
struct DataChange: Sendable, Hashable, Codable {
    enum Kind: String, Sendable, Hashable, Codable {
        /// A KPI or expectation now meets its target, or no longer does.
        case targetMet, targetMissed
        /// A value moved.
        case moved
        /// A KPI, stage, cell, item, outcome or whole file appeared or went.
        case added, removed
        /// A matrix cell's status changed (`beforeLabel` → `afterLabel`).
        case status
        /// An opportunity's rank changed (`before` → `after`, 1 is the largest).
        case rank
        /// Records: rows added, removed and changed (`rows`).
        case rows
        /// A KPI's earlier points were revised; its latest value stayed (`rows.changed` points).
        case revised
    }

    /// Rows of a records file, or points of a KPI.
    struct Counts: Sendable, Hashable, Codable {
        var added = 0
        var removed = 0
        var changed = 0
    }

    /// The data file, below `data/` (`kpis/customer.json`).
    var file: String
    var kind: Kind
    /// What changed, as readers know it: "NPS", "Claims › Assess", "Reach › Email".
    var item: String
    /// The measure of `item` that moved: "emotion", "drop-off", "score", a record field's label.
    var measure: String?
    var before: Double?
    var after: Double?
    /// KPI periods ("2026-Q2") or cell statuses, before and after.
    var beforeLabel: String?
    var afterLabel: String?
    /// "%" makes changes read in percentage points.
    var unit: String?
    var beforeTarget: Double?
    var afterTarget: Double?
    /// Whether `after` is better than `before`, where the data says which way is good.
    var better: Bool?
    /// The width of the value's scale (0–10 scores: 10), to weigh moves of different measures;
    /// nil weighs a move against the larger of its two values.
    var scale: Double?
    var rows: Counts?
    /// The 95% margin of error of the difference (survey NPS): a move within it may be noise.
    var margin: Double?

    init(file: String, kind: Kind, item: String, measure: String? = nil, before: Double? = nil, after: Double? = nil) {
        self.file = file
        self.kind = kind
        self.item = item
        self.measure = measure
        self.before = before
        self.after = after
    }

    /// The same change read the other way: from this build's data back to the baseline's.
    var mirrored: DataChange {
        var change = self
        change.kind = switch kind {
        case .targetMet: .targetMissed
        case .targetMissed: .targetMet
        case .added: .removed
        case .removed: .added
        default: kind
        }
        (change.before, change.after) = (after, before)
        (change.beforeLabel, change.afterLabel) = (afterLabel, beforeLabel)
        (change.beforeTarget, change.afterTarget) = (afterTarget, beforeTarget)
        change.better = better.map { !$0 }
        change.rows = rows.map { Counts(added: $0.removed, removed: $0.added, changed: $0.changed) }
        return change
    }

    var crossesTarget: Bool { kind == .targetMet || kind == .targetMissed }

    /// How large the change is, 0…: a move against its scale, a rank against the
    /// ranks, rows against the larger file. The same both ways, so a change and
    /// its mirror weigh the same.
    var weight: Double {
        switch kind {
        case .added, .removed: return 1
        case .status: return 0.5
        case .revised: return 0.01
        case .rows:
            let counts = rows ?? Counts()
            return Double(counts.added + counts.removed + counts.changed) / Swift.max(scale ?? 1, 1)
        case .moved, .targetMet, .targetMissed, .rank:
            guard let before, let after else { return 1 }
            let width = scale ?? Swift.max(Swift.abs(before), Swift.abs(after))
            return width > 0 ? Swift.abs(after - before) / width : 0
        }
    }

    /// Most important first: target crossings, then the largest moves; ties in file and item order.
    static func ordered(_ a: DataChange, _ b: DataChange) -> Bool {
        if a.crossesTarget != b.crossesTarget { return a.crossesTarget }
        if a.weight != b.weight { return a.weight > b.weight }
        if a.file != b.file { return a.file < b.file }
        if a.item != b.item { return a.item < b.item }
        return (a.measure ?? "") < (b.measure ?? "")
    }
}
