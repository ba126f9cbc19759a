/// Reads an x field as time: ISO 8601 by default, or the chart's `xFormat`.
/// It decides between time and categories, and refuses the mixtures in between.
struct TimeReader: Sendable {
    var pattern: DatePattern?

    static func make(_ xFormat: String?) -> Result<TimeReader, ChartError> {
        guard let xFormat else { return .success(TimeReader(pattern: nil)) }
        return DatePattern.parse(xFormat).map { TimeReader(pattern: $0) }
    }

    func read(_ text: String) -> TimePoint? {
        if let pattern { return pattern.read(text) }
        return TimePoint(iso: text)
    }

    /// One point per value (nil where the value is missing), or nil when the field holds no dates.
    func readAll(_ values: [RecordValue?], field: String) -> Result<[TimePoint?]?, ChartError> {
        let texts = values.map { RecordFields.isPresent($0) ? RecordFields.text($0) : nil }
        let present = texts.compactMap { $0 }
        guard let firstText = present.first else { return .success(nil) }
        if let pattern {
            var out: [TimePoint?] = []
            for text in texts {
                guard let text else { out.append(nil); continue }
                guard let point = pattern.read(text) else {
                    return .failure(ChartError("x value \(Phrase.quoted(text)) does not match xFormat "
                        + "\(Phrase.quoted(pattern.text)), as \(Phrase.quoted(firstText)) does", option: "xFormat"))
                }
                out.append(point)
            }
            return .success(out)
        }
        var out: [TimePoint?] = []
        var sample: String?
        var stray: String?
        for text in texts {
            guard let text else { out.append(nil); continue }
            switch TimePoint.read(text) {
            case .point(let p): out.append(p); sample = sample ?? text
            case .invalid(let problem): return .failure(ChartError("x value \(Phrase.quoted(text)): \(problem)", option: "x"))
            case .notADate: out.append(nil); stray = stray ?? text
            }
        }
        switch (sample, stray) {
        case (_?, nil): return .success(out)
        case (let sample?, let stray?):
            // Years alone ("2026") among words are more likely categories than dates.
            if out.allSatisfy({ $0 == nil || $0?.unit == .year }) { return .success(nil) }
            return .failure(ChartError("x value \(Phrase.quoted(stray)) is not a date, though \(Phrase.quoted(sample)) is; "
                + "write every \(Phrase.quoted(field)) as an ISO date (2026-01-15, 2026-01, 2026-Q1, 2026-W05) "
                + "or leave the cell empty", option: "x"))
        case (nil, _):
            if let hint = DateGuess.hint(present) {
                return .failure(ChartError("x values such as \(Phrase.quoted(firstText)) look like dates but are not ISO 8601; "
                    + "say how to read them with \(hint), or write them as 2026-01-15", option: "x"))
            }
            return .success(nil)
        }
    }
}
