/// What kind of values the x field holds, which decides the scale.
enum XKind {
    case number, time, category

    static func detect(_ values: [RecordValue?]) -> XKind {
        let present = values.filter { RecordFields.isPresent($0) }
        guard !present.isEmpty else { return .category }
        if present.allSatisfy({ if case .number = $0 { return true }; return false }) { return .number }
        if present.allSatisfy({ if case .text(let s)? = $0 { return CalendarDate(iso: s) != nil }; return false }) { return .time }
        return .category
    }
}

/// An x position key: numbers and dates as numbers (day numbers), categories by index.
struct XKey: Hashable, Comparable {
    var number: Double
    var label: String
    static func < (a: XKey, b: XKey) -> Bool { a.number < b.number || (a.number == b.number && a.label < b.label) }
}

/// The x values of the records, mapped to keys and ordered for drawing.
struct XDomain {
    var kind: XKind
    /// Distinct keys in drawing order.
    var keys: [XKey]
    /// Key per row; nil when the row has no x.
    var rowKeys: [XKey?]
    var isMonthly: Bool

    init(_ r: Records, field: String) {
        let values = r.rows.map { $0[field] }
        kind = XKind.detect(values)
        var keys: [XKey] = []
        var seen = Set<String>()
        var rowKeys: [XKey?] = []
        var monthly = true
        for v in values {
            guard RecordFields.isPresent(v) else { rowKeys.append(nil); continue }
            var key: XKey
            switch kind {
            case .number:
                let n = RecordFields.number(v) ?? 0
                key = XKey(number: n, label: NumberFormat.trimmed(n, maxDecimals: 6))
            case .time:
                let d = CalendarDate(iso: RecordFields.text(v)) ?? CalendarDate(year: 1970, month: 1)
                if !d.isMonth { monthly = false }
                key = XKey(number: Double(d.dayNumber), label: d.label)
            case .category:
                let t = RecordFields.text(v)
                key = XKey(number: 0, label: t)
            }
            if !seen.contains(key.label) {
                seen.insert(key.label)
                if kind == .category { key.number = Double(keys.count) }
                keys.append(key)
            } else if kind == .category, let existing = keys.first(where: { $0.label == key.label }) {
                key = existing
            }
            rowKeys.append(key)
        }
        if kind != .category { keys.sort() }
        self.keys = keys
        self.rowKeys = rowKeys
        isMonthly = monthly
    }
}
