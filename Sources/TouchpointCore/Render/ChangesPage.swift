import TouchpointCharts
import TouchpointTemplates

/// `changes/`: what the last data refresh changed, most important first,
/// then file by file with the pages that chart each file.
enum ChangesPage {
    static let route = "changes/"
    static let path = route + "index.html"
    /// The highlights at the top of the page and the line on the home page.
    static let highlights = 5

    /// The id of a file's entry: `kpis/customer.json` → `data-kpis-customer-json`.
    static func anchor(_ file: String) -> String {
        "data-" + String(file.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func tone(_ change: DataChange) -> String {
        switch change.kind {
        case .targetMet: return "good"
        case .targetMissed: return "bad"
        default: return change.better.map { $0 ? "good" : "bad" } ?? "neutral"
        }
    }

    /// The template values of `changes` (docs/themes.md). `pages(file)` lists the pages charting a file.
    static func values(_ changes: SiteChanges, pages: (String) -> [TemplateValue]) -> TemplateObject {
        let refresh = changes.refresh
        let wording = changes.wording
        func item(_ change: DataChange) -> TemplateValue {
            .object(["text": .text(wording.sentence(change)), "tone": .text(tone(change)),
                     "crossesTarget": .bool(change.crossesTarget), "file": .text("data/" + change.file),
                     "fileURL": .text("#" + anchor(change.file))])
        }
        var values: TemplateObject = ["count": .int(refresh.changes.count), "isFirst": .bool(refresh.baseline == nil),
                                      "summary": .text(summary(changes))]
        if let asOf = refresh.asOf { values["asOf"] = .text(asOf); values["asOfDisplay"] = .text(wording.date(asOf)) }
        if let asOf = refresh.baselineAsOf {
            values["baselineAsOf"] = .text(asOf)
            values["baselineDisplay"] = .text(wording.date(asOf))
        }
        if let origin = refresh.baseline { values["baseline"] = .text(origin) }
        values["highlights"] = .list(refresh.changes.prefix(highlights).map(item))
        var files: [String] = []
        for change in refresh.changes where !files.contains(change.file) { files.append(change.file) }
        values["files"] = .list(files.map { file in
            var entry: TemplateObject = ["file": .text("data/" + file), "id": .text(anchor(file)),
                                         "items": .list(refresh.changes.filter { $0.file == file }.map(item))]
            if let since = refresh.sinceDate(of: file) { entry["sinceDisplay"] = .text(wording.date(since)) }
            let shown = pages("data/" + file)
            if !shown.isEmpty { entry["pages"] = .list(shown) }
            return .object(entry)
        })
        values["alerts"] = .list(changes.alerts.map { .object(["rule": .text($0.rule), "message": .text($0.message)]) })
        values["stale"] = .list(changes.stale.map {
            .object(["file": .text("data/" + $0.file), "asOf": .text($0.asOf), "days": .int($0.days)])
        })
        values["earlier"] = .list(changes.history.refreshes.dropFirst().map { older in
            var entry: TemplateObject = ["count": .int(older.changes.count)]
            if let asOf = older.asOf { entry["asOfDisplay"] = .text(wording.date(asOf)) }
            if let since = older.baselineAsOf { entry["baselineDisplay"] = .text(wording.date(since)) }
            entry["highlights"] = .list(older.changes.prefix(3).map(item))
            return .object(entry)
        })
        return values
    }

    /// The home page's `changes`: the summary, the first highlights, the alerts.
    static func homeValues(_ changes: SiteChanges, url: String) -> TemplateObject {
        var values: TemplateObject = ["url": .text(url), "summary": .text(summary(changes)), "count": .int(changes.refresh.changes.count)]
        values["highlights"] = .list(changes.refresh.changes.prefix(3).map {
            .object(["text": .text(changes.wording.sentence($0)), "tone": .text(tone($0))])
        })
        if !changes.alerts.isEmpty { values["alertsText"] = .text(Phrase.plural(changes.alerts.count, "alert") + " fired") }
        return values
    }

    /// "14 changes since 30 Jun 2026, 1 target newly met, 1 newly missed".
    static func summary(_ changes: SiteChanges) -> String {
        let refresh = changes.refresh
        guard refresh.baseline != nil else { return "The first refresh: there is no earlier data to compare with." }
        let since = refresh.baselineAsOf.map { " since \(changes.wording.date($0))" } ?? " since the last refresh"
        guard !refresh.changes.isEmpty else { return "No data changed" + since + "." }
        var text = Phrase.plural(refresh.changes.count, "change") + since
        let met = refresh.changes.filter { $0.kind == .targetMet }.count
        let missed = refresh.changes.filter { $0.kind == .targetMissed }.count
        if met > 0 { text += ", \(Phrase.plural(met, "target")) newly met" }
        if missed > 0 { text += ", \(met > 0 ? "\(missed)" : Phrase.plural(missed, "target")) newly missed" }
        return text + "."
    }
}
