import TouchpointCharts

/// The survey part of a `NAME.csv.yml` with `kind: survey`: the questions
/// (id → type, text, scale, labels), the columns to break results down by,
/// the wave column and the weight column.
///
/// ```yaml
/// kind: survey
/// questions:
///   recommend: {type: nps, text: How likely are you to recommend us?}
///   easy: {type: likert, scale: 5, text: It was easy to make a claim,
///          labels: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]}
/// segments: [region, channel]
/// wave: wave
/// weight: weight
/// ```
struct SurveySidecar: Sendable {
    struct Question: Sendable {
        var question: SurveyQuestion
        var line: Int
        var column: Int
    }

    var questions: [Question] = []
    var segments: [Located<String>] = []
    var wave: Located<String>?
    var weight: Located<String>?

    static let keys = ["questions", "segments", "wave", "weight"]
    static let questionKeys = ["type", "text", "scale", "labels"]

    /// Reads one of `keys` into `self`.
    mutating func read(_ key: String, _ value: Located<YAMLValue>, file: SourceFile) -> [Diagnostic] {
        var found = Staged(())
        switch key {
        case "questions": questions = found.take(Self.questions(value, file: file))
        case "segments":
            segments = found.take(value.strings("segments", in: file)) ?? []
        case "wave":
            if let name = found.take(value.string("wave", in: file)) { wave = Located(value: name, line: value.line, column: value.column) }
        case "weight":
            if let name = found.take(value.string("weight", in: file)) { weight = Located(value: name, line: value.line, column: value.column) }
        default: break
        }
        return found.diagnostics
    }

    static func questions(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<[Question]> {
        guard case let .mapping(pairs) = value.value, !pairs.isEmpty else {
            return Staged([], [file.error("questions: expected one entry per question column, e.g. "
                + "'recommend: {type: nps, text: How likely are you to recommend us?}'", line: value.line, column: value.column)])
        }
        var out = Staged<[Question]>([])
        for (id, spec) in pairs {
            let name = "questions.\(id.value)"
            guard case let .mapping(settings) = spec.value else {
                out.report(file.error("\(name): expected type, text, scale and labels", line: spec.line, column: spec.column))
                continue
            }
            var kind: SurveyQuestion.Kind?, text = "", scale: Int?, labels: [String] = []
            var scalePosition = (spec.line, spec.column), labelsPosition = (spec.line, spec.column)
            for (key, setting) in settings {
                let label = "\(name).\(key.value)"
                switch key.value {
                case "type":
                    guard let type = out.take(setting.string(label, in: file)) else { continue }
                    kind = SurveyQuestion.Kind(rawValue: type)
                    if kind == nil {
                        out.report(file.error("\(label): " + DataChecker.unknown("type", type, SurveyQuestion.Kind.allCases.map(\.rawValue)),
                                              line: setting.line, column: setting.column))
                    }
                case "text": text = out.take(setting.string(label, in: file)) ?? ""
                case "scale":
                    scalePosition = (setting.line, setting.column)
                    guard case let .scalar(raw, true) = setting.value, let points = Int(raw) else {
                        out.report(file.error("\(label): expected 5 or 7, found \(setting.describe)", line: setting.line, column: setting.column))
                        continue
                    }
                    scale = points
                case "labels":
                    labelsPosition = (setting.line, setting.column)
                    labels = (out.take(setting.strings(label, in: file)) ?? []).map(\.value)
                default:
                    out.report(file.error("\(name): unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: questionKeys),
                                          line: key.line, column: key.column))
                }
            }
            guard let kind else {
                if !settings.contains(where: { $0.key.value == "type" }) {
                    out.report(file.error("\(name): missing 'type'; expected nps, likert or rating", line: spec.line, column: spec.column))
                }
                continue
            }
            if kind == .nps, scale != nil, scale != 11 {
                out.report(file.error("\(name).scale: an nps question is always 0–10; leave out scale",
                                      line: scalePosition.0, column: scalePosition.1))
                continue
            }
            let points = kind == .nps ? 11 : scale ?? 5
            if kind != .nps, ![5, 7].contains(points) {
                out.report(file.error("\(name).scale: expected 5 or 7, found \(points)", line: scalePosition.0, column: scalePosition.1))
                continue
            }
            if !labels.isEmpty, labels.count != points {
                out.report(file.error("\(name).labels: expected \(points) labels, lowest answer first, found \(labels.count)",
                                      line: labelsPosition.0, column: labelsPosition.1))
                continue
            }
            out.value.append(Question(question: SurveyQuestion(id: id.value, kind: kind, text: text, scale: points, labels: labels),
                                      line: id.line, column: id.column))
        }
        return out
    }
}
