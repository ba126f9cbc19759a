/// Colours for the series of a chart: the palette in order, or what the
/// author's `colors` map names. Past ten series colours would repeat, and two
/// series that look alike are a silently wrong chart, so they are refused.
enum SeriesColors {
    static let tokens = ["positive", "negative", "neutral"] + (1...10).map { "c\($0)" }

    static func resolve(_ names: [String], requested: [String: String]) -> Result<[String], ChartError> {
        for name in requested.keys.sorted() where !names.contains(name) {
            let list = names.prefix(12).map { Phrase.quoted($0) }.joined(separator: ", ")
            return .failure(ChartError("colors: there is no series \(Phrase.quoted(name))"
                + (Suggestion.closest(to: name, in: names).map { "; did you mean \(Phrase.quoted($0))?" } ?? "")
                + " (series: \(list))", option: "colors"))
        }
        if names.count > Palette.categorical.count, requested.count < names.count {
            return .failure(ChartError("\(names.count) series are more than the \(Palette.categorical.count) colours "
                + "a reader can tell apart; chart fewer series (filter the data, or pick fields with 'y'), "
                + "or use a heatmap", option: "series"))
        }
        var chosen: [String: String] = [:]
        for name in names {
            guard let token = requested[name] else { continue }
            guard let color = color(token) else {
                return .failure(ChartError("colors: \(Phrase.quoted(token)) for \(Phrase.quoted(name)) is not a colour; "
                    + "expected #RRGGBB or one of: \(tokens.joined(separator: ", "))", option: "colors"))
            }
            chosen[name] = color
        }
        // The other series keep their place in the palette unless the author gave that colour to
        // another series (`negative` is c6's orange, `positive` c3's green); then they take the
        // first colour no series has, so no two series look alike.
        var taken = Set(chosen.values.map(hex))
        let palette = (0..<Palette.categorical.count).map(Palette.series)
        var colors: [String] = []
        for (index, name) in names.enumerated() {
            if let color = chosen[name] { colors.append(color); continue }
            let own = Palette.series(index)
            let color = !taken.contains(hex(own)) ? own : palette.first { !taken.contains(hex($0)) } ?? own
            taken.insert(hex(color))
            colors.append(color)
        }
        return .success(colors)
    }

    /// `var(--tp-c1, #0072B2)` → `#0072B2`: what the reader sees.
    static func hex(_ color: String) -> String {
        guard let mark = color.lastIndex(of: "#") else { return color.uppercased() }
        return String(color[mark...].prefix(7)).uppercased()
    }

    static func color(_ token: String) -> String? {
        switch token {
        case "positive": return Palette.good
        case "negative": return Palette.bad
        case "neutral": return Palette.neutral
        default: break
        }
        if token.hasPrefix("c"), let n = Int(token.dropFirst()), (1...Palette.categorical.count).contains(n) {
            return Palette.series(n - 1)
        }
        let hex = token.dropFirst()
        if token.hasPrefix("#"), hex.count == 6, hex.allSatisfy(\.isHexDigit) { return token }
        return nil
    }
}

