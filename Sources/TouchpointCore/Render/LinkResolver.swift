import TouchpointCharts
import Foundation
import TouchpointMarkdown

/// Turns links between source files into links between output files, and
/// refuses links to pages, anchors or files that do not exist.
struct LinkResolver: Sendable {
    let plan: SitePlan
    /// Heading ids per page source path.
    let anchors: [String: Set<String>]
    let staticFiles: Set<String>
    let skippedDrafts: Set<String>
    var unreadablePages: Set<String> = []

    enum Outcome: Equatable {
        case keep
        case rewrite(String)
        case broken(String)
    }

    func resolve(_ destination: String, from page: Page) -> Outcome {
        if !Self.mayRewrite(destination) { return .keep }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        var query = ""
        if let q = path.firstIndex(of: "?") {
            query = String(path[q...])
            path = String(path[..<q])
        }
        let decoded = path.removingPercentEncoding ?? path

        if decoded.isEmpty {
            guard let fragment, !fragment.isEmpty else { return .keep }
            return checkAnchor(fragment, in: page.sourcePath, title: "this page") ?? .keep
        }
        // Links are relative to the folder holding the source file; for
        // `journeys/index.md` and `journeys/claims.md` alike that is `journeys`.
        // A link from `/` starts at the content folder: the output must work
        // under any subpath, so it is rewritten to a relative one like the rest.
        let folder = decoded.hasPrefix("/") ? "" : page.folder
        guard let target = RelativeURL.resolve(decoded, in: folder) else {
            return .broken("link '\(destination)' leads outside the content folder")
        }

        if target.hasSuffix(".md") {
            guard let index = plan.bySource[target] else {
                if unreadablePages.contains(target) { return .keep }
                if skippedDrafts.contains(target) {
                    return .broken("link '\(destination)' points to a draft page; build with --drafts or remove the link")
                }
                return .broken("link '\(destination)' points to a missing page (looked for \(target))")
            }
            if let fragment, !fragment.isEmpty, let problem = checkAnchor(fragment, in: target, title: target) {
                return problem
            }
            return .rewrite(RelativeURL.from(page.route, toRoute: plan.entries[index].page.route) + suffix(fragment))
        }
        if staticFiles.contains(target) {
            return .rewrite(RelativeURL.from(page.route, to: target) + query + suffix(fragment))
        }
        if let section = plan.sections[target] {
            return .rewrite(RelativeURL.from(page.route, toRoute: plan.entries[section.index].page.route) + suffix(fragment))
        }
        return .broken("link '\(destination)' points to a missing file (looked for \(target))")
    }

    private func checkAnchor(_ fragment: String, in source: String, title: String) -> Outcome? {
        let id = fragment.removingPercentEncoding ?? fragment
        guard let ids = anchors[source] else { return nil }
        if ids.contains(id) { return nil }
        return .broken("link to '#\(fragment)': \(title) has no heading with that id"
                       + Suggestion.didYouMean(id, in: Array(ids)))
    }

    private func suffix(_ fragment: String?) -> String {
        guard let fragment, !fragment.isEmpty else { return "" }
        return "#" + fragment
    }

    /// Whether `resolve` may give anything but `.keep`: known from the text
    /// alone, so a page's HTML can be prepared before the plan exists.
    static func mayRewrite(_ destination: String) -> Bool {
        !destination.isEmpty && !isExternal(destination)
    }

    /// `https:`, `mailto:`, `//host` — anything with a scheme.
    private static func isExternal(_ url: String) -> Bool {
        if url.hasPrefix("//") { return true }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
            && !url[..<colon].contains("/")
    }
}
