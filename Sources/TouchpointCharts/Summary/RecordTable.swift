/// Records as a table: chosen fields in order, numbers right-aligned.
enum RecordTable {
    static func make(_ r: Records, fields: [String]?) -> DataTable {
        let all = RecordFields.available(r)
        let chosen = (fields?.isEmpty == false ? fields ?? all : all)
        let numeric = chosen.map { f in
            let present = r.rows.compactMap { $0[f] }.filter { RecordFields.isPresent($0) }
            return !present.isEmpty && present.allSatisfy { if case .number = $0 { return true }; return false }
        }
        let rows = r.rows.map { row in
            chosen.map { f -> String in
                switch row[f] {
                case .number(let d)?: return d.isFinite ? NumberFormat.trimmed(d, maxDecimals: 6) : ""
                case .text(let s)?: return s
                case .bool(let b)?: return b ? "true" : "false"
                default: return ""
                }
            }
        }
        return DataTable(columns: chosen, numeric: numeric, rows: rows)
    }
}
