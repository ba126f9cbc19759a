import Foundation

/// Links between output files, always relative so a site works under any
/// subpath and from `file://`. Folder links name `index.html` explicitly,
/// since a browser opening files from disk does not add it.
enum RelativeURL {
    /// From the page in folder `fromRoute` (e.g. `journeys/claims/`) to the output file `path`.
    static func from(_ fromRoute: String, to path: String) -> String {
        let depth = fromRoute.split(separator: "/").count
        return String(repeating: "../", count: depth) + encode(path)
    }

    /// From a page to another page's route.
    static func from(_ fromRoute: String, toRoute route: String) -> String {
        from(fromRoute, to: route + "index.html")
    }

    static func root(from route: String) -> String {
        String(repeating: "../", count: route.split(separator: "/").count)
    }

    static let allowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "?#;")
        return set
    }()

    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// Joins `base` (a folder below the content root, e.g. `journeys`) and a
    /// relative path, resolving `.` and `..`; nil when it leaves the root.
    static func resolve(_ relative: String, in base: String) -> String? {
        var parts = base.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
