/// A linear scale over day numbers with calendar-aware ticks: month starts, or days for short spans.
public struct TimeScale: Sendable, Hashable {
    public var linear: LinearScale
    public var first: Int
    public var last: Int

    public struct Tick: Sendable, Hashable {
        public var day: Int
        public var label: String
    }

    public init(first: Int, last: Int, range: (Double, Double)) {
        self.first = Swift.min(first, last)
        self.last = Swift.max(first, last)
        let lo = Double(self.first), hi = Double(self.last)
        linear = LinearScale(domain: lo == hi ? (lo - 15, hi + 15) : (lo, hi), range: range)
    }

    public func callAsFunction(_ day: Int) -> Double { linear(Double(day)) }

    /// About `count` ticks on month starts (every 1, 2, 3, 6 or 12 months), or on days for spans under two months.
    public func ticks(_ count: Int) -> [Tick] {
        let target = Swift.max(1, count)
        let start = CalendarDate(dayNumber: first), end = CalendarDate(dayNumber: last)
        let months = (end.year - start.year) * 12 + end.month - start.month
        if months >= 2 || (start.day == 1 && months >= 1) {
            var monthStep = 1
            for s in [1, 2, 3, 6, 12, 24, 60, 120, 600] {
                monthStep = s
                if (months / s) + 1 <= target { break }
            }
            var y = start.year, m = start.month
            if start.day != 1 { m += 1; if m > 12 { m = 1; y += 1 } }
            // Align to the step so quarters start in Jan/Apr/Jul/Oct and years in January.
            while monthStep > 1 && monthStep <= 12 && (m - 1) % monthStep != 0 { m += 1; if m > 12 { m = 1; y += 1 } }
            var out: [Tick] = []
            while out.count < 1000 {
                let date = CalendarDate(year: y, month: m)
                if date.dayNumber > last { break }
                let showYear = out.isEmpty || m == 1
                let label = monthStep >= 12 ? "\(y)" : (showYear ? "\(date.monthName) \(y)" : date.monthName)
                out.append(Tick(day: date.dayNumber, label: label))
                m += monthStep
                while m > 12 { m -= 12; y += 1 }
            }
            return out
        }
        let span = last - first
        var dayStep = 1
        for s in [1, 2, 7, 14] {
            dayStep = s
            if span / s + 1 <= target { break }
        }
        var out: [Tick] = []
        var d = first
        while d <= last && out.count < 1000 {
            let date = CalendarDate(dayNumber: d)
            out.append(Tick(day: d, label: out.isEmpty || date.day == 1 ? "\(date.day) \(date.monthName)" : "\(date.day)"))
            d += dayStep
        }
        return out
    }
}
