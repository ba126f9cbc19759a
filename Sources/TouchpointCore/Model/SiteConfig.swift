import Foundation
import TouchpointCharts
/// `site.yml`.
public struct SiteConfig: Sendable {
    public var title = "Untitled report"
    public var description = ""
    public var baseURL: String?
    public var language = "en"
    /// Number and month formats of charts and tables; nil follows `language` where it is supported.
    public var locale: String?
    public var theme: String?
    /// Where `theme` is set, so an unknown theme is reported there.
    var themePosition = (line: 1, column: 1)
    public var menu: [MenuEntry] = []
    public var unsafeHTML = false
    var params: [(key: String, value: YAMLValue)] = []
    /// `brand: {accent, logo, footer}`: the default theme restyled without a theme folder.
    var brand = Brand()
    /// A folder (relative to the site folder) with the data to compare with while the
    /// output folder holds no published refresh yet (docs/refresh.md).
    public var baseline: String?
    var baselinePosition = (line: 1, column: 1)
    /// Data older than this on the day of the build is marked stale.
    var staleAfter: StaleAfter?
    var alerts: [AlertRule] = []

    struct Brand: Sendable {
        var palette: BrandPalette?
        /// A file below `Content/assets/`, shown in the header beside the title.
        var logo: String?
        var footer: String?
        var isEmpty: Bool { palette == nil && logo == nil && footer == nil }
    }

    public struct MenuEntry: Sendable {
        public var target: String
        public var title: String?
        var line: Int
        var column: Int
    }

    public init() {}

    /// The charts' locale: `locale`, else the language's base ("de-CH" → de) when supported, else English.
    public var chartLocale: ChartLocale {
        if let locale, let named = ChartLocale.named(locale) { return named }
        let base = String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
        return ChartLocale.named(base) ?? .en
    }

    /// baseURL with exactly one trailing slash, or nil.
    public var normalizedBaseURL: String? {
        guard var base = baseURL?.trimmingCharacters(in: .whitespaces), !base.isEmpty else { return nil }
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/"
    }
}
