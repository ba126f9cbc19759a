import TouchpointCharts
import Foundation
/// Reads `site.yml`. Unknown keys are errors so typos do not pass silently;
/// custom values belong under `params`.
enum SiteConfigParser {
    static let keys = ["title", "description", "baseURL", "language", "locale", "theme", "menu", "unsafeHTML", "params", "brand",
                       "baseline", "staleAfter", "alerts"]

    static func parse(_ text: String, file: SourceFile) -> Staged<SiteConfig> {
        var config = Staged(SiteConfig())
        guard let root = config.take(YAMLDocument.parse(text, file: file, firstLine: 1)) else { return config }
        guard case let .mapping(pairs) = root.value else {
            config.report(file.error("expected key: value lines, found \(root.describe)", line: root.line, column: root.column))
            return config
        }
        for (key, value) in pairs {
            switch key.value {
            case "title": config.value.title = config.take(value.string("title", in: file)) ?? config.value.title
            case "description": config.value.description = config.take(value.string("description", in: file)) ?? ""
            case "baseURL":
                if let url = config.take(value.string("baseURL", in: file)), !url.isEmpty {
                    if url.hasPrefix("http://") || url.hasPrefix("https://") {
                        config.value.baseURL = url
                    } else {
                        config.report(file.error("baseURL: expected an absolute http(s) URL such as https://cx.example.com/report/, found '\(url)'",
                                                 line: value.line, column: value.column))
                    }
                }
            case "language": config.value.language = config.take(value.string("language", in: file)) ?? "en"
            case "locale":
                if let code = config.take(value.string("locale", in: file)) {
                    if ChartLocale.named(code) != nil { config.value.locale = code } else {
                        config.report(file.error("locale: " + DataChecker.unknown("locale", code, ChartLocale.supported),
                                                 line: value.line, column: value.column))
                    }
                }
            case "theme":
                config.value.theme = config.take(value.string("theme", in: file))
                config.value.themePosition = (value.line, value.column)
            case "unsafeHTML": config.value.unsafeHTML = config.take(value.bool("unsafeHTML", in: file)) ?? false
            case "menu": config.value.menu = config.take(menu(value, file: file))
            case "params":
                if case let .mapping(params) = value.value {
                    config.value.params = params.map { ($0.key.value, $0.value.value) }
                } else {
                    config.report(file.error("params: expected a mapping of your own keys", line: value.line, column: value.column))
                }
            case "brand": config.value.brand = config.take(brand(value, file: file))
            case "baseline":
                guard let path = config.take(value.string("baseline", in: file)) else { continue }
                if path.isEmpty || path.hasPrefix("/") || path.hasPrefix("~") {
                    config.report(file.error("baseline: expected a folder relative to the site folder, such as Baseline, found '\(path)'",
                                             line: value.line, column: value.column))
                } else {
                    config.value.baseline = path
                    config.value.baselinePosition = (value.line, value.column)
                }
            case "staleAfter":
                guard let text = config.take(value.string("staleAfter", in: file)) else { continue }
                if var limit = StaleAfter.parse(text) {
                    (limit.line, limit.column) = (value.line, value.column)
                    config.value.staleAfter = limit
                } else {
                    config.report(file.error("staleAfter: expected days or weeks such as 45d or 6w, found '\(text)'",
                                             line: value.line, column: value.column))
                }
            case "alerts": config.value.alerts = config.take(AlertRule.parseList(value, file: file))
            default:
                config.report(file.error("unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: keys),
                                         line: key.line, column: key.column))
            }
        }
        return config
    }

    /// `brand: {accent: "#7B2D8E", logo: assets/logo.svg, footer: "© Harbor Mutual"}`.
    private static func brand(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<SiteConfig.Brand> {
        var brand = Staged(SiteConfig.Brand())
        guard case let .mapping(pairs) = value.value else {
            brand.report(file.error("brand: expected accent, logo and footer lines", line: value.line, column: value.column))
            return brand
        }
        for (key, setting) in pairs {
            let name = "brand.\(key.value)"
            switch key.value {
            case "accent":
                guard let hex = brand.take(setting.string(name, in: file)) else { continue }
                switch BrandPalette.make(accent: hex) {
                case .success(let palette): brand.value.palette = palette
                case .failure(let problem):
                    brand.report(file.error("\(name): \(problem.message)", line: setting.line, column: setting.column))
                }
            case "logo":
                guard let path = brand.take(setting.string(name, in: file)) else { continue }
                if path.hasPrefix("assets/"), !path.split(separator: "/").contains("..") { brand.value.logo = path } else {
                    brand.report(file.error("\(name): expected a file below Content/assets such as assets/logo.svg, found '\(path)'",
                                            line: setting.line, column: setting.column))
                }
            case "footer": brand.value.footer = brand.take(setting.string(name, in: file))
            default:
                brand.report(file.error("brand: unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: ["accent", "logo", "footer"]),
                                        line: key.line, column: key.column))
            }
        }
        return brand
    }

    /// `menu: [journeys, kpis]` or entries with their own titles: `- {page: about.md, title: About us}`.
    private static func menu(_ value: Located<YAMLValue>, file: SourceFile) -> Staged<[SiteConfig.MenuEntry]> {
        var entries = Staged<[SiteConfig.MenuEntry]>([])
        guard case let .sequence(items) = value.value else {
            entries.report(file.error("menu: expected a list of section folders or pages", line: value.line, column: value.column))
            return entries
        }
        for item in items {
            switch item.value {
            case let .scalar(text, _):
                entries.value.append(.init(target: text, title: nil, line: item.line, column: item.column))
            case let .mapping(pairs):
                var target: String?
                var title: String?
                for (k, v) in pairs {
                    guard case let .scalar(text, _) = v.value else {
                        entries.report(file.error("menu: \(k.value): expected text", line: v.line, column: v.column))
                        continue
                    }
                    switch k.value {
                    case "page", "section": target = text
                    case "title": title = text
                    default:
                        entries.report(file.error("menu: unknown key '\(k.value)'" + Suggestion.didYouMean(k.value, in: ["page", "section", "title"]),
                                                 line: k.line, column: k.column))
                    }
                }
                if let target {
                    entries.value.append(.init(target: target, title: title, line: item.line, column: item.column))
                } else {
                    entries.report(file.error("menu: an entry needs 'page' or 'section'", line: item.line, column: item.column))
                }
            case .sequence:
                entries.report(file.error("menu: expected a section folder or page, found a list", line: item.line, column: item.column))
            }
        }
        return entries
    }
}
