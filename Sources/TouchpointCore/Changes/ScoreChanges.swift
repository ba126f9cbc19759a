import TouchpointCharts

/// Expectation scores and opportunity ranks against the baseline's.
enum ScoreChanges {
    /// Items by layer and name: score moves, and targets newly met or missed.
    static func expectations(_ before: [ExpectationLayer], _ after: [ExpectationLayer], file: String) -> [DataChange] {
        typealias Item = (layer: ExpectationLayerKind, item: ExpectationItem)
        func items(_ layers: [ExpectationLayer]) -> [Item] { layers.flatMap { layer in layer.items.map { (layer.layer, $0) } } }
        func name(_ item: Item) -> String { item.layer.rawValue.capitalized + " › " + item.item.name }
        let matched = ChangeDetector.match(items(before), items(after), key: name)
        var changes = matched.removed.map { DataChange(file: file, kind: .removed, item: name($0)) }
        changes += matched.added.map { DataChange(file: file, kind: .added, item: name($0)) }
        for (old, new) in matched.both {
            guard var change = JourneyChanges.moved(file: file, item: name(new), measure: "score", old.item.score,
                                                    new.item.score, width: 10, unit: nil, higherIsBetter: true)
                ?? crossingOnly(old.item, new.item, file: file, item: name(new)) else { continue }
            change.beforeTarget = old.item.target
            change.afterTarget = new.item.target
            if let metBefore = old.item.target.map({ old.item.score >= $0 }),
               let metNow = new.item.target.map({ new.item.score >= $0 }), metBefore != metNow {
                change.kind = metNow ? .targetMet : .targetMissed
            }
            changes.append(change)
        }
        return changes
    }

    /// A score that stayed while its target moved across it.
    private static func crossingOnly(_ old: ExpectationItem, _ new: ExpectationItem, file: String, item: String) -> DataChange? {
        guard old.target != new.target else { return nil }
        var change = DataChange(file: file, kind: .moved, item: item, measure: "score", before: old.score, after: new.score)
        change.scale = 10
        return change
    }

    /// Outcomes ranked by opportunity score, largest first: rank changes, new and dropped outcomes.
    static func opportunities(_ before: [Outcome], _ after: [Outcome], file: String) -> [DataChange] {
        let rankBefore = ranks(before), rankAfter = ranks(after)
        let matched = ChangeDetector.match(before, after, key: \.name)
        var changes = matched.removed.map { DataChange(file: file, kind: .removed, item: $0.name) }
        changes += matched.added.map { DataChange(file: file, kind: .added, item: $0.name) }
        for (old, new) in matched.both {
            guard let was = rankBefore[old.name], let now = rankAfter[new.name], was != now else { continue }
            var change = DataChange(file: file, kind: .rank, item: new.name, measure: "rank", before: Double(was), after: Double(now))
            change.scale = Double(Swift.max(before.count, after.count))
            changes.append(change)
        }
        return changes
    }

    /// 1 for the largest opportunity; ties broken by name, so ranks are stable.
    static func ranks(_ outcomes: [Outcome]) -> [String: Int] {
        let sorted = outcomes.sorted { $0.opportunity != $1.opportunity ? $0.opportunity > $1.opportunity : $0.name < $1.name }
        var ranks: [String: Int] = [:]
        for (index, outcome) in sorted.enumerated() where ranks[outcome.name] == nil { ranks[outcome.name] = index + 1 }
        return ranks
    }
}
