import Foundation
/// An ISO 8601 date (`2026-03-12`, optionally with a time), kept as written
/// so output never depends on the machine's time zone.
public struct PageDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    /// The text as written, e.g. `2026-03-12T09:30:00Z`.
    public let iso: String

    public init?(_ text: String) {
        let scalars = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var n = 0
            for i in range {
                let c = scalars[i]
                guard c >= 48, c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard scalars.count >= 10, scalars[4] == 45, scalars[7] == 45,
              let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              (1...12).contains(m), d >= 1, d <= PageDate.daysIn(month: m, year: y) else { return nil }
        if scalars.count > 10 {
            guard PageDate.isValidTime(String(decoding: scalars[10...], as: UTF8.self)) else { return nil }
        }
        year = y
        month = m
        day = d
        iso = text
    }

    /// `2026-03-12`
    public var day10: String { String(iso.prefix(10)) }

    /// `12 March 2026`, locale-free.
    public var display: String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"]
        return "\(day) \(names[month - 1]) \(year)"
    }

    /// RFC 3339 timestamp for feeds; a bare date is taken as midnight UTC.
    public var rfc3339: String { iso.count == 10 ? iso + "T00:00:00Z" : iso }

    public static func < (a: PageDate, b: PageDate) -> Bool { a.iso < b.iso }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `T09:30`, `T09:30:00`, `T09:30:00.5`, each optionally with `Z` or `±hh:mm`.
    private static func isValidTime(_ rest: String) -> Bool {
        let pattern = #"^[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$"#
        return rest.range(of: pattern, options: .regularExpression) != nil
    }
}
