import Foundation

/// One file the site will hold: known, with the key of its inputs, before
/// anything is rendered, so a rebuild can decide what to carry over and the
/// writer can stream each file as it is made.
struct PlannedOutput: Sendable {
    enum Maker: Sendable {
        /// The page of `SitePlan.entries[index]`.
        case page(Int)
        /// The page of `SitePlan.tags[index]`.
        case tag(Int)
        case tagIndex
        case notFound
        /// The search page, with every page listed for readers without JavaScript.
        case search
        /// What the last data refresh changed.
        case changes
        /// The report edition, assembled from every page's part once the pages are made.
        case edition(dataAsOf: String?)
        /// `search/index.js`, of every page's outline: made only when its key changed.
        case searchIndex
        /// Generated whole at planning: the sitemap, the feed.
        case text(String)
        /// A theme asset, as the theme holds it.
        case bytes(Data)
        /// A file of the content folder, copied as it is.
        case copy(URL)
    }

    var path: String
    var maker: Maker
    /// Fingerprint of everything the file is made from; empty when unknown,
    /// and then it is always made anew.
    var key: String

    var isPage: Bool {
        if case .page = maker { return true }
        return false
    }
}
