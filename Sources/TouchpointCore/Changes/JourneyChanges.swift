import TouchpointCharts

/// A journey's stages against the baseline's: the mean emotion of their
/// touchpoints, their score (`actual`), and the share of customers lost on the way in.
enum JourneyChanges {
    static func compare(_ before: Journey, _ after: Journey, file: String) -> [DataChange] {
        // A renamed journey names its stages alone, so the change reads the same both ways.
        func item(_ stage: JourneyStage) -> String { before.name == after.name ? after.name + " › " + stage.name : stage.name }
        let matched = ChangeDetector.match(before.stages, after.stages, key: \.name)
        var changes = matched.removed.map { DataChange(file: file, kind: .removed, item: item($0)) }
        changes += matched.added.map { DataChange(file: file, kind: .added, item: item($0)) }
        let lostBefore = dropOffs(before), lostAfter = dropOffs(after)
        for (old, new) in matched.both {
            let emotionWidth = Swift.max(after.emotionMax - after.emotionMin, before.emotionMax - before.emotionMin)
            let stageWidth = Swift.max(after.stageRange.max - after.stageRange.min, before.stageRange.max - before.stageRange.min)
            let measures: [(String, Double?, Double?, Double, String?, Bool)] = [
                ("emotion", meanEmotion(old), meanEmotion(new), emotionWidth, nil, true),
                ("score", old.actual, new.actual, stageWidth, nil, true),
                ("drop-off", lostBefore[old.name], lostAfter[new.name], 100, "%", false),
            ]
            for (measure, was, now, width, unit, higherIsBetter) in measures {
                guard let change = moved(file: file, item: item(new), measure: measure, was, now, width: width,
                                         unit: unit, higherIsBetter: higherIsBetter) else { continue }
                changes.append(change)
            }
        }
        return changes
    }

    static func moved(file: String, item: String, measure: String, _ was: Double?, _ now: Double?, width: Double,
                      unit: String?, higherIsBetter: Bool?) -> DataChange? {
        guard was != now else { return nil }
        var change = DataChange(file: file, kind: .moved, item: item, measure: measure, before: was, after: now)
        change.scale = width > 0 ? width : nil
        change.unit = unit
        if let was, let now, let higherIsBetter { change.better = higherIsBetter ? now > was : now < was }
        return change
    }

    static func meanEmotion(_ stage: JourneyStage) -> Double? {
        let emotions = stage.touchpoints.compactMap(\.emotion)
        guard !emotions.isEmpty else { return nil }
        return emotions.reduce(0, +) / Double(emotions.count)
    }

    /// Per stage, the percentage of the previous stage's customers who did not reach it.
    static func dropOffs(_ journey: Journey) -> [String: Double] {
        var lost: [String: Double] = [:]
        for (previous, stage) in zip(journey.stages, journey.stages.dropFirst()) {
            guard let from = previous.customers, let to = stage.customers, from > 0 else { continue }
            lost[stage.name] = (1 - to / from) * 100
        }
        return lost
    }
}
