import Foundation

/// One data refresh: this build's data against its baseline. Published with
/// the site in `data/_refreshes.json`, so the next build, anywhere, knows what
/// the last one showed.
struct Refresh: Sendable, Hashable, Codable {
    /// Fingerprint of the data this refresh describes: a build with the same
    /// data shows the same refresh instead of "nothing changed".
    var data: String
    /// The latest `asOf` of this build's data and of the baseline's.
    var asOf: String?
    var baselineAsOf: String?
    /// Where the baseline came from, in words: "the published site", "git:HEAD~1"; nil for none.
    var baseline: String?
    /// Per changed file (below `data/`): its own `asOf` in the baseline, for "since" notes.
    var since: [String: String] = [:]
    var changes: [DataChange] = []

    /// The date "since" notes give for a file: its own baseline date, else the baseline's.
    func sinceDate(of file: String) -> String? { since[file] ?? baselineAsOf }
}

/// The refreshes published with a site, newest first, at most `limit`.
struct RefreshHistory: Sendable, Hashable, Codable {
    static let format = "touchpoint-refreshes/1"
    static let path = "data/_refreshes.json"
    static let limit = 20
    /// A history larger than this is not one Touchpoint wrote.
    static let sizeLimit = 4 * 1024 * 1024

    var format = RefreshHistory.format
    var refreshes: [Refresh] = []

    /// `refresh` first, then the older ones, cut to the limit.
    func adding(_ refresh: Refresh) -> RefreshHistory {
        RefreshHistory(refreshes: Array(([refresh] + refreshes).prefix(Self.limit)))
    }

    var json: String { JSONOutput.text(self) }

    struct Unreadable: Error {
        var message: String
    }

    /// The history in `bytes`, or why it cannot be read.
    static func decode(_ bytes: Data) -> Result<RefreshHistory, Unreadable> {
        guard bytes.count <= sizeLimit else { return .failure(Unreadable(message: "larger than \(sizeLimit / 1_048_576) MB")) }
        do {
            let history = try JSONDecoder().decode(RefreshHistory.self, from: bytes)
            guard history.format == format else {
                return .failure(Unreadable(message: "format '\(history.format)', expected '\(format)'"))
            }
            return .success(history)
        } catch {
            return .failure(Unreadable(message: describe(error)))
        }
    }

    /// Where the JSON went wrong, in the history's own terms.
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." }.description
        }
        switch error as? DecodingError {
        case let .dataCorrupted(context)?:
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)): an unexpected value"
        case let .keyNotFound(key, context)?: return "\(path(context.codingPath + [key])): missing"
        case let .typeMismatch(_, context)?, let .valueNotFound(_, context)?:
            return "\(path(context.codingPath)): a value of the wrong type"
        default: return "not a history of refreshes"
        }
    }
}
