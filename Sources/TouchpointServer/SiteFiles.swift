import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps request paths to files of the built site. Resolves from the folder's
/// path on every request: each build swaps a new folder in under that path, so
/// anything cached (handles, real paths) would point into the previous site.
struct SiteFiles: Sendable {
    enum Resolution: Equatable {
        case file(path: String, type: String)
        /// A folder asked for without its slash; pages link to `section/`.
        case redirect(location: String)
        case notFound
        case forbidden
    }

    let root: URL

    func resolve(rawPath: String, query: String = "") -> Resolution {
        let segments: [String]
        let trailingSlash: Bool
        switch RequestPath(raw: rawPath) {
        case .forbidden: return .forbidden
        case .hidden: return .notFound
        case let .path(parts, slash): (segments, trailingSlash) = (parts, slash)
        }
        guard let base = Self.realPath(root.path) else { return .notFound }
        let candidate = segments.isEmpty ? base : base + "/" + segments.joined(separator: "/")

        if trailingSlash || segments.isEmpty {
            return file(at: candidate + "/index.html", inside: base)
        }
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard Self.isInside(real, base) else { return .forbidden }
        if Self.kind(real) == .directory {
            guard case .file = file(at: candidate + "/index.html", inside: base) else { return .notFound }
            let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentAllowed) ?? "" }
            return .redirect(location: "/" + encoded.joined(separator: "/") + "/" + (query.isEmpty ? "" : "?" + query))
        }
        return file(at: candidate, inside: base)
    }

    /// The site's own 404 page, if the build made one.
    func notFoundPage() -> String? {
        guard let base = Self.realPath(root.path), case let .file(path, _) = file(at: base + "/404.html", inside: base) else { return nil }
        return path
    }

    private func file(at path: String, inside base: String) -> Resolution {
        // A symlink may point anywhere; only what it resolves to counts.
        guard let real = Self.realPath(path) else { return .notFound }
        guard Self.isInside(real, base) else { return .forbidden }
        guard Self.kind(real) == .file else { return .notFound }
        return .file(path: real, type: MIMETypes.type(forPath: real))
    }

    private static let segmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#%"))

    static func isInside(_ path: String, _ base: String) -> Bool {
        path.hasPrefix(base == "/" ? "/" : base + "/")
    }

    enum Kind { case file, directory, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension SiteFiles {
    /// A real folder, not a symlink to one (watchers must not follow links out of the site).
    static func isDirectoryNoFollow(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
