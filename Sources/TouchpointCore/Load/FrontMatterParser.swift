import Foundation
/// Reads front matter keys with an error per bad value.
enum FrontMatterParser {
    static func parse(_ yaml: String?, firstLine: Int, file: SourceFile) -> (FrontMatter, [Diagnostic]) {
        var fm = FrontMatter()
        guard let yaml else { return (fm, []) }
        let root: Located<YAMLValue>?
        switch YAMLDocument.parse(yaml, file: file, firstLine: firstLine) {
        case let .success(value): root = value
        case let .failure(error): return (fm, [error])
        }
        guard let root else { return (fm, []) }
        guard case let .mapping(pairs) = root.value else {
            return (fm, [file.error("front matter: expected key: value lines, found \(root.describe)",
                                    line: root.line, column: root.column)])
        }
        var errors: [Diagnostic] = []
        for (key, value) in pairs {
            switch key.value {
            case "title": fm.title = errors.take(value.string("title", in: file))
            case "summary": fm.summary = errors.take(value.string("summary", in: file))
            case "date":
                if let text = errors.take(value.string("date", in: file)) {
                    if let date = PageDate(text) {
                        fm.date = date
                    } else {
                        errors.append(file.error("date: expected an ISO 8601 date such as 2026-03-12, found '\(text)'",
                                                 line: value.line, column: value.column))
                    }
                }
            case "tags":
                let tags = errors.take(value.strings("tags", in: file)) ?? []
                for tag in tags where tag.value.trimmingCharacters(in: .whitespaces).isEmpty {
                    errors.append(file.error("tags: a tag may not be empty", line: tag.line, column: tag.column))
                }
                // A tag names its page's folder, tags/SLUG/.
                for tag in tags where Slug.make(tag.value).utf8.count > OutputSet.maximumNameBytes {
                    errors.append(file.error("tags: a tag of \(tag.value.count) characters is too long to name its page's folder "
                                             + "(\(OutputSet.maximumNameBytes) bytes at most); shorten it",
                                             line: tag.line, column: tag.column))
                }
                fm.tags = tags.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case "weight": fm.weight = errors.take(value.int("weight", in: file))
            case "draft": fm.draft = errors.take(value.bool("draft", in: file)) ?? false
            case "layout":
                if let name = errors.take(value.string("layout", in: file)) {
                    if name.range(of: #"^[A-Za-z0-9_-]+$"#, options: .regularExpression) == nil {
                        errors.append(file.error("layout: expected a layout name such as 'page', found '\(name)'",
                                                 line: value.line, column: value.column))
                    } else {
                        fm.layout = name
                        fm.layoutLine = value.line
                    }
                }
            default:
                fm.params.append((key.value, value.value))
            }
        }
        return (fm, errors)
    }
}
