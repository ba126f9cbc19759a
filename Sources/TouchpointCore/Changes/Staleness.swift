import Foundation
import TouchpointCharts

/// site.yml `staleAfter: 45d` (days) or `6w` (weeks): data whose `asOf` is
/// older than that on the day of the build is shown as stale.
struct StaleAfter: Sendable, Hashable {
    var days: Int
    var text: String
    var line = 1
    var column = 1

    static func parse(_ text: String) -> StaleAfter? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last, let count = Int(trimmed.dropLast()), count > 0, count <= 36_600 else { return nil }
        switch unit {
        case "d": return StaleAfter(days: count, text: trimmed)
        case "w": return StaleAfter(days: count * 7, text: trimmed)
        default: return nil
        }
    }
}

/// A data file older than `staleAfter`.
struct StaleFile: Sendable, Hashable, Codable {
    /// Below `data/`.
    var file: String
    var asOf: String
    /// Days between `asOf` and the day of the build.
    var days: Int
}

enum Staleness {
    /// The files of `data` (paths below the content folder) whose `asOf` lies more than `limit` days before `today`.
    static func staleFiles(_ data: DataStore, limit: StaleAfter?, today: Date) -> [StaleFile] {
        guard let limit else { return [] }
        let day = Int((today.timeIntervalSince1970 / 86_400).rounded(.down))
        return data.files.sorted { $0.key < $1.key }.compactMap { path, loaded in
            guard let asOf = loaded.provenance.asOf, let date = TimePoint(iso: asOf) else { return nil }
            let age = day - date.start.dayNumber
            guard age > limit.days else { return nil }
            return StaleFile(file: String(path.dropFirst("data/".count)), asOf: asOf, days: age)
        }
    }
}
