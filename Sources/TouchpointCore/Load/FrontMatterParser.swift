import Foundation
/// Reads front matter keys with an error per bad value.
enum FrontMatterParser {
    static func parse(_ yaml: String?, firstLine: Int, file: SourceFile) -> Staged<FrontMatter> {
        var fm = Staged(FrontMatter())
        guard let yaml, let root = fm.take(YAMLDocument.parse(yaml, file: file, firstLine: firstLine)) else { return fm }
        guard case let .mapping(pairs) = root.value else {
            fm.report(file.error("front matter: expected key: value lines, found \(root.describe)",
                                 line: root.line, column: root.column))
            return fm
        }
        for (key, value) in pairs {
            switch key.value {
            case "title": fm.value.title = fm.take(value.string("title", in: file))
            case "summary": fm.value.summary = fm.take(value.string("summary", in: file))
            case "date":
                if let text = fm.take(value.string("date", in: file)) {
                    if let date = PageDate(text) {
                        fm.value.date = date
                    } else {
                        fm.report(file.error("date: expected an ISO 8601 date such as 2026-03-12, found '\(text)'",
                                                 line: value.line, column: value.column))
                    }
                }
            case "tags":
                let tags = fm.take(value.strings("tags", in: file)) ?? []
                for tag in tags where tag.value.trimmingCharacters(in: .whitespaces).isEmpty {
                    fm.report(file.error("tags: a tag may not be empty", line: tag.line, column: tag.column))
                }
                // A tag names its page's folder, tags/SLUG/.
                for tag in tags where Slug.make(tag.value).utf8.count > OutputSet.maximumNameBytes {
                    fm.report(file.error("tags: a tag of \(tag.value.count) characters is too long to name its page's folder "
                                             + "(\(OutputSet.maximumNameBytes) bytes at most); shorten it",
                                             line: tag.line, column: tag.column))
                }
                fm.value.tags = tags.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case "weight": fm.value.weight = fm.take(value.int("weight", in: file))
            case "draft": fm.value.draft = fm.take(value.bool("draft", in: file)) ?? false
            case "layout":
                if let name = fm.take(value.string("layout", in: file)) {
                    if name.range(of: #"^[A-Za-z0-9_-]+$"#, options: .regularExpression) == nil {
                        fm.report(file.error("layout: expected a layout name such as 'page', found '\(name)'",
                                                 line: value.line, column: value.column))
                    } else {
                        fm.value.layout = name
                        fm.value.layoutLine = value.line
                    }
                }
            case "generate": fm.value.generate = fm.take(GenerateSpec.parse(value, file: file))
            default:
                fm.value.params.append((key.value, value.value))
            }
        }
        return fm
    }
}
