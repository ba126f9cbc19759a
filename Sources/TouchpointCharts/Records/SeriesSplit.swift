/// Records split into named series: one per y field and per value of the series field.
struct SeriesData {
    var name: String
    var yField: String
    /// One value per x key in x order; nil marks a key whose values are all missing (a gap).
    var points: [(key: XKey, value: Double?)]
}

/// How a chart treats several records for one x within one series.
enum RepeatRule {
    /// Scatter plots: every record is a point.
    case keep
    /// Bars, lines, areas, heatmaps: one value per x, so repeats need an `aggregate`.
    case oneValue(chart: String, aggregate: Aggregate?)
}

struct SeriesSplit {
    var series: [SeriesData]
    var notes: [String]

    /// `seriesFrom` names the series: a facet panel has every series of the whole data, drawn or not, so colours match.
    static func make(_ r: Records, fields f: RecordFields, x: XDomain, seriesFrom: Records? = nil,
                     repeats: RepeatRule) -> Result<SeriesSplit, ChartError> {
        let groups = seriesValues(seriesFrom ?? r, field: f.series)
        var out: [SeriesData] = []
        var notes: [String] = []
        let missingX = x.rowKeys.filter { $0 == nil }.count
        if missingX > 0 { notes.append(Phrase.leftOut(missingX, what: "record", field: f.x)) }
        for y in f.y {
            var missingY = 0
            var rowsByGroup: [String: [(key: XKey, value: Double?, row: Int)]] = [:]
            for (i, row) in r.rows.enumerated() {
                guard let key = x.rowKeys[i] else { continue }
                let value = RecordFields.number(row[y])
                if value == nil { missingY += 1 }
                let group = f.series.map { RecordFields.isPresent(row[$0]) ? RecordFields.text(row[$0]) : "" } ?? ""
                rowsByGroup[group, default: []].append((key, value, i))
            }
            if missingY > 0 { notes.append(Phrase.leftOut(missingY, what: "record", field: y)) }
            for group in groups {
                let rows = rowsByGroup[group ?? ""] ?? []
                let name = seriesName(y: r.label(y), group: group, several: f.y.count > 1)
                switch points(rows, repeats: repeats, x: x, series: name, records: r, fields: f) {
                case .failure(let error): return .failure(error)
                case .success(let points): out.append(SeriesData(name: name, yField: y, points: points))
                }
            }
        }
        return .success(SeriesSplit(series: out, notes: notes))
    }

    static func seriesValues(_ r: Records, field: String?) -> [String?] {
        guard let field else { return [nil] }
        var seen: [String] = []
        var known = Set<String>()
        for row in r.rows where RecordFields.isPresent(row[field]) {
            let value = RecordFields.text(row[field])
            if known.insert(value).inserted { seen.append(value) }
        }
        return seen.isEmpty ? [nil] : seen
    }

    static func seriesName(y: String, group: String?, several: Bool) -> String {
        switch (group, several) {
        case (nil, _): return y
        case (let g?, false): return g
        case (let g?, true): return "\(y) · \(g)"
        }
    }

    /// The series' values in x order, combined per x as the rule says.
    static func points(_ rows: [(key: XKey, value: Double?, row: Int)], repeats: RepeatRule, x: XDomain,
                       series: String, records: Records, fields: RecordFields) -> Result<[(key: XKey, value: Double?)], ChartError> {
        let ordered = x.kind == .category ? rows : rows.enumerated().sorted { a, b in
            a.element.key < b.element.key || (a.element.key == b.element.key && a.offset < b.offset)
        }.map(\.element)
        guard case .oneValue(let chart, let aggregate) = repeats else { return .success(ordered.map { ($0.key, $0.value) }) }
        var order: [XKey] = []
        var values: [String: [Double]] = [:]
        var rowsOf: [String: [Int]] = [:]
        for row in ordered {
            if rowsOf[row.key.label] == nil { order.append(row.key) }
            rowsOf[row.key.label, default: []].append(row.row)
            if let v = row.value { values[row.key.label, default: []].append(v) }
        }
        if aggregate == nil, let repeated = order.first(where: { (rowsOf[$0.label]?.count ?? 0) > 1 }) {
            let rows = rowsOf[repeated.label] ?? []
            return .failure(repeatError(chart: chart, key: repeated, rows: rows, series: series, records: records, fields: fields))
        }
        if x.kind == .category {
            let index = Dictionary(x.keys.enumerated().map { ($0.element.label, $0.offset) }, uniquingKeysWith: { a, _ in a })
            order.sort { (index[$0.label] ?? 0) < (index[$1.label] ?? 0) }
        }
        return .success(order.map { key in
            let present = values[key.label] ?? []
            return (key, aggregate.map { $0.combine(present) } ?? present.first)
        })
    }

    /// Names the repeated x and, where one exists, the field that tells the records apart.
    static func repeatError(chart: String, key: XKey, rows: [Int], series: String,
                            records: Records, fields: RecordFields) -> ChartError {
        let used = Set([fields.x] + fields.y + [fields.series].compactMap { $0 })
        let splitter = RecordFields.available(records).first { field in
            guard !used.contains(field) else { return false }
            let values = Set(rows.map { RecordFields.text(records.rows[$0][field]) })
            return values.count > 1 && rows.allSatisfy { RecordFields.isPresent(records.rows[$0][field]) }
        }
        let choices = Aggregate.allCases.map(\.rawValue).joined(separator: ", ")
        var message = "\(Phrase.plural(rows.count, "record")) share \(Phrase.quoted(fields.x)) = \(Phrase.quoted(key.label))"
        if fields.series != nil || fields.y.count > 1 { message += " in series \(Phrase.quoted(series))" }
        message += "; a \(chart) draws one value there. Say how to combine them with 'aggregate: ' (\(choices))"
        if let splitter { message += ", or draw one series per \(Phrase.quoted(splitter)) with 'series: \(splitter)'" }
        return ChartError(message, option: fields.series == nil && splitter != nil ? "series" : "aggregate")
    }

    var allValues: [Double] { series.flatMap { $0.points.compactMap(\.value) } }
}
