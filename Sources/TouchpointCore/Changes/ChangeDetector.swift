import TouchpointCharts

/// What changed between two versions of a site's data, file by file: pure
/// functions of the two sets of validated files.
enum ChangeDetector {
    /// Every change from `before` to `after` (keyed by path below `data/`), most important first.
    static func changes(from before: [String: ChartData], to after: [String: ChartData]) -> [DataChange] {
        var found: [DataChange] = []
        for file in Set(before.keys).union(after.keys).sorted() {
            found += changes(file: file, from: before[file], to: after[file])
        }
        return found.sorted(by: DataChange.ordered)
    }

    static func changes(file: String, from before: ChartData?, to after: ChartData?) -> [DataChange] {
        switch (before, after) {
        case (nil, nil): return []
        case (nil, .some): return [DataChange(file: file, kind: .added, item: file)]
        case (.some, nil): return [DataChange(file: file, kind: .removed, item: file)]
        case let (.kpis(old)?, .kpis(new)?): return KPIChanges.compare(old, new, file: file)
        case let (.journey(old)?, .journey(new)?): return JourneyChanges.compare(old, new, file: file)
        case let (.matrix(old)?, .matrix(new)?): return MatrixChanges.compare(old, new, file: file)
        case let (.expectations(old)?, .expectations(new)?): return ScoreChanges.expectations(old, new, file: file)
        case let (.opportunities(old)?, .opportunities(new)?): return ScoreChanges.opportunities(old, new, file: file)
        case let (.records(old)?, .records(new)?): return RecordChanges.compare(old, new, file: file)
        case let (.survey(old)?, .survey(new)?): return SurveyChanges.compare(old, new, file: file)
        case (.some, .some):
            // A file that now holds another kind of data is a new file as far as readers go.
            return [DataChange(file: file, kind: .removed, item: file), DataChange(file: file, kind: .added, item: file)]
        }
    }

    /// Items matched by name: those only before, only after, and in both, each in a stable order.
    static func match<Item>(_ before: [Item], _ after: [Item], key: (Item) -> String)
        -> (removed: [Item], added: [Item], both: [(Item, Item)]) {
        let old = Dictionary(before.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let removed = before.filter { new[key($0)] == nil }
        let added = after.filter { old[key($0)] == nil }
        let both = after.compactMap { item in old[key(item)].map { ($0, item) } }
        return (removed, added, both)
    }
}
