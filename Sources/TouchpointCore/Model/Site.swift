import Foundation

/// The content folder, loaded: configuration, pages and files copied as they are.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Pages sorted by source path; drafts only when asked for.
    public var pages: [Page]
    /// Files copied verbatim, by path below the content folder (assets, data, files beside pages).
    public var staticFiles: [String]
    /// Draft pages left out of this build, so a link to one can say so.
    public var skippedDrafts: Set<String>
    /// Pages that could not be read: their errors are reported already, so links to them are not.
    public var unreadablePages: Set<String> = []
    public var contentFolder: URL
    /// How the content folder is named in diagnostics, e.g. `Content`.
    public var displayPrefix: String
    var configHash = ""

    func sourceFile(_ relativePath: String) -> SourceFile {
        SourceFile(displayPath: displayPrefix.isEmpty ? relativePath : displayPrefix + "/" + relativePath)
    }
}
