/// Reading the ISO 8601 shapes data files use: `2026`, `2026-03`, `2026-03-12`,
/// `2026-Q1`, `2026-W05` (or `2026-W05-3`), and date-times such as
/// `2026-03-12T14:30`, `2026-03-12 14:30:05Z` or `2026-03-12T14:30+01:00`.
extension TimePoint {
    public enum Reading: Sendable, Equatable {
        case point(TimePoint)
        /// Not one of the shapes at all.
        case notADate
        /// The right shape but no such date ("2026-Q5"); the problem in words.
        case invalid(String)
    }

    public init?(iso text: String) {
        guard case .point(let p) = TimePoint.read(text) else { return nil }
        self = p
    }

    /// Date-times are placed at the clock time they are written in: a zone offset
    /// ("+01:00", "Z") is checked but not applied, so a queue measured at 09:00
    /// local time is drawn at 09:00, as its readers know it.
    public static func read(_ raw: String) -> Reading {
        let text = raw.trimmingSpaces
        let (datePart, timePart) = split(text)
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, first.allDigits, let year = Int(first) else { return .notADate }
        if parts.count == 1 { return timePart == nil ? .point(TimePoint(unit: .year, start: CalendarDate(year: year, month: 1))) : .notADate }
        let second = parts[1]
        if timePart == nil, parts.count == 2, second.count == 2, second.first == "Q" || second.first == "q" {
            guard let q = Int(second.dropFirst()), (1...4).contains(q) else { return .invalid("\(text) is not a real quarter: quarters run Q1…Q4") }
            return .point(TimePoint(unit: .quarter, start: CalendarDate(year: year, month: (q - 1) * 3 + 1)))
        }
        if timePart == nil, second.count == 3, second.first == "W" || second.first == "w", parts.count <= 3 {
            return week(text, year: year, week: String(second.dropFirst()), weekday: parts.count == 3 ? parts[2] : nil)
        }
        guard second.count == 2, second.allDigits, let month = Int(second) else { return .notADate }
        guard (1...12).contains(month) else { return .invalid("\(text) is not a real date: there is no month \(month)") }
        if parts.count == 2 { return timePart == nil ? .point(TimePoint(unit: .month, start: CalendarDate(year: year, month: month))) : .notADate }
        guard parts.count == 3, parts[2].count == 2, parts[2].allDigits, let day = Int(parts[2]) else { return .notADate }
        guard (1...CalendarDate.daysIn(year, month)).contains(day) else {
            return .invalid("\(text) is not a real date: month \(second) has no day \(day)")
        }
        let date = CalendarDate(year: year, month: month, day: day)
        guard let timePart else { return .point(TimePoint(unit: .day, start: date)) }
        switch clock(timePart) {
        case .none: return .notADate
        case .some(.failure(let problem)): return .invalid("\(text) is not a real time: \(problem)")
        case .some(.success(let seconds)):
            return .point(TimePoint(unit: .instant, start: date, seconds: seconds))
        }
    }

    private static func split(_ text: String) -> (String, String?) {
        guard let index = text.firstIndex(where: { $0 == "T" || $0 == " " }) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    private static func week(_ text: String, year: Int, week: String, weekday: String?) -> Reading {
        guard week.count == 2, week.allDigits, let w = Int(week) else { return .notADate }
        guard (1...ISOWeek.weeks(in: year)).contains(w) else {
            return .invalid("\(text) is not a real ISO week: \(year) has weeks W01…W\(ISOWeek.weeks(in: year))")
        }
        let monday = ISOWeek(year: year, week: w).monday
        guard let weekday else { return .point(TimePoint(unit: .week, start: CalendarDate(dayNumber: monday))) }
        guard weekday.count == 1, let d = Int(weekday), (1...7).contains(d) else {
            return .invalid("\(text) is not a real ISO week date: the weekday runs 1 (Monday) … 7")
        }
        return .point(TimePoint(unit: .day, start: CalendarDate(dayNumber: monday + d - 1)))
    }

    /// Seconds after midnight for "HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM]"; nil when not that shape.
    private static func clock(_ text: String) -> Result<Int, Problem>? {
        var rest = Substring(text)
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: sign)...].filter { $0 != ":" }
            guard zone.count == 4, zone.allDigits, let h = Int(zone.prefix(2)), let m = Int(zone.suffix(2)) else { return nil }
            guard h <= 14, m < 60 else { return .failure(Problem("the offset \(rest[sign...]) is out of range")) }
            rest = rest[..<sign]
        }
        let fields = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3, fields[0].count == 2, fields[1].count == 2,
              fields[0].allDigits, fields[1].allDigits, let h = Int(fields[0]), let m = Int(fields[1]) else { return nil }
        var s = 0
        if fields.count == 3 {
            let whole = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard whole[0].count == 2, whole[0].allDigits, let sec = Int(whole[0]),
                  whole.count == 1 || (!whole[1].isEmpty && whole[1].allDigits) else { return nil }
            s = sec
        }
        guard h < 24, m < 60, s < 60 else { return .failure(Problem("\(rest) is past 23:59:59")) }
        return .success(h * 3600 + m * 60 + s)
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension StringProtocol {
    var allDigits: Bool { !isEmpty && allSatisfy { ("0"..."9").contains($0) } }
}
