/// A request's raw (still percent-encoded) path, split into segments that are
/// safe to join onto the output folder, or the reason it may not be.
///
/// FlyingFox hands handlers `request.path` already decoded and with dot
/// segments collapsed, which would turn `/journeys/..%2f..%2fsecret` into a
/// different, innocent-looking path; so this works on `request.target` instead
/// and decodes each segment exactly once.
enum RequestPath: Equatable {
    case path(segments: [String], trailingSlash: Bool)
    /// Climbs out of the folder or smuggles a separator: 403.
    case forbidden
    /// Hidden names (`.touchpoint-output`, `.git`) are never part of the site: 404.
    case hidden

    init(raw: String) {
        guard raw.hasPrefix("/") else {
            self = .forbidden
            return
        }
        var segments: [String] = []
        for piece in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let name = String(piece).removingPercentEncoding else {
                self = .forbidden
                return
            }
            if name == "." { continue }
            if name == ".." || name.contains("/") || name.contains("\\") || name.contains("\0") {
                self = .forbidden
                return
            }
            if name.hasPrefix(".") {
                self = .hidden
                return
            }
            segments.append(name)
        }
        self = .path(segments: segments, trailingSlash: raw.hasSuffix("/"))
    }
}
