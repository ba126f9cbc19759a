/// A civil date parsed from ISO text ("2026-03-12" or the month "2026-03"), counted in days
/// so dates can be placed on a linear axis without Foundation's calendars.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// True when the text named a whole month ("2026-03").
    public var isMonth: Bool

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public init(year: Int, month: Int, day: Int = 1, isMonth: Bool = false) {
        self.year = year; self.month = month; self.day = day; self.isMonth = isMonth
    }

    public init?(iso text: String) {
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, let y = Int(parts[0]),
              parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        var d = 1
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1, dd <= CalendarDate.daysIn(y, m) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d, isMonth: parts.count == 2)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    static func daysIn(_ y: Int, _ m: Int) -> Int {
        [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(m - 1) % 12]
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public var monthName: String { CalendarDate.monthNames[(month - 1) % 12] }
    /// "Jan 2026" for months, "12 Jan 2026" for days.
    public var label: String { isMonth ? "\(monthName) \(year)" : "\(day) \(monthName) \(year)" }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }
}
