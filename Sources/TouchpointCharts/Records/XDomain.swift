/// What kind of values the x field holds, which decides the scale.
enum XKind {
    case number, time, category

    static func detect(_ values: [RecordValue?]) -> XKind {
        let present = values.filter { RecordFields.isPresent($0) }
        guard !present.isEmpty else { return .category }
        if present.allSatisfy({ if case .number = $0 { return true }; return false }) { return .number }
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
    /// For time: the finest period among the values, which sets the ticks.
    var unit: TimePoint.Unit
    /// For time: how the values are written, so annotations can be read the same way.
    var reader: TimeReader
    var locale: ChartLocale

    /// Dates never fall back to evenly spaced text: a value that is not a date
    /// among dates, or dates in a shape only `xFormat` can tell, are errors.
    static func make(_ r: Records, field: String, xFormat: String? = nil, locale: ChartLocale = .en) -> Result<XDomain, ChartError> {
        let values = r.rows.map { $0[field] }
        let reader: TimeReader
        switch TimeReader.make(xFormat) {
        case .failure(let e): return .failure(e)
        case .success(let v): reader = v
        }
        var kind = XKind.detect(values)
        var times: [TimePoint?] = []
        if xFormat != nil || kind != .number {
            switch reader.readAll(values, field: field) {
            case .failure(let e): return .failure(e)
            case .success(let read?): kind = .time; times = read
            case .success(nil): kind = kind == .number ? .number : .category
            }
        }
        return .success(XDomain(values: values, kind: kind, times: times, reader: reader, locale: locale))
    }

    private init(values: [RecordValue?], kind: XKind, times: [TimePoint?], reader: TimeReader, locale: ChartLocale) {
        self.kind = kind
        self.reader = reader
        self.locale = locale
        var keys: [XKey] = []
        var index: [String: Int] = [:]
        var rowKeys: [XKey?] = []
        var unit = TimePoint.Unit.year
        for (row, v) in values.enumerated() {
            guard RecordFields.isPresent(v) else { rowKeys.append(nil); continue }
            var key: XKey
            switch kind {
            case .number:
                let n = RecordFields.number(v) ?? 0
                key = XKey(number: n, label: NumberFormat.trimmed(n, maxDecimals: 6))
            case .time:
                guard let point = times[row] else { rowKeys.append(nil); continue }
                unit = Swift.min(unit, point.unit)
                key = XKey(number: point.position, label: point.label(locale))
            case .category:
                key = XKey(number: Double(keys.count), label: RecordFields.text(v))
            }
            if let existing = index[key.label] {
                key = keys[existing]
            } else {
                index[key.label] = keys.count
                keys.append(key)
            }
            rowKeys.append(key)
        }
        if kind != .category { keys.sort() }
        self.keys = keys
        self.rowKeys = rowKeys
        self.unit = unit
    }

    /// The domain of some of the rows (a facet panel's), keeping every key so that panels line up.
    func keeping(rows: [Int]) -> XDomain {
        var kept = self
        kept.rowKeys = rows.map { $0 < rowKeys.count ? rowKeys[$0] : nil }
        return kept
    }

    /// Labels for a band of periods: the first and each new year in full, the rest short ("Q2", "Feb", "W06").
    var bandLabels: [String] {
        guard kind == .time else { return keys.map(\.label) }
        var previousYear: Int?
        return keys.map { key in
            let point = TimePoint(unit: unit, start: CalendarDate(dayNumber: Int(key.number.rounded(.down))))
            defer { previousYear = point.countingYear }
            return previousYear == point.countingYear ? point.shortLabel(locale) : key.label
        }
    }
}
