/// Records split into named series: one per y field and per value of the series field.
struct SeriesData {
    var name: String
    var yField: String
    /// Values by x key in x order; nil marks a record whose value is missing (a gap).
    var points: [(key: XKey, value: Double?)]
}

struct SeriesSplit {
    var series: [SeriesData]
    var notes: [String]

    init(_ r: Records, fields f: RecordFields, x: XDomain) {
        var groups: [String] = []
        if let s = f.series {
            for row in r.rows where RecordFields.isPresent(row[s]) {
                let g = RecordFields.text(row[s])
                if !groups.contains(g) { groups.append(g) }
            }
        }
        var out: [SeriesData] = []
        var notes: [String] = []
        let missingX = x.rowKeys.filter { $0 == nil }.count
        if missingX > 0 { notes.append(Phrase.leftOut(missingX, what: "record", field: f.x)) }
        for y in f.y {
            var missingY = 0
            let names: [String?] = groups.isEmpty ? [nil] : groups.map { Optional($0) }
            var perGroup: [String: [(XKey, Double?)]] = [:]
            for (i, row) in r.rows.enumerated() {
                guard let key = x.rowKeys[i] else { continue }
                let value = RecordFields.number(row[y])
                if value == nil { missingY += 1 }
                let g = f.series.map { RecordFields.isPresent(row[$0]) ? RecordFields.text(row[$0]) : "" } ?? ""
                perGroup[g, default: []].append((key, value))
            }
            if missingY > 0 { notes.append(Phrase.leftOut(missingY, what: "record", field: y)) }
            for g in names {
                var pts = perGroup[g ?? ""] ?? []
                if x.kind != .category { pts = SeriesSplit.stableSorted(pts) }
                let name: String
                switch (g, f.y.count > 1) {
                case (nil, _): name = y
                case (let g?, false): name = g
                case (let g?, true): name = "\(y) · \(g)"
                }
                out.append(SeriesData(name: name, yField: y, points: pts.map { (key: $0.0, value: $0.1) }))
            }
        }
        series = out
        self.notes = notes
    }

    private static func stableSorted(_ pts: [(XKey, Double?)]) -> [(XKey, Double?)] {
        pts.enumerated().sorted { a, b in a.element.0 < b.element.0 || (a.element.0 == b.element.0 && a.offset < b.offset) }.map(\.element)
    }

    var allValues: [Double] { series.flatMap { $0.points.compactMap(\.value) } }
}
