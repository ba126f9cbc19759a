import TouchpointCharts

/// `{"kind":"journey","name","persona"?,"emotionScale":{"min","max"},"stageScale"?:{"min","max"},"stages":[…]}`
///
/// Stage scores (`ideal`, `actual`) are often ratings on another scale than touchpoint emotions
/// (1–5 against −3…+3); `stageScale` says so, and without it stages share the emotion scale.
enum JourneyKind {
    static func check(_ root: Fields, _ checker: inout DataChecker) -> Journey {
        let name = checker.requiredText(root, "name")
        let persona = checker.optionalText(root, "persona")
        let scale = ScaleCheck.check(root, "emotionScale", &checker)
        // Without a valid scale, range checks would only repeat that error.
        let emotion = scale.map { NumberRange.within($0.min, $0.max, "the emotion scale") }
        var stageScale: (min: Double, max: Double)?
        var stageRange = emotion
        if checker.optional(root, "stageScale") != nil {
            stageScale = ScaleCheck.check(root, "stageScale", &checker)
            stageRange = stageScale.map { NumberRange.within($0.min, $0.max, "the stage scale") }
        }
        var stages: [JourneyStage] = []
        if let items = checker.objects(root, "stages", empty: "expected at least one stage, found an empty array") {
            var names: [String: JSONPath] = [:]
            stages = items.map { stage($0, scores: stageRange, emotion: emotion, &names, &checker) }
        }
        return Journey(name: name ?? "", persona: persona, emotionMin: scale?.min ?? 0,
                       emotionMax: scale?.max ?? 1, stages: stages,
                       stageMin: stageScale?.min, stageMax: stageScale?.max)
    }

    static func stage(_ stage: Fields, scores: NumberRange?, emotion: NumberRange?, _ names: inout [String: JSONPath],
                      _ checker: inout DataChecker) -> JourneyStage {
        let name = checker.uniqueText(stage, "name", "stage", seen: &names)
        let customers = checker.optionalNumber(stage, "customers", .nonNegative)
        let ideal = checker.optionalNumber(stage, "ideal", scores)
        let actual = checker.optionalNumber(stage, "actual", scores)
        var touchpoints: [Touchpoint] = []
        if let (value, path) = checker.optional(stage, "touchpoints"), let items = checker.array(value, path) {
            touchpoints = items.enumerated().compactMap { index, item in
                guard let point = checker.object(item, path.index(index)) else { return nil }
                return Touchpoint(name: checker.requiredText(point, "name") ?? "",
                                  channel: checker.optionalText(point, "channel"),
                                  emotion: checker.optionalNumber(point, "emotion", emotion),
                                  effort: checker.optionalNumber(point, "effort", .nonNegative),
                                  satisfaction: checker.optionalNumber(point, "satisfaction", .nonNegative))
            }
        }
        return JourneyStage(name: name ?? "", customers: customers, ideal: ideal, actual: actual, touchpoints: touchpoints)
    }
}

/// A `{"min","max"}` object shared by journeys and matrices.
enum ScaleCheck {
    static func check(_ parent: Fields, _ key: String, _ checker: inout DataChecker) -> (min: Double, max: Double)? {
        guard let (value, path) = checker.required(parent, key), let scale = checker.object(value, path) else { return nil }
        // Both ends are read before giving up, so both problems are reported.
        let min = checker.requiredNumber(scale, "min"), max = checker.requiredNumber(scale, "max")
        guard let low = min, let high = max else { return nil }
        guard low < high else {
            checker.fail(value.offset, path, "min (\(DataChecker.format(low))) must be less than max (\(DataChecker.format(high)))")
            return nil
        }
        return (low, high)
    }
}
