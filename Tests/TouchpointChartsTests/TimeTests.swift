import Testing
@testable import TouchpointCharts

/// Reading dates, ISO weeks, xFormat patterns and calendar ticks, each against a worked table.
@Suite struct TimeTests {
    static func day(_ y: Int, _ m: Int, _ d: Int = 1) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }

    @Test(arguments: [
        ("2026", TimePoint.Unit.year, day(2026, 1), 0, "2026"),
        ("2026-Q1", .quarter, day(2026, 1), 0, "Q1 2026"),
        ("2026-q4", .quarter, day(2026, 10), 0, "Q4 2026"),
        ("2026-03", .month, day(2026, 3), 0, "Mar 2026"),
        ("2026-03-12", .day, day(2026, 3, 12), 0, "12 Mar 2026"),
        // ISO weeks: week 1 of 2026 starts on Monday 29 Dec 2025; 2020 has 53 weeks.
        ("2026-W01", .week, day(2025, 12, 29), 0, "W01 2026"),
        ("2026-W05", .week, day(2026, 1, 26), 0, "W05 2026"),
        ("2020-W53", .week, day(2020, 12, 28), 0, "W53 2020"),
        ("2026-W05-3", .day, day(2026, 1, 28), 0, "28 Jan 2026"),
        ("2026-03-12T14:30", .instant, day(2026, 3, 12), 52_200, "12 Mar 2026 14:30"),
        ("2026-03-12 14:30:05Z", .instant, day(2026, 3, 12), 52_205, "12 Mar 2026 14:30:05"),
        // Offsets are read, not applied: the clock time as written.
        ("2026-03-12T00:30+01:00", .instant, day(2026, 3, 12), 1_800, "12 Mar 2026 00:30"),
        ("2026-03-12T23:30:00.250-02:00", .instant, day(2026, 3, 12), 84_600, "12 Mar 2026 23:30"),
    ])
    func readsISO(text: String, unit: TimePoint.Unit, start: CalendarDate, seconds: Int, label: String) {
        let point = TimePoint(iso: text)
        #expect(point?.unit == unit)
        #expect(point?.start.dayNumber == start.dayNumber)
        #expect(point?.seconds == seconds)
        #expect(point?.label() == label)
    }

    @Test(arguments: [
        ("2026-Q5", "2026-Q5 is not a real quarter: quarters run Q1…Q4"),
        ("2027-W53", "2027-W53 is not a real ISO week: 2027 has weeks W01…W52"),
        ("2025-W53", "2025-W53 is not a real ISO week: 2025 has weeks W01…W52"),
        ("2026-13", "2026-13 is not a real date: there is no month 13"),
        ("2026-02-29", "2026-02-29 is not a real date: month 02 has no day 29"),
        ("2026-03-12T24:00", "2026-03-12T24:00 is not a real time: 24:00 is past 23:59:59"),
    ])
    func refusesImpossibleDates(text: String, problem: String) {
        #expect(TimePoint.read(text) == .invalid(problem))
    }

    @Test func weekYearsAtTheEdges() {
        // 2026 starts on a Thursday, so it has 53 weeks; 1 Jan 2027 (a Friday) is in W53 of 2026.
        #expect(ISOWeek.weeks(in: 2026) == 53)
        #expect(ISOWeek(day: Self.day(2027, 1, 1).dayNumber) == ISOWeek(year: 2026, week: 53))
        #expect(ISOWeek(day: Self.day(2025, 12, 29).dayNumber) == ISOWeek(year: 2026, week: 1))
        #expect(ISOWeek(day: Self.day(2021, 1, 3).dayNumber) == ISOWeek(year: 2020, week: 53))
        #expect(TimePoint(iso: "2026-W53")?.start.dayNumber == Self.day(2026, 12, 28).dayNumber)
    }

    @Test(arguments: ["2026/01/15", "Jan 2026", "15.01.2026", "n/a", "2026-1-5", "20260115", "2026-03-12T9:30"])
    func otherShapesAreNotISO(text: String) {
        #expect(TimePoint.read(text) == .notADate)
    }

    @Test(arguments: [
        ("%d/%m/%Y", "03/01/2025", "3 Jan 2025"),
        ("%m/%d/%Y", "03/01/2025", "1 Mar 2025"),
        ("%Y/%m/%d", "2012/01/01", "1 Jan 2012"),
        ("%b %Y", "Sept 2026", "Sep 2026"),
        ("%d %B %Y", "4 July 2026", "4 Jul 2026"),
        ("Q%q %Y", "Q3 2026", "Q3 2026"),
        ("%Y-W%V", "2026-W05", "W05 2026"),
        ("%d.%m.%y %H:%M", "12.03.26 14:05", "12 Mar 2026 14:05"),
    ])
    func readsPatterns(pattern: String, text: String, label: String) throws {
        let reader = try DatePattern.parse(pattern).get()
        #expect(reader.read(text)?.label() == label)
    }

    @Test func patternsRefuseWhatTheyDoNotName() throws {
        let dayFirst = try DatePattern.parse("%d/%m/%Y").get()
        #expect(dayFirst.read("13/25/2025") == nil)
        #expect(dayFirst.read("31/02/2025") == nil)
        #expect(dayFirst.read("03/01/2025 extra") == nil)
        #expect(DatePattern.parse("%d/%m").failureMessage == "xFormat '%d/%m' has no year (%Y or %y)")
        #expect(DatePattern.parse("%Y %j").failureMessage == "xFormat '%Y %j' uses %j, which is not known; use %Y %y %m %d %b %H %M %S %q %V")
    }

    @Test func guessesTheFormatForTheHint() {
        #expect(DateGuess.hint(["2012/01/01", "2012/01/02"]) == "xFormat: '%Y/%m/%d'")
        #expect(DateGuess.hint(["25/01/2025", "03/02/2025"]) == "xFormat: '%d/%m/%Y'")
        #expect(DateGuess.hint(["01/25/2025", "03/02/2025"]) == "xFormat: '%m/%d/%Y'")
        #expect(DateGuess.hint(["03/01/2025", "04/01/2025"]) == "xFormat: '%d/%m/%Y' (or '%m/%d/%Y' if that is how they are written)")
        #expect(DateGuess.hint(["Email", "Web"]) == nil)
    }

    static func labels(_ first: String, _ last: String, count: Int, locale: ChartLocale = .en) -> [String] {
        guard let a = TimePoint(iso: first), let b = TimePoint(iso: last) else { return ["unreadable"] }
        return TimeScale(first: a.position, last: b.position, unit: Swift.min(a.unit, b.unit), locale: locale, range: (0, 600))
            .ticks(count).map(\.label)
    }

    @Test func ticksFollowTheDataPeriod() {
        #expect(Self.labels("2024-Q1", "2026-Q3", count: 12) == ["Q1 2024", "Q2", "Q3", "Q4", "Q1 2025", "Q2", "Q3", "Q4", "Q1 2026", "Q2", "Q3"])
        #expect(Self.labels("2024-Q1", "2026-Q3", count: 6) == ["Q1 2024", "Q3", "Q1 2025", "Q3", "Q1 2026", "Q3"])
        #expect(Self.labels("2024-Q1", "2026-Q3", count: 4) == ["2024", "2025", "2026"])
        #expect(Self.labels("2026-W01", "2026-W09", count: 10) == ["W01 2026", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09"])
        #expect(Self.labels("2025-W50", "2026-W08", count: 6) == ["W50 2025", "W52", "W02 2026", "W04", "W06", "W08"])
        #expect(Self.labels("2012", "2015", count: 10) == ["2012", "2013", "2014", "2015"])
        #expect(Self.labels("2000", "2026", count: 6) == ["2000", "2005", "2010", "2015", "2020", "2025"])
        #expect(Self.labels("2026-03-12T08:00", "2026-03-12T20:00", count: 5) == ["12 Mar 09:00", "12:00", "15:00", "18:00"])
        #expect(Self.labels("2026-03-11T18:00", "2026-03-12T12:00", count: 4) == ["11 Mar 18:00", "12 Mar", "06:00", "12:00"])
        #expect(Self.labels("2026-03-10", "2026-04-20", count: 8) == ["16 Mar", "23", "30", "6 Apr", "13", "20"])
        // Four years of daily weather: years, not 1,461 labels.
        #expect(Self.labels("2012-01-01", "2015-12-31", count: 8) == ["Jan 2012", "Jul", "Jan 2013", "Jul", "Jan 2014", "Jul", "Jan 2015", "Jul"])
    }

    @Test func ticksSpeakTheLocale() {
        #expect(Self.labels("2026-Q1", "2026-Q4", count: 8, locale: ChartLocale.named("fr") ?? .en) == ["T1 2026", "T2", "T3", "T4"])
        #expect(Self.labels("2026-01", "2026-03", count: 8, locale: ChartLocale.named("de") ?? .en) == ["Jan. 2026", "Feb.", "März"])
        #expect(Self.labels("2026-W01", "2026-W03", count: 8, locale: ChartLocale.named("de") ?? .en) == ["KW01 2026", "KW02", "KW03"])
    }

    @Test func kpiChangesNamePeriodsAndPoints() {
        let kpi = KPI(id: "csat", name: "CSAT", unit: "%", target: 80, direction: .up,
                      points: [KPIPoint(date: "2026-Q2", value: 78.2), KPIPoint(date: "2026-Q3", value: 79.5)])
        let series = KPISeries(kpi)
        #expect(series.label(series.previous?.date ?? TimePoint(unit: .year, start: Self.day(1970, 1))) == "Q2 2026")
        #expect(series.change(1.3) == "+1.3\u{00A0}pts")
        #expect(series.change(-1) == "−1\u{00A0}pt")
        let cards = ChartEngine.kpiCards([kpi], idPrefix: "k")
        #expect(cards.contains("+1.3\u{00A0}pts vs Q2 2026"))
        let german = KPISeries(kpi, locale: ChartLocale.named("de") ?? .en)
        #expect(german.change(1.3) == "+1,3\u{00A0}Pp.")
        #expect(german.label(german.latest?.date ?? TimePoint(unit: .year, start: Self.day(1970, 1))) == "Q3 2026")
    }
}

extension Result {
    var failureMessage: String? {
        if case .failure(let e) = self { return (e as? ChartError)?.message }
        return nil
    }
}
