import TouchpointCharts

/// An alert that fired: the rule, what it saw, in words and numbers.
struct FiredAlert: Sendable, Hashable, Codable {
    /// The rule as site.yml says it: "nps below target".
    var rule: String
    var kpi: String?
    /// Below `data/`.
    var file: String?
    var value: Double?
    var threshold: Double?
    var message: String
}

/// site.yml `alerts` checked against this build's data and its refresh.
enum Alerts {
    static func evaluate(_ rules: [AlertRule], data: DataStore, refresh: Refresh, stale: [StaleFile],
                         locale: ChartLocale, file: SourceFile) -> Staged<[FiredAlert]> {
        var fired = Staged<[FiredAlert]>([])
        let kpis = data.files.sorted { $0.key < $1.key }.flatMap { path, loaded -> [(String, KPI)] in
            guard case let .kpis(list) = loaded.data else { return [] }
            return list.map { (String(path.dropFirst("data/".count)), $0) }
        }
        for rule in rules {
            if rule.condition == .stale {
                fired.value += stale.map { file in
                    FiredAlert(rule: rule.summary, file: file.file, value: Double(file.days), message:
                        "data/\(file.file) is \(file.days) days old (as of \(file.asOf))")
                }
                continue
            }
            guard let id = rule.kpi else { continue }
            let matching = kpis.filter { path, kpi in
                kpi.id == id && (rule.data.map { $0 == path || $0 == "data/" + path } ?? true)
            }
            guard !matching.isEmpty else {
                let known = Array(Set(kpis.map(\.1.id))).sorted()
                fired.report(file.error("alerts: no KPI '\(id)'\(rule.data.map { " in \($0)" } ?? " in any kpis file")"
                    + Suggestion.didYouMean(id, in: known), line: rule.line, column: rule.column))
                continue
            }
            for (path, kpi) in matching {
                if let alert = check(rule, kpi: kpi, file: path, refresh: refresh, locale: locale) { fired.value.append(alert) }
            }
        }
        return fired
    }

    static func check(_ rule: AlertRule, kpi: KPI, file: String, refresh: Refresh, locale: ChartLocale) -> FiredAlert? {
        let words = KPIWording(unit: kpi.unit, locale: locale)
        guard let latest = KPIChanges.latest(kpi) else { return nil }
        func alert(_ threshold: Double?, _ message: String) -> FiredAlert {
            FiredAlert(rule: rule.summary, kpi: kpi.id, file: file, value: latest.value, threshold: threshold, message: message)
        }
        func limit(_ threshold: AlertRule.Threshold) -> (Double, String)? {
            switch threshold {
            case .target: return kpi.target.map { ($0, "its target \(words.value($0))") }
            case let .value(number): return (number, words.value(number))
            }
        }
        let now = "\(kpi.name) is \(words.value(latest.value)) in \(words.period(latest.date))"
        switch rule.condition {
        case let .below(threshold):
            guard let (bound, said) = limit(threshold), latest.value < bound else { return nil }
            return alert(bound, "\(now), below \(said)")
        case let .above(threshold):
            guard let (bound, said) = limit(threshold), latest.value > bound else { return nil }
            return alert(bound, "\(now), above \(said)")
        case let .drop(amount), let .rise(amount):
            let change = refresh.changes.first {
                $0.file == file && [.moved, .targetMet, .targetMissed].contains($0.kind) && ($0.item == kpi.name || $0.item == kpi.id)
            }
            guard let change, let before = change.before, let after = change.after else { return nil }
            let delta = after - before
            let isDrop = rule.condition == .drop(amount)
            guard isDrop ? -delta >= amount : delta >= amount else { return nil }
            let since = refresh.sinceDate(of: file).map { " since \(words.period($0))" } ?? ""
            return alert(amount, "\(now), \(isDrop ? "down" : "up") \(words.change(delta))\(since)")
        case .stale:
            return nil
        }
    }
}
