import Foundation
import TouchpointCharts

/// One rule of site.yml's `alerts`: `{kpi: nps, below: target}`,
/// `{kpi: churn, above: 10}`, `{kpi: nps, drop: 3}`, `{kpi: csat, rise: 2}`, `{stale: true}`.
/// `data: kpis/customer.json` narrows `kpi` to one file.
struct AlertRule: Sendable {
    enum Threshold: Sendable, Hashable {
        case target
        case value(Double)
    }

    enum Condition: Sendable, Hashable {
        case below(Threshold), above(Threshold)
        /// Fell or rose by at least this much since the baseline.
        case drop(Double), rise(Double)
        /// Any data file older than `staleAfter`.
        case stale
    }

    var kpi: String?
    var data: String?
    var condition: Condition
    var line: Int
    var column: Int

    static let keys = ["kpi", "data", "below", "above", "drop", "rise", "stale"]

    /// The rule in the words of site.yml, for messages and the changes file: "nps below target".
    var summary: String {
        let subject = kpi ?? "data"
        switch condition {
        case let .below(threshold): return "\(subject) below \(Self.describe(threshold))"
        case let .above(threshold): return "\(subject) above \(Self.describe(threshold))"
        case let .drop(amount): return "\(subject) drop \(DataChecker.format(amount))"
        case let .rise(amount): return "\(subject) rise \(DataChecker.format(amount))"
        case .stale: return "stale data"
        }
    }

    private static func describe(_ threshold: Threshold) -> String {
        switch threshold {
        case .target: return "target"
        case let .value(number): return DataChecker.format(number)
        }
    }

    static func parseList(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<[AlertRule]> {
        var rules = Staged<[AlertRule]>([])
        guard case let .sequence(items) = value.value else {
            rules.report(file.error("alerts: expected a list of rules such as '- {kpi: nps, below: target}'",
                                    line: value.line, column: value.column))
            return rules
        }
        for (index, item) in items.enumerated() {
            if let rule = rules.take(parse(item, name: "alerts[\(index)]", file: file)) { rules.value.append(rule) }
        }
        return rules
    }

    static func parse(_ item: Located<YAMLValue>, name: String, file: SourceFile) -> Staged<AlertRule?> {
        guard case let .mapping(pairs) = item.value else {
            return .failure(file.error("\(name): expected a rule such as {kpi: nps, below: target}, found \(item.describe)",
                                       line: item.line, column: item.column))
        }
        var found = Staged<AlertRule?>(nil)
        var kpi: String?, data: String?
        var conditions: [(Condition, Located<String>)] = []
        for (key, setting) in pairs {
            let label = "\(name).\(key.value)"
            func number() -> Double? {
                guard case let .scalar(text, true) = setting.value, let number = Double(text), number.isFinite else {
                    found.report(file.error("\(label): expected a number, found \(setting.describe)", line: setting.line, column: setting.column))
                    return nil
                }
                return number
            }
            func threshold() -> Threshold? {
                if case .scalar("target", _) = setting.value { return .target }
                guard case let .scalar(text, true) = setting.value, let number = Double(text), number.isFinite else {
                    found.report(file.error("\(label): expected a number or 'target', found \(setting.describe)",
                                            line: setting.line, column: setting.column))
                    return nil
                }
                return .value(number)
            }
            switch key.value {
            case "kpi": kpi = found.take(setting.string(label, in: file))
            case "data": data = found.take(setting.string(label, in: file))
            case "below": if let threshold = threshold() { conditions.append((.below(threshold), key)) }
            case "above": if let threshold = threshold() { conditions.append((.above(threshold), key)) }
            case "drop", "rise":
                guard let amount = number() else { continue }
                guard amount > 0 else {
                    found.report(file.error("\(label): expected a positive amount, found \(DataChecker.format(amount))",
                                            line: setting.line, column: setting.column))
                    continue
                }
                conditions.append((key.value == "drop" ? .drop(amount) : .rise(amount), key))
            case "stale":
                guard let flag = found.take(setting.bool(label, in: file)) else { continue }
                if flag { conditions.append((.stale, key)) } else {
                    found.report(file.error("\(label): a rule with stale: false never fires; remove it",
                                            line: setting.line, column: setting.column))
                }
            default:
                found.report(file.error("\(name): unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: keys),
                                        line: key.line, column: key.column))
            }
        }
        guard found.diagnostics.isEmpty else { return found }
        guard conditions.count == 1, let (condition, _) = conditions.first else {
            let problem = conditions.isEmpty ? "a rule needs one of below, above, drop, rise or stale"
                : "a rule has one condition; write one rule per condition"
            return .failure(file.error("\(name): \(problem)", line: item.line, column: item.column))
        }
        if condition == .stale, kpi != nil {
            return .failure(file.error("\(name): stale: true is about every data file; leave out kpi", line: item.line, column: item.column))
        }
        if condition != .stale, kpi == nil {
            return .failure(file.error("\(name): which KPI? add kpi: ID, the id of a KPI in a kpis file",
                                       line: item.line, column: item.column))
        }
        return Staged(AlertRule(kpi: kpi, data: data, condition: condition, line: item.line, column: item.column))
    }
}
