/// Records as a table: chosen fields in order, headed by their labels, numbers
/// in each field's format and dates as readers write them; "–" marks a missing value.
enum RecordTable {
    static let missing = "–"

    static func make(_ r: Records, fields: [String]?, locale: ChartLocale = .en) -> DataTable {
        let all = RecordFields.available(r)
        let chosen = (fields?.isEmpty == false ? fields ?? all : all)
        let numeric = chosen.map { f in
            let present = r.rows.compactMap { $0[f] }.filter { RecordFields.isPresent($0) }
            return !present.isEmpty && present.allSatisfy { if case .number = $0 { return true }; return false }
        }
        let formatters = chosen.map { f in
            ValueFormatter(format: r.info[f]?.format ?? ValueFormat(style: .number, decimals: decimals(r, field: f)),
                           unit: r.info[f]?.unit, locale: locale)
        }
        let dates = chosen.map { f in
            r.rows.contains { RecordFields.isPresent($0[f]) }
                && r.rows.allSatisfy { row in
                    guard case .text(let s)? = row[f] else { return !RecordFields.isPresent(row[f]) }
                    return TimePoint(iso: s) != nil
                }
        }
        let rows = r.rows.map { row in
            chosen.enumerated().map { index, f -> String in
                switch row[f] {
                case .number(let d)? where d.isFinite: return formatters[index].value(d)
                case .text(let s)?: return dates[index] ? (TimePoint(iso: s)?.label(locale) ?? s) : s
                case .bool(let b)?: return b ? "yes" : "no"
                default: return missing
                }
            }
        }
        return DataTable(columns: chosen.map { r.label($0) }, numeric: numeric, rows: rows)
    }

    /// Enough decimals for every value of the field (at most 3), so a column reads evenly.
    static func decimals(_ r: Records, field: String) -> Int {
        var needed = 0
        for row in r.rows {
            guard case .number(let d)? = row[field], d.isFinite else { continue }
            for places in needed...3 {
                let scaled = d * pow10(places)
                needed = places
                if Swift.abs(scaled - scaled.rounded()) < 1e-6 * Swift.max(1, Swift.abs(scaled)) { break }
            }
            if needed == 3 { break }
        }
        return needed
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1) { value, _ in value * 10 } }
}
