import TouchpointCharts
/// Checks a directive's `data:` path: relative, inside `Content/data`, a known file.
enum DataPath {
    enum Resolution: Equatable {
        case success(String)
        case failure(String)
    }

    /// The path below the content folder (`data/journeys/claims.json`), or why it is refused.
    static func resolve(_ path: String, known: Set<String>) -> Resolution {
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") {
            return .failure("data: '\(path)' must be a path relative to Content/data, such as journeys/claims.json")
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") || parts.contains(".") || parts.contains("") {
            return .failure("data: '\(path)' may not contain '..', '.' or empty parts; name a file under Content/data")
        }
        guard path.hasSuffix(".json") || path.hasSuffix(".csv") else {
            return .failure("data: '\(path)' is not a .json or .csv file")
        }
        let full = "data/" + path
        guard known.contains(full) else {
            let names = known.filter { $0.hasPrefix("data/") && ($0.hasSuffix(".json") || $0.hasSuffix(".csv")) }.map { String($0.dropFirst(5)) }
            return .failure("data: no file Content/data/\(path)" + Suggestion.didYouMean(path, in: Array(names)))
        }
        return .success(full)
    }
}
