import Foundation

/// Links between output files, always relative so a site works under any
/// subpath and from `file://`. Folder links name `index.html` explicitly,
/// since a browser opening files from disk does not add it.
enum RelativeURL {
    /// From the page in folder `fromRoute` (e.g. `journeys/claims/`) to the output file `path`.
    static func from(_ fromRoute: String, to path: String) -> String {
        let depth = depthOf(fromRoute)
        guard depth == 0 else { return String(repeating: "../", count: depth) + encode(path) }
        return schemeSafe(encode(path))
    }

    /// A relative link whose first segment holds `:` reads as a URL scheme
    /// (`javascript:alert(1)/index.html`, `Q1:2026/`); `./` keeps it a path.
    static func schemeSafe(_ relative: String) -> String {
        let firstSegment = relative.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return firstSegment.contains(":") ? "./" + relative : relative
    }

    /// From a page to another page's route.
    static func from(_ fromRoute: String, toRoute route: String) -> String {
        from(fromRoute, to: route + "index.html")
    }

    static func root(from route: String) -> String {
        String(repeating: "../", count: depthOf(route))
    }

    /// Folders in a route (`a/b/` → 2), counted on bytes: this runs for every link of every page.
    static func depthOf(_ route: String) -> Int {
        var depth = 0
        var inSegment = false
        for byte in route.utf8 {
            let slash = byte == UInt8(ascii: "/")
            if !slash && !inSegment { depth += 1 }
            inSegment = !slash
        }
        return depth
    }

    /// Percent-encodes a path. Called for every link of every page, so the
    /// common all-ASCII-safe case returns at once without Foundation.
    static func encode(_ path: String) -> String {
        if path.utf8.allSatisfy(isSafe) { return path }
        var out = ""
        out.reserveCapacity(path.utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            if isSafe(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return out
    }

    /// Unreserved characters, sub-delimiters that are safe in a path, `/`, `:` and `@`.
    private static func isSafe(_ byte: UInt8) -> Bool { safeBytes[Int(byte)] }

    private static let safeBytes: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~/!$&'()*+,=:@".utf8.contains(byte)
        }
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
