import Foundation
import TouchpointCharts

/// Stage 5, changes: this build's data against the previous published
/// refresh's, the history to publish with the site, stale data and alerts.
enum ChangesStage {
    static func run(_ site: Site, data: DataStore, options: BuildOptions) -> Staged<SiteChanges> {
        options.progress?("Comparing with the last refresh")
        var result = Staged(SiteChanges(wording: ChangeWording(locale: site.config.chartLocale)))
        let siteFile = site.sourceFile("site.yml")
        let baseline = result.take(Baseline.load(options, config: site.config, siteFile: siteFile, current: data))
        let current = Dictionary(uniqueKeysWithValues: data.files.map { (String($0.key.dropFirst("data/".count)), $0.value) })
        let fingerprint = dataFingerprint(data)
        if let latest = baseline.history.refreshes.first, latest.data == fingerprint {
            // The same data as the last refresh: its story stands.
            result.value.refresh = latest
            result.value.history = baseline.history
        } else {
            var refresh = Refresh(data: fingerprint, asOf: current.values.compactMap(\.provenance.asOf).max(),
                                  baselineAsOf: baseline.asOf, baseline: baseline.origin)
            if baseline.origin != nil {
                refresh.changes = ChangeDetector.changes(from: baseline.files.mapValues(\.data), to: current.mapValues(\.data))
                for file in Set(refresh.changes.map(\.file)) {
                    if let asOf = baseline.files[file]?.provenance.asOf { refresh.since[file] = asOf }
                }
            }
            result.value.refresh = refresh
            result.value.history = baseline.history.adding(refresh)
        }

        let config = site.config
        result.value.stale = Staleness.staleFiles(data, limit: config.staleAfter, today: options.today)
        if let limit = config.staleAfter {
            for file in result.value.stale {
                result.report(site.sourceFile("data/" + file.file).warning(
                    "stale data: as of \(file.asOf), \(file.days) days before this build; site.yml staleAfter is \(limit.text)"))
            }
        }
        let alerts = result.take(Alerts.evaluate(config.alerts, data: data, refresh: result.value.refresh, stale: result.value.stale,
                                                 locale: config.chartLocale, file: siteFile))
        result.value.alerts = alerts
        for (alert, rule) in alerts.map({ alert in (alert, config.alerts.first { $0.summary == alert.rule }) }) {
            result.report(siteFile.warning("alert '\(alert.rule)': \(alert.message)", line: rule?.line ?? 1, column: rule?.column ?? 1))
        }
        return result
    }

    /// The data files' contents, whatever folder they are in.
    static func dataFingerprint(_ data: DataStore) -> String {
        var print = Fingerprint()
        for (path, hash) in data.hashes.sorted(by: { $0.key < $1.key }) {
            print.add(path)
            print.add(hash)
        }
        return print.hex
    }
}
