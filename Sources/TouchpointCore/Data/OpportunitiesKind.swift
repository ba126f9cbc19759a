import TouchpointCharts

/// `{"kind":"opportunities","outcomes":[{"name","importance","satisfaction"}]}`
enum OpportunitiesKind {
    static func check(_ root: Fields, _ checker: inout DataChecker) -> [Outcome] {
        guard let outcomes = checker.objects(root, "outcomes", empty: "expected at least one outcome, found an empty array") else { return [] }
        var names: [String: JSONPath] = [:]
        return outcomes.map { outcome in
            Outcome(name: checker.uniqueText(outcome, "name", "outcome", seen: &names) ?? "",
                    importance: checker.requiredNumber(outcome, "importance", ExpectationsKind.scores) ?? 0,
                    satisfaction: checker.requiredNumber(outcome, "satisfaction", ExpectationsKind.scores) ?? 0)
        }
    }
}
