import Foundation
import TouchpointCharts

/// What a build tells readers about its refresh: the changes against the
/// baseline, the history to publish, stale files and fired alerts.
struct SiteChanges: Sendable {
    var refresh = Refresh(data: "")
    var history = RefreshHistory()
    var stale: [StaleFile] = []
    var alerts: [FiredAlert] = []
    var wording = ChangeWording()

    /// A refresh's changes of one file (a path below the content folder: `data/kpis/customer.json`).
    func changes(of path: String) -> [DataChange] {
        let file = String(path.dropFirst("data/".count))
        return refresh.changes.filter { $0.file == file }
    }

    func stale(_ path: String) -> StaleFile? {
        let file = String(path.dropFirst("data/".count))
        return stale.first { $0.file == file }
    }

    /// The "since" note beside a chart over `path`, when its data changed; with `items`
    /// (the KPIs a chart selects, by id and name), only about those.
    func note(for path: String, items: Set<String>? = nil) -> String? {
        let changes = changes(of: path).filter { change in
            // A survey's changes are named "question › segment: value"; a chart of the question shows them all.
            items.map { $0.contains(change.item) || $0.contains { change.item.hasPrefix($0 + " › ") } } ?? true
        }
        guard !changes.isEmpty else { return nil }
        return wording.note(changes, since: refresh.sinceDate(of: String(path.dropFirst("data/".count))))
    }

    /// A KPI card's note: "Since 30 Jun 2026: 32 → 35".
    func cardNotes(for path: String, kpis: [KPI]) -> [String: String] {
        let changes = changes(of: path)
        var notes: [String: String] = [:]
        let since = refresh.sinceDate(of: String(path.dropFirst("data/".count))).map { "Since \(wording.date($0))" }
            ?? "Since the last refresh"
        for kpi in kpis {
            guard let change = changes.first(where: { $0.item == kpi.name || $0.item == kpi.id }) else { continue }
            var brief = wording.brief(change)
            if brief.hasPrefix(change.item + " ") { brief = String(brief.dropFirst(change.item.count + 1)) }
            notes[kpi.id] = since + ": " + brief
        }
        return notes
    }

    /// The fingerprint of what pages charting `path` show of this refresh, for their input keys.
    /// (All of a file's changes, whichever a page's charts select: a page's key does not know its selections.)
    func noteKey(for path: String) -> String {
        let changes = changes(of: path)
        let stale = stale(path)
        guard !changes.isEmpty || stale != nil else { return "" }
        var print = Fingerprint()
        print.add(refresh.sinceDate(of: String(path.dropFirst("data/".count))) ?? "-")
        for change in changes { print.add(String(describing: change)) }
        if let stale { print.add("stale \(stale.asOf)") }
        return print.hex
    }

    /// The fingerprint of the changes page and the home page's line about it.
    var pageKey: String {
        var print = Fingerprint()
        print.add(history.json)
        for file in stale { print.add(String(describing: file)) }
        for alert in alerts { print.add(String(describing: alert)) }
        return print.hex
    }
}
