import Foundation

/// What `touchpoint check --changes FILE` writes: the refresh, each change
/// with its sentence, stale files and fired alerts. The schema is in docs/refresh.md.
enum ChangesFile {
    static let format = "touchpoint-changes/1"

    struct Entry: Encodable {
        var change: DataChange
        var text: String

        func encode(to encoder: any Encoder) throws {
            try change.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(text, forKey: .text)
        }

        enum Key: String, CodingKey { case text }
    }

    struct Document: Encodable {
        var format = ChangesFile.format
        var asOf: String?
        var baselineAsOf: String?
        var baseline: String?
        var changes: [Entry]
        var stale: [StaleFile]
        var alerts: [FiredAlert]
    }

    static func json(_ changes: SiteChanges) -> String {
        let refresh = changes.refresh
        let document = Document(asOf: refresh.asOf, baselineAsOf: refresh.baselineAsOf, baseline: refresh.baseline,
                                changes: refresh.changes.map { Entry(change: $0, text: changes.wording.sentence($0)) },
                                stale: changes.stale, alerts: changes.alerts)
        return JSONOutput.text(document)
    }
}
