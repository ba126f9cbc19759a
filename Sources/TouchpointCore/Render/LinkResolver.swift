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

    /// Where a link leads, once checked.
    enum Target: Equatable {
        case keep
        /// A heading of the linking page itself.
        case here(fragment: String)
        case page(route: String, fragment: String?)
        /// A file of the content folder; `suffix` is the query and fragment as written.
        case file(path: String, suffix: String)
        case broken(String)
    }

    /// The link to `target` (found by `locate`) as the page at `page.route` writes it.
    func resolve(_ target: Target, from page: Page) -> Outcome {
        switch target {
        case .keep, .here: return .keep
        case let .page(route, fragment): return .rewrite(RelativeURL.from(page.route, toRoute: route) + suffix(fragment))
        case let .file(path, suffix): return .rewrite(RelativeURL.from(page.route, to: path) + suffix)
        case let .broken(message): return .broken(message)
        }
    }

    /// The link as the report edition writes it: pages are anchors of the one
    /// document (`PageAnchor`), files are found from `print/`.
    func resolveInReport(_ target: Target, from page: Page) -> Outcome {
        switch target {
        case .keep: return .keep
        case let .here(fragment): return .rewrite("#" + PageAnchor.heading(fragment, on: page.route))
        case let .page(route, fragment):
            let anchor = fragment.map { PageAnchor.heading(decodedFragment($0), on: route) } ?? PageAnchor.page(route)
            return .rewrite("#" + anchor)
        case let .file(path, suffix): return .rewrite(RelativeURL.from(PageAnchor.editionRoute, to: path) + suffix)
        case let .broken(message): return .broken(message)
        }
    }

    func locate(_ destination: String, from page: Page) -> Target {
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
        if fragment?.isEmpty == true { fragment = nil }

        if decoded.isEmpty {
            guard let fragment else { return .keep }
            if let problem = checkAnchor(fragment, in: page.sourcePath, title: "this page") { return problem }
            return query.isEmpty ? .here(fragment: decodedFragment(fragment)) : .keep
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
            if let fragment, let problem = checkAnchor(fragment, in: target, title: target) {
                return problem
            }
            return .page(route: plan.entries[index].page.route, fragment: fragment)
        }
        if staticFiles.contains(target) {
            return .file(path: target, suffix: query + suffix(fragment))
        }
        if let section = plan.sections[target] {
            return .page(route: plan.entries[section.index].page.route, fragment: fragment)
        }
        return .broken("link '\(destination)' points to a missing file (looked for \(target))")
    }

    private func decodedFragment(_ fragment: String) -> String { fragment.removingPercentEncoding ?? fragment }

    private func checkAnchor(_ fragment: String, in source: String, title: String) -> Target? {
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
