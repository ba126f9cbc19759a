/// Splits a Markdown file into its YAML front matter and body.
struct FrontMatterSplit: Sendable {
    /// The YAML between the `---` lines, nil when the file has none.
    var yaml: String?
    /// File line of the YAML's first line.
    var yamlFirstLine: Int
    var body: String
    /// File line of the body's first line.
    var bodyFirstLine: Int

    static func split(_ text: String, file: SourceFile) -> Staged<FrontMatterSplit?> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") || text == "---" else {
            return Staged(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: String(text), bodyFirstLine: 1))
        }
        // Lines are found by their bytes: walking Characters cost a tenth of a rebuild.
        let utf8 = text.utf8
        var lines: [Substring] = []
        var lineNumber = 1
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let end = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            var lineEnd = end
            if lineEnd > index, utf8[utf8.index(before: lineEnd)] == UInt8(ascii: "\r") { lineEnd = utf8.index(before: lineEnd) }
            let line = text[index..<lineEnd]
            let next = end < utf8.endIndex ? utf8.index(after: end) : end
            if lineNumber > 1, line == "---" || line == "..." {
                let yaml = lines.joined(separator: "\n")
                return Staged(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: String(text[next...]),
                                               bodyFirstLine: lineNumber + 1))
            }
            if lineNumber > 1 { lines.append(line) }
            lineNumber += 1
            index = next
        }
        return .failure(file.error("front matter is not closed: expected a line '---' after the YAML that starts on line 1"))
    }
}
