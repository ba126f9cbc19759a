import TouchpointCharts

/// A top-level array of flat objects, for the generic charts.
enum RecordsKind {
    static func check(_ root: JSONValue, _ checker: inout DataChecker) -> Records {
        guard let items = checker.array(root, .root, empty: "expected at least one record, found an empty array") else {
            return Records(fields: [], rows: [])
        }
        var fields: [String] = []
        var known: Set<String> = []
        var rows: [[String: RecordValue]] = []
        rows.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard let record = checker.object(item, JSONPath.root.index(index)) else { continue }
            var row: [String: RecordValue] = [:]
            for member in record.object.members {
                if known.insert(member.key).inserted { fields.append(member.key) }
                if let value = self.value(member.value, record.path.key(member.key), &checker) { row[member.key] = value }
            }
            rows.append(row)
        }
        return Records(fields: fields, rows: rows)
    }

    /// Charts read records as a flat table, so nested values are refused.
    static func value(_ value: JSONValue, _ path: JSONPath, _ checker: inout DataChecker) -> RecordValue? {
        switch value.kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n.double)
        case .string(let s): return .text(s)
        case .array, .object:
            checker.fail(value.offset, path, "expected a number, text, true/false or null, found \(DataChecker.describe(value)); records must be flat")
            return nil
        }
    }
}
