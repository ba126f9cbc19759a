import TouchpointCharts

/// Records against the baseline's. Rows are matched by their text fields (a
/// month, a channel); where those do not tell rows apart, rows are compared
/// whole, and only additions and removals are counted.
enum RecordChanges {
    /// Value changes listed per file; the rest are counted in the file's rows change.
    static let listedMoves = 10

    static func compare(_ before: Records, _ after: Records, file: String) -> [DataChange] {
        let keys = keyFields(before, after)
        var counts = DataChange.Counts()
        var moves: [DataChange] = []
        var periods: (removed: String?, added: String?)
        if !keys.isEmpty, let old = rowsByKey(before, keys), let new = rowsByKey(after, keys) {
            let removed = old.filter { new[$0.key] == nil }.map(\.value)
            let added = new.filter { old[$0.key] == nil }.map(\.value)
            counts.removed = removed.count
            counts.added = added.count
            periods = (span(of: removed, keys: keys), span(of: added, keys: keys))
            let measures = (after.fields + before.fields.filter { !after.fields.contains($0) }).filter { !keys.contains($0) }
            for (key, row) in new.sorted(by: { $0.key < $1.key }) {
                guard let was = old[key] else { continue }
                var rowChanged = false
                for field in measures where was[field] != row[field] {
                    rowChanged = true
                    moves.append(move(file: file, item: key, field: field, was[field], row[field], info: after.info[field] ?? before.info[field],
                                      label: after.info[field]?.label ?? before.label(field)))
                }
                if rowChanged { counts.changed += 1 }
            }
        } else {
            var old = Dictionary(grouping: before.rows.map { canonical($0, fields: before.fields) }, by: { $0 }).mapValues(\.count)
            for row in after.rows.map({ canonical($0, fields: after.fields) }) {
                if let count = old[row], count > 0 { old[row] = count - 1 } else { counts.added += 1 }
            }
            counts.removed = old.values.reduce(0, +)
        }
        guard counts != DataChange.Counts() else { return [] }
        var rows = DataChange(file: file, kind: .rows, item: "rows")
        rows.rows = counts
        (rows.beforeLabel, rows.afterLabel) = periods
        rows.scale = Double(Swift.max(before.rows.count, after.rows.count))
        let listed = moves.sorted(by: DataChange.ordered).prefix(listedMoves)
        return [rows] + listed
    }

    /// The periods some rows cover, "2026-07…2026-09", when a key field holds a date in every one of them.
    static func span(of rows: [[String: RecordValue]], keys: [String]) -> String? {
        guard !rows.isEmpty else { return nil }
        for field in keys {
            let dates = rows.compactMap { row -> (TimePoint, String)? in
                guard case let .text(text)? = row[field], let date = TimePoint(iso: text) else { return nil }
                return (date, text)
            }
            guard dates.count == rows.count, let first = dates.min(by: { $0.0 < $1.0 }),
                  let last = dates.max(by: { $0.0 < $1.0 }) else { continue }
            return first.1 == last.1 ? first.1 : first.1 + "…" + last.1
        }
        return nil
    }

    /// Fields that hold no number in either version and are in both: what names a row.
    static func keyFields(_ before: Records, _ after: Records) -> [String] {
        func hasNumber(_ records: Records, _ field: String) -> Bool {
            records.rows.contains { if case .number = $0[field] { return true } else { return false } }
        }
        return after.fields.filter { before.fields.contains($0) && !hasNumber(before, $0) && !hasNumber(after, $0) }
    }

    /// Rows by the text of their key fields; nil when two rows share a key.
    static func rowsByKey(_ records: Records, _ keys: [String]) -> [String: [String: RecordValue]]? {
        var rows: [String: [String: RecordValue]] = [:]
        for row in records.rows {
            let key = keys.map { text(row[$0]) }.joined(separator: " · ")
            guard rows[key] == nil else { return nil }
            rows[key] = row
        }
        return rows
    }

    static func move(file: String, item: String, field: String, _ was: RecordValue?, _ now: RecordValue?,
                     info: FieldInfo?, label: String) -> DataChange {
        var change = DataChange(file: file, kind: .moved, item: item, measure: label, before: number(was), after: number(now))
        change.unit = info?.unit
        if info?.format?.style == .percent {
            // Fractions shown as percentages move in percentage points.
            change.before = change.before.map { $0 * 100 }
            change.after = change.after.map { $0 * 100 }
            change.unit = "%"
        }
        if change.before == nil && change.after == nil {
            // A text value: told as labels.
            change.beforeLabel = was.map(text)
            change.afterLabel = now.map(text)
        }
        return change
    }

    static func number(_ value: RecordValue?) -> Double? {
        if case let .number(number)? = value { return number }
        return nil
    }

    static func text(_ value: RecordValue?) -> String {
        switch value {
        case let .text(text)?: return text
        case let .number(number)?: return NumberFormat.auto(number)
        case let .bool(flag)?: return flag ? "true" : "false"
        case .null?, nil: return "–"
        }
    }

    /// A row as one string, fields in file order, for comparing rows whole.
    static func canonical(_ row: [String: RecordValue], fields: [String]) -> String {
        fields.map { field in "\(field)=\(row[field].map { "\($0)" } ?? "-")" }.joined(separator: "\u{1F}")
    }
}
