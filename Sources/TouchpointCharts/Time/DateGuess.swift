/// Which `xFormat` would read values that look like dates but are not ISO 8601,
/// for the hint of the error that refuses them.
enum DateGuess {
    static let candidates = ["%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%m-%d-%Y",
                             "%d/%m/%y", "%m/%d/%y", "%d.%m.%y", "%b %Y", "%B %Y", "%d %b %Y", "%b %d, %Y",
                             "Q%q %Y", "%YQ%q", "%Y Q%q", "%Y/%m/%d %H:%M", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M", "%d.%m.%Y %H:%M"]
        .compactMap { try? DatePattern.parse($0).get() }

    /// `xFormat: "%d/%m/%Y"`, naming both readings when day and month could swap; nil when nothing reads them all.
    static func hint(_ values: [String]) -> String? {
        let sample = values.count > 400 ? Array(values.prefix(200) + values.suffix(200)) : values
        let fitting = candidates.filter { pattern in sample.allSatisfy { pattern.read($0) != nil } }
        guard let first = fitting.first else { return nil }
        if fitting.count == 1 { return "xFormat: \(Phrase.quoted(first.text))" }
        return "xFormat: \(Phrase.quoted(first.text)) (or \(Phrase.quoted(fitting[1].text)) if that is how they are written)"
    }
}
