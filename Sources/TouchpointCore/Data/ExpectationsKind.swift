import TouchpointCharts

/// `{"kind":"expectations","layers":[{"layer","items":[{"name","score","target"?}]}]}`
enum ExpectationsKind {
    static let scores = NumberRange.within(0, 10, "the range")

    static func check(_ root: Fields, _ checker: inout DataChecker) -> [ExpectationLayer] {
        guard let layers = checker.objects(root, "layers", empty: "expected at least one layer, found an empty array") else { return [] }
        var seenLayers: [String: JSONPath] = [:]
        return layers.map { layer in
            var kind: ExpectationLayerKind?
            // Only a known layer is checked for repeats, so one typo gives one error.
            if let (value, path) = checker.required(layer, "layer"),
               checker.choice(value, path, "layer", ExpectationLayerKind.allCases.map(\.rawValue)) != nil {
                kind = checker.uniqueText(value, path, "layer", owner: layer.path, seen: &seenLayers)
                    .flatMap(ExpectationLayerKind.init(rawValue:))
            }
            var items: [ExpectationItem] = []
            if let objects = checker.objects(layer, "items", empty: "expected at least one item, found an empty array") {
                var names: [String: JSONPath] = [:]
                items = objects.map { item in
                    ExpectationItem(name: checker.uniqueText(item, "name", "item", seen: &names) ?? "",
                                    score: checker.requiredNumber(item, "score", scores) ?? 0,
                                    target: checker.optionalNumber(item, "target", scores))
                }
            }
            return ExpectationLayer(layer: kind ?? .base, items: items)
        }
    }
}
