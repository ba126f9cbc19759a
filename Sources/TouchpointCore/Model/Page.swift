import TouchpointTemplates

/// What a page is in the site's structure.
public enum PageKind: String, Sendable {
    case home, section, page
}

/// A Markdown page as loaded: front matter read, body not yet parsed.
public struct Page: Sendable {
    /// Path below the content folder, e.g. `journeys/claims.md`.
    public var sourcePath: String
    public var kind: PageKind
    /// Output folder below the site root: `""` for home, `journeys/`, `journeys/claims/`.
    public var route: String
    /// The folder this page lists or belongs to: `journeys` (for `journeys/claims.md`
    /// and `journeys/index.md`), `""` at top level.
    public var folder: String
    public var frontMatter: FrontMatter
    public var body: String
    public var bodyFirstLine: Int
    /// Fingerprint of the whole source file, front matter included.
    var sourceHash = ""
    /// Set on the pages a `generate` page becomes: which rows of which file this one shows.
    var segment: PageSegment?
    /// Fingerprint of the front matter's YAML, when its parse may be reused
    /// by the next build (it parsed cleanly and holds no `params`).
    var reusableFrontMatterHash: String?

    public var outputPath: String { route + "index.html" }
}

public struct FrontMatter: Sendable {
    public var title: String?
    public var date: PageDate?
    public var summary: String?
    public var tags: [String] = []
    public var weight: Int?
    public var draft = false
    public var layout: String?
    var layoutLine = 1
    /// `generate: {data: PATH, by: FIELD}`: one page per value of FIELD in PATH.
    var generate: GenerateSpec?
    /// Keys Touchpoint does not know, passed to templates as `page.params`.
    var params: [(key: String, value: YAMLValue)] = []

    public init() {}

    var paramsValue: TemplateValue {
        var object = TemplateObject()
        for pair in params { object[pair.key] = pair.value.templateValue }
        return .object(object)
    }
}
