/// A moment or period as data writes it: a year, quarter, month, ISO week,
/// day or date-time. Its position on a time axis is the period's start, in
/// days since 1970-01-01, so periods of one kind are evenly spaced only when
/// the calendar says so (a quarter is 90 to 92 days).
public struct TimePoint: Sendable, Hashable, Comparable {
    /// Ordered from the finest to the coarsest.
    public enum Unit: Int, Sendable, Comparable, CaseIterable {
        case instant, day, week, month, quarter, year

        public static func < (a: Unit, b: Unit) -> Bool { a.rawValue < b.rawValue }
    }

    public var unit: Unit
    /// The first day of the period; the day of a date-time.
    public var start: CalendarDate
    /// Seconds after midnight, for date-times, as written.
    public var seconds: Int

    public init(unit: Unit, start: CalendarDate, seconds: Int = 0) {
        self.unit = unit
        self.start = start
        self.seconds = seconds
    }

    /// Days since 1970-01-01, fractional for date-times.
    public var position: Double { Double(start.dayNumber) + Double(seconds) / 86_400 }

    public static func < (a: TimePoint, b: TimePoint) -> Bool { a.position < b.position }

    /// The quarter (1…4) the period starts in.
    public var quarter: Int { (start.month - 1) / 3 + 1 }

    /// "2026", "Q1 2026", "Jan 2026", "W05 2026", "12 Jan 2026", "12 Jan 2026 14:30".
    public func label(_ locale: ChartLocale = .en) -> String {
        switch unit {
        case .year: return "\(start.year)"
        case .quarter: return "\(locale.quarterPrefix)\(quarter) \(start.year)"
        case .month: return "\(locale.monthName(start.month)) \(start.year)"
        case .week:
            let week = ISOWeek(day: start.dayNumber)
            return "\(locale.weekPrefix)\(ISOWeek.twoDigits(week.week)) \(week.year)"
        case .day: return locale.dayLabel(start)
        case .instant: return "\(locale.dayLabel(start)) \(clock)"
        }
    }

    /// The label after the first of a year: "Q2", "Feb", "W06", "12 Mar"; years and
    /// date-times have no shorter form.
    public func shortLabel(_ locale: ChartLocale = .en) -> String {
        switch unit {
        case .quarter: return "\(locale.quarterPrefix)\(quarter)"
        case .month: return locale.monthName(start.month)
        case .week: return "\(locale.weekPrefix)\(ISOWeek.twoDigits(ISOWeek(day: start.dayNumber).week))"
        case .day: return locale.dayMonth(start)
        case .year, .instant: return label(locale)
        }
    }

    /// The year a period is counted in: an ISO week's own year, else the calendar year.
    var countingYear: Int { unit == .week ? ISOWeek(day: start.dayNumber).year : start.year }

    /// "14:30", or "14:30:05" when the seconds matter.
    var clock: String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        let hm = "\(ISOWeek.twoDigits(h)):\(ISOWeek.twoDigits(m))"
        return s == 0 ? hm : hm + ":\(ISOWeek.twoDigits(s))"
    }
}

extension CalendarDate {
    /// The first day of the month `months` later (earlier when negative).
    func addingMonths(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarDate(year: y, month: index - y * 12 + 1)
    }
}
