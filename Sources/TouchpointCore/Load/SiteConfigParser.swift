import Foundation
/// Reads `site.yml`. Unknown keys are errors so typos do not pass silently;
/// custom values belong under `params`.
enum SiteConfigParser {
    static let keys = ["title", "description", "baseURL", "language", "theme", "menu", "unsafeHTML", "params"]

    static func parse(_ text: String, file: SourceFile) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        let root: Located<YAMLValue>?
        switch YAMLDocument.parse(text, file: file, firstLine: 1) {
        case let .success(value): root = value
        case let .failure(error): return (config, [error])
        }
        guard let root else { return (config, []) }
        guard case let .mapping(pairs) = root.value else {
            return (config, [file.error("expected key: value lines, found \(root.describe)", line: root.line, column: root.column)])
        }
        var errors: [Diagnostic] = []
        for (key, value) in pairs {
            switch key.value {
            case "title": config.title = errors.take(value.string("title", in: file)) ?? config.title
            case "description": config.description = errors.take(value.string("description", in: file)) ?? ""
            case "baseURL":
                if let url = errors.take(value.string("baseURL", in: file)), !url.isEmpty {
                    if url.hasPrefix("http://") || url.hasPrefix("https://") {
                        config.baseURL = url
                    } else {
                        errors.append(file.error("baseURL: expected an absolute http(s) URL such as https://cx.example.com/report/, found '\(url)'",
                                                 line: value.line, column: value.column))
                    }
                }
            case "language": config.language = errors.take(value.string("language", in: file)) ?? "en"
            case "theme":
                config.theme = errors.take(value.string("theme", in: file))
                config.themePosition = (value.line, value.column)
            case "unsafeHTML": config.unsafeHTML = errors.take(value.bool("unsafeHTML", in: file)) ?? false
            case "menu": config.menu = menu(value, file: file, errors: &errors)
            case "params":
                if case let .mapping(params) = value.value {
                    config.params = params.map { ($0.key.value, $0.value.value) }
                } else {
                    errors.append(file.error("params: expected a mapping of your own keys", line: value.line, column: value.column))
                }
            default:
                errors.append(file.error("unknown key '\(key.value)'" + Suggestion.didYouMean(key.value, in: keys),
                                         line: key.line, column: key.column))
            }
        }
        return (config, errors)
    }

    /// `menu: [journeys, kpis]` or entries with their own titles: `- {page: about.md, title: About us}`.
    private static func menu(_ value: Located<YAMLValue>, file: SourceFile, errors: inout [Diagnostic]) -> [SiteConfig.MenuEntry] {
        guard case let .sequence(items) = value.value else {
            errors.append(file.error("menu: expected a list of section folders or pages", line: value.line, column: value.column))
            return []
        }
        var entries: [SiteConfig.MenuEntry] = []
        for item in items {
            switch item.value {
            case let .scalar(text, _):
                entries.append(.init(target: text, title: nil, line: item.line, column: item.column))
            case let .mapping(pairs):
                var target: String?
                var title: String?
                for (k, v) in pairs {
                    guard case let .scalar(text, _) = v.value else {
                        errors.append(file.error("menu: \(k.value): expected text", line: v.line, column: v.column))
                        continue
                    }
                    switch k.value {
                    case "page", "section": target = text
                    case "title": title = text
                    default:
                        errors.append(file.error("menu: unknown key '\(k.value)'" + Suggestion.didYouMean(k.value, in: ["page", "section", "title"]),
                                                 line: k.line, column: k.column))
                    }
                }
                if let target {
                    entries.append(.init(target: target, title: title, line: item.line, column: item.column))
                } else {
                    errors.append(file.error("menu: an entry needs 'page' or 'section'", line: item.line, column: item.column))
                }
            case .sequence:
                errors.append(file.error("menu: expected a section folder or page, found a list", line: item.line, column: item.column))
            }
        }
        return entries
    }
}
