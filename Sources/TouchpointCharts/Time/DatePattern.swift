/// An `xFormat` such as `%d/%m/%Y`: how a file writes dates that are not ISO.
/// The strftime directives a CX export needs: %Y %y %m %d %e %b %B %H %M %S
/// %q (quarter digit) %V (ISO week) and %%; every other character is literal.
/// Month names are English, as exports write them ("Jan", "January").
public struct DatePattern: Sendable, Hashable {
    enum Piece: Hashable {
        case literal(Character)
        case year4, year2, month, day, monthName, hour, minute, second, quarter, week
    }

    var pieces: [Piece]
    public var text: String

    public static func parse(_ text: String) -> Result<DatePattern, ChartError> {
        var pieces: [Piece] = []
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { pieces.append(.literal(c)); continue }
            guard let d = chars.popFirst() else {
                return .failure(ChartError("xFormat \(Phrase.quoted(text)) ends with a lone %", option: "xFormat"))
            }
            switch d {
            case "Y": pieces.append(.year4)
            case "y": pieces.append(.year2)
            case "m": pieces.append(.month)
            case "d", "e": pieces.append(.day)
            case "b", "B": pieces.append(.monthName)
            case "H": pieces.append(.hour)
            case "M": pieces.append(.minute)
            case "S": pieces.append(.second)
            case "q": pieces.append(.quarter)
            case "V": pieces.append(.week)
            case "%": pieces.append(.literal("%"))
            default:
                return .failure(ChartError("xFormat \(Phrase.quoted(text)) uses %\(d), which is not known; "
                    + "use %Y %y %m %d %b %H %M %S %q %V", option: "xFormat"))
            }
        }
        let has = Set(pieces)
        guard has.contains(.year4) || has.contains(.year2) else {
            return .failure(ChartError("xFormat \(Phrase.quoted(text)) has no year (%Y or %y)", option: "xFormat"))
        }
        return .success(DatePattern(pieces: pieces, text: text))
    }

    /// The finest period the pattern names.
    var unit: TimePoint.Unit {
        let has = Set(pieces)
        if has.contains(.hour) { return .instant }
        if has.contains(.day) { return .day }
        if has.contains(.week) { return .week }
        if has.contains(.month) || has.contains(.monthName) { return .month }
        if has.contains(.quarter) { return .quarter }
        return .year
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june",
                             "july", "august", "september", "october", "november", "december"]

    /// The point `text` names, or nil when it does not follow the pattern or names no real date.
    public func read(_ text: String) -> TimePoint? {
        var rest = Substring(text.trimmingSpaces)
        var year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, quarter = 0, week = 0
        func number(_ maxDigits: Int) -> Int? {
            let digits = rest.prefix(maxDigits).prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty, let n = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return n
        }
        for piece in pieces {
            switch piece {
            case .literal(let c):
                guard rest.first == c else { return nil }
                rest = rest.dropFirst()
            case .year4: guard let n = number(4) else { return nil }; year = n
            case .year2: guard let n = number(2) else { return nil }; year = 2000 + n
            case .month: guard let n = number(2) else { return nil }; month = n
            case .day: guard let n = number(2) else { return nil }; day = n
            case .hour: guard let n = number(2) else { return nil }; hour = n
            case .minute: guard let n = number(2) else { return nil }; minute = n
            case .second: guard let n = number(2) else { return nil }; second = n
            case .quarter: guard let n = number(1) else { return nil }; quarter = n
            case .week: guard let n = number(2) else { return nil }; week = n
            case .monthName:
                let word = rest.prefix { $0.isLetter }.lowercased()
                guard word.count >= 3, let index = DatePattern.monthNames.firstIndex(where: { $0.hasPrefix(word) })
                else { return nil }
                month = index + 1
                rest = rest.dropFirst(word.count)
                if rest.first == "." { rest = rest.dropFirst() }
            }
        }
        guard rest.isEmpty, (1...12).contains(month), (1...CalendarDate.daysIn(year, month)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        switch unit {
        case .week:
            guard (1...ISOWeek.weeks(in: year)).contains(week) else { return nil }
            return TimePoint(unit: .week, start: CalendarDate(dayNumber: ISOWeek(year: year, week: week).monday))
        case .quarter:
            guard (1...4).contains(quarter) else { return nil }
            return TimePoint(unit: .quarter, start: CalendarDate(year: year, month: (quarter - 1) * 3 + 1))
        case .instant:
            return TimePoint(unit: .instant, start: CalendarDate(year: year, month: month, day: day),
                             seconds: hour * 3600 + minute * 60 + second)
        case let unit:
            return TimePoint(unit: unit, start: CalendarDate(year: year, month: month, day: day))
        }
    }
}
