import TouchpointCharts

/// Calendar checks for the ISO dates data files carry. Only the shapes the
/// charts understand are accepted, so a typo fails the build instead of
/// drawing a point in the wrong place.
enum DataDates {
    /// nil when `text` is `YYYY-MM-DD` (or `YYYY-MM` when `allowMonth`) and a
    /// real date; otherwise the problem in words.
    static func problem(_ text: String, allowMonth: Bool) -> String? {
        let example = allowMonth ? "2026-01 or 2026-01-15" : "2026-09-30"
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shapeOK = (parts.count == 3 || (allowMonth && parts.count == 2))
            && parts.enumerated().allSatisfy { index, part in
                part.count == (index == 0 ? 4 : 2) && part.allSatisfy { ("0"..."9").contains($0) }
            }
        guard shapeOK, let year = Int(parts[0]), let month = Int(parts[1]) else {
            return "expected a date like \(example), found text \"\(text)\""
        }
        guard (1...12).contains(month) else { return "\(text) is not a real date: there is no month \(month)" }
        if parts.count == 3, let day = Int(parts[2]) {
            guard (1...daysIn(month: month, year: year)).contains(day) else {
                return "\(text) is not a real date: month \(parts[1]) has no day \(day)"
            }
        }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension DataChecker {
    /// A KPI point's date: a day, month, quarter, ISO week, year or date-time, reported at the value when not one.
    mutating func period(_ value: JSONValue, _ path: JSONPath) -> (String, TimePoint)? {
        guard let text = text(value, path, allowEmpty: true) else { return nil }
        switch TimePoint.read(text) {
        case .point(let point): return (text, point)
        case .invalid(let problem): fail(value.offset, path, problem)
        case .notADate: fail(value.offset, path, "expected a date like 2026-01-15, 2026-01, 2026-Q3 or 2026-W05, found text \"\(text)\"")
        }
        return nil
    }

    /// A text date, reported at the value when malformed.
    mutating func date(_ value: JSONValue, _ path: JSONPath, allowMonth: Bool) -> String? {
        guard let text = text(value, path, allowEmpty: true) else { return nil }
        if let problem = DataDates.problem(text, allowMonth: allowMonth) {
            fail(value.offset, path, problem)
            return nil
        }
        return text
    }

    /// Non-empty text that must not repeat; a repeat is reported at the
    /// second use and names the first (`owner` is what "also …" points to).
    mutating func uniqueText(_ value: JSONValue, _ path: JSONPath, _ noun: String, owner: JSONPath,
                             seen: inout [String: JSONPath]) -> String? {
        guard let name = text(value, path) else { return nil }
        if let first = seen[name] {
            fail(value.offset, path, "duplicate \(noun) '\(name)' (also \(first))")
            return nil
        }
        seen[name] = owner
        return name
    }

    /// A required, unique text member such as a stage name or KPI id.
    mutating func uniqueText(_ fields: Fields, _ key: String, _ noun: String, seen: inout [String: JSONPath]) -> String? {
        guard let (value, path) = required(fields, key) else { return nil }
        return uniqueText(value, path, noun, owner: fields.path, seen: &seen)
    }
}
