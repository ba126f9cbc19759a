import TouchpointCharts

/// A matrix's cells against the baseline's: added, removed, re-scored, or with a new status.
enum MatrixChanges {
    static func compare(_ before: Matrix, _ after: Matrix, file: String) -> [DataChange] {
        func item(_ cell: MatrixCell) -> String { cell.row + " › " + cell.column }
        let matched = ChangeDetector.match(before.cells, after.cells) { $0.row + "\t" + $0.column }
        var changes = matched.removed.map { DataChange(file: file, kind: .removed, item: item($0)) }
        changes += matched.added.map { DataChange(file: file, kind: .added, item: item($0)) }
        for (old, new) in matched.both {
            if let change = JourneyChanges.moved(file: file, item: item(new), measure: "score", old.value, new.value,
                                                 width: Swift.max(after.scaleMax - after.scaleMin, before.scaleMax - before.scaleMin), unit: nil, higherIsBetter: nil) {
                changes.append(change)
            }
            if old.status != new.status {
                var change = DataChange(file: file, kind: .status, item: item(new), measure: "status")
                change.beforeLabel = old.status?.rawValue
                change.afterLabel = new.status?.rawValue
                changes.append(change)
            }
        }
        return changes
    }
}
