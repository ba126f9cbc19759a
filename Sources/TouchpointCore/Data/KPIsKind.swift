import TouchpointCharts

/// `{"kind":"kpis","kpis":[{"id","name","unit"?,"target"?,"direction","points":[{"date","value"}]}]}`
enum KPIsKind {
    static func check(_ root: Fields, _ checker: inout DataChecker) -> [KPI] {
        guard let items = checker.objects(root, "kpis", empty: "expected at least one KPI, found an empty array") else { return [] }
        var ids: [String: JSONPath] = [:]
        return items.map { kpi in
            let id = checker.uniqueText(kpi, "id", "id", seen: &ids)
            let name = checker.requiredText(kpi, "name")
            let unit = checker.optionalText(kpi, "unit")
            let target = checker.optionalNumber(kpi, "target")
            let direction = checker.required(kpi, "direction").flatMap { value, path in
                checker.choice(value, path, "direction", ["up", "down"]).flatMap(Direction.init(rawValue:))
            }
            return KPI(id: id ?? "", name: name ?? "", unit: unit, target: target,
                       direction: direction ?? .up, points: points(kpi, &checker))
        }
    }

    /// Points in strictly ascending date order (days, months, quarters, ISO weeks…); a null value is a gap.
    static func points(_ kpi: Fields, _ checker: inout DataChecker) -> [KPIPoint] {
        guard let items = checker.objects(kpi, "points", empty: "empty series; add at least one point") else { return [] }
        var previous: (date: String, point: TimePoint, path: JSONPath)?
        return items.map { point in
            var date: String?
            if let (value, path) = checker.required(point, "date"), let (text, period) = checker.period(value, path) {
                date = text
                // Periods sort by their start, so "2026-01" comes before "2026-01-15" and "2026-Q1" before "2026-04".
                if let previous, period.position <= previous.point.position {
                    checker.fail(value.offset, path, period.position == previous.point.position
                        ? "duplicate date \(text) (also \(previous.path))"
                        : "\(text) comes before \(previous.date) (\(previous.path)); points must be in ascending date order")
                } else {
                    previous = (text, period, point.path)
                }
            }
            var number: Double?
            if point.object["value"] == nil {
                checker.fail(point.offset, point.path, "missing required key 'value' (use null for a gap)")
            } else if let (value, path) = checker.optional(point, "value") {
                number = checker.number(value, path)
            }
            return KPIPoint(date: date ?? "", value: number)
        }
    }
}
