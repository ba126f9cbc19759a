/// A linear scale over days since 1970 with calendar ticks: hours, days, ISO
/// weeks, months, quarters or years, never finer than the data's own period,
/// labelled the way the period is spoken ("Q1 2026", "W05", "Jan 2026").
public struct TimeScale: Sendable, Hashable {
    public var linear: LinearScale
    public var first: Double
    public var last: Double
    /// The data's period: ticks are never finer than it.
    public var unit: TimePoint.Unit
    public var locale: ChartLocale

    public struct Tick: Sendable, Hashable {
        public var position: Double
        public var label: String
    }

    public init(first: Double, last: Double, unit: TimePoint.Unit = .day, locale: ChartLocale = .en, range: (Double, Double)) {
        self.first = Swift.min(first, last)
        self.last = Swift.max(first, last)
        self.unit = unit
        self.locale = locale
        let pad = unit == .instant ? 0.5 : 15
        linear = LinearScale(domain: self.first == self.last ? (self.first - pad, self.last + pad) : (self.first, self.last), range: range)
    }

    public init(first: Int, last: Int, unit: TimePoint.Unit = .day, locale: ChartLocale = .en, range: (Double, Double)) {
        self.init(first: Double(first), last: Double(last), unit: unit, locale: locale, range: range)
    }

    public func callAsFunction(_ position: Double) -> Double { linear(position) }
    public func callAsFunction(_ day: Int) -> Double { linear(Double(day)) }

    /// At most `count` ticks (at least one) on the finest calendar interval that allows it.
    public func ticks(_ count: Int) -> [Tick] {
        let target = Swift.max(1, count)
        let candidates = TickInterval.all.filter { $0.allowed(for: unit, span: last - first) }
        let interval = candidates.first { $0.count(from: first, to: last) <= target } ?? candidates.last ?? .years(100)
        return interval.ticks(from: first, to: last, unit: unit, locale: locale)
    }
}

/// One step of calendar ticks and how its labels read.
enum TickInterval: Hashable {
    case hours(Int), days(Int), weeks(Int), months(Int), years(Int)

    static let all: [TickInterval] = [.hours(1), .hours(2), .hours(3), .hours(6), .hours(12),
                                      .days(1), .days(2), .weeks(1), .weeks(2), .weeks(4), .weeks(8), .weeks(13),
                                      .months(1), .months(2), .months(3), .months(6),
                                      .years(1), .years(2), .years(5), .years(10), .years(20), .years(50), .years(100)]

    /// Whether ticks this fine suit data of `unit`: never between two data periods,
    /// and quarters' ticks on quarter starts.
    func allowed(for unit: TimePoint.Unit, span: Double) -> Bool {
        switch self {
        case .hours: return unit == .instant
        case .days: return unit <= .day
        // Daily data over two months or more reads better by month than by week.
        case .weeks: return unit == .week || (unit < .week && span < 60)
        case .months(let n): return unit <= .month || (unit == .quarter && n % 3 == 0)
        case .years: return true
        }
    }

    func count(from first: Double, to last: Double) -> Int {
        let span = last - first
        switch self {
        case .hours(let n): return Int(span * 24) / n + 1
        case .days(let n): return Int(span) / n + 1
        case .weeks(let n): return Int(span) / (7 * n) + 1
        case .months(let n): return TickInterval.monthSpan(first, last) / n + 1
        case .years(let n): return TickInterval.monthSpan(first, last) / (12 * n) + 1
        }
    }

    static func monthSpan(_ first: Double, _ last: Double) -> Int {
        let a = CalendarDate(dayNumber: Int(first.rounded(.down))), b = CalendarDate(dayNumber: Int(last.rounded(.down)))
        return (b.year - a.year) * 12 + b.month - a.month
    }

    func ticks(from first: Double, to last: Double, unit: TimePoint.Unit, locale: ChartLocale) -> [TimeScale.Tick] {
        var out: [TimeScale.Tick] = []
        var position = start(after: first)
        var previous: Double?
        while position <= last + 1e-9 && out.count < 1000 {
            out.append(TimeScale.Tick(position: position, label: label(position, previous: previous, unit: unit, locale: locale)))
            previous = position
            position = advance(position)
        }
        return out
    }

    /// The first tick at or after `first`, aligned so quarters start in Jan/Apr/Jul/Oct,
    /// years on multiples of the step and hours on multiples of theirs.
    func start(after first: Double) -> Double {
        let day = Int(first.rounded(.down))
        switch self {
        case .hours(let n):
            var hour = Int((first * 24 - 1e-9).rounded(.up))
            while (hour % n + n) % n != 0 { hour += 1 }
            return Double(hour) / 24
        case .days: return first.rounded(.up)
        case .weeks:
            // Week steps count from the first week shown: ISO week numbers restart each year.
            var monday = day - (ISOWeek.weekday(day) - 1)
            if Double(monday) < first - 1e-9 { monday += 7 }
            return Double(monday)
        case .months(let n):
            var date = CalendarDate(dayNumber: day)
            date = Double(CalendarDate(year: date.year, month: date.month).dayNumber) < first - 1e-9
                ? date.addingMonths(1) : CalendarDate(year: date.year, month: date.month)
            while (date.month - 1) % n != 0 { date = date.addingMonths(1) }
            return Double(date.dayNumber)
        case .years(let n):
            let date = CalendarDate(dayNumber: day)
            var year = Double(CalendarDate(year: date.year, month: 1).dayNumber) < first - 1e-9 ? date.year + 1 : date.year
            while ((year % n) + n) % n != 0 && n > 1 { year += 1 }
            return Double(CalendarDate(year: year, month: 1).dayNumber)
        }
    }

    func advance(_ position: Double) -> Double {
        let date = CalendarDate(dayNumber: Int(position.rounded(.down)))
        switch self {
        case .hours(let n): return ((position * 24).rounded() + Double(n)) / 24
        case .days(let n): return position + Double(n)
        case .weeks(let n): return position + Double(7 * n)
        case .months(let n): return Double(date.addingMonths(n).dayNumber)
        case .years(let n): return Double(date.addingMonths(12 * n).dayNumber)
        }
    }

    /// The first tick says the whole period; later ones only what changed, with the
    /// year again where a new one starts.
    func label(_ position: Double, previous: Double?, unit: TimePoint.Unit, locale: ChartLocale) -> String {
        let date = CalendarDate(dayNumber: Int(position.rounded(.down)))
        let before = previous.map { CalendarDate(dayNumber: Int($0.rounded(.down))) }
        switch self {
        case .hours:
            let minutes = Int((position * 1440).rounded()) % 1440
            if before == nil || minutes == 0 || before?.day != date.day { return locale.dayMonth(date) + (minutes == 0 ? "" : " \(Self.clock(minutes))") }
            return Self.clock(minutes)
        case .weeks where unit != .week, .days:
            return before == nil || date.day == 1 || before?.month != date.month ? locale.dayMonth(date) : "\(date.day)"
        case .weeks, .months:
            // Tick periods read like the data's: quarters for quarterly data, else weeks or months.
            var periodUnit = unit == .quarter ? TimePoint.Unit.quarter : .month
            if case .weeks = self { periodUnit = .week }
            let period = TimePoint(unit: periodUnit, start: date)
            let previousYear = before.map { TimePoint(unit: period.unit, start: $0).countingYear }
            return previousYear == period.countingYear ? period.shortLabel(locale) : period.label(locale)
        case .years:
            return "\(date.year)"
        }
    }

    static func clock(_ minutes: Int) -> String {
        "\(ISOWeek.twoDigits(minutes / 60)):\(ISOWeek.twoDigits(minutes % 60))"
    }
}
