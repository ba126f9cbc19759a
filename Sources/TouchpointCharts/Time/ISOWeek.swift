/// ISO 8601 weeks: Monday to Sunday, week 1 holding the year's first Thursday,
/// so 29 Dec 2025 is in week 1 of 2026.
struct ISOWeek: Hashable {
    var year: Int
    var week: Int

    /// Monday = 1 … Sunday = 7; 1970-01-01 was a Thursday.
    static func weekday(_ day: Int) -> Int { ((day + 3) % 7 + 7) % 7 + 1 }

    /// The Monday of week 1: the week holding 4 January.
    static func firstMonday(_ year: Int) -> Int {
        let january4 = CalendarDate(year: year, month: 1, day: 4).dayNumber
        return january4 - (weekday(january4) - 1)
    }

    /// 53 when the year starts on a Thursday, or on a Wednesday in a leap year.
    static func weeks(in year: Int) -> Int {
        let january1 = weekday(CalendarDate(year: year, month: 1, day: 1).dayNumber)
        return january1 == 4 || (january1 == 3 && CalendarDate.isLeap(year)) ? 53 : 52
    }

    init(year: Int, week: Int) { self.year = year; self.week = week }

    init(day: Int) {
        var year = CalendarDate(dayNumber: day).year + 1
        while day < ISOWeek.firstMonday(year) { year -= 1 }
        self.init(year: year, week: (day - ISOWeek.firstMonday(year)) / 7 + 1)
    }

    var monday: Int { ISOWeek.firstMonday(year) + (week - 1) * 7 }

    static func twoDigits(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
}
