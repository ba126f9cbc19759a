import Testing
@testable import TouchpointCharts

@Suite struct TicksTests {
    struct Case: Sendable, CustomStringConvertible {
        var start: Double, stop: Double, count: Double, expected: [Double]
        var description: String { "ticks(\(start), \(stop), \(count))" }
    }

    static let cases: [Case] = [
        Case(start: 0, stop: 1, count: 10, expected: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
        Case(start: 0, stop: 1, count: 9, expected: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
        Case(start: 0, stop: 1, count: 8, expected: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
        Case(start: 0, stop: 1, count: 7, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        Case(start: 0, stop: 1, count: 5, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        Case(start: 0, stop: 1, count: 4, expected: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        Case(start: 0, stop: 1, count: 3, expected: [0, 0.5, 1]),
        Case(start: 0, stop: 1, count: 2, expected: [0, 0.5, 1]),
        Case(start: 0, stop: 1, count: 1, expected: [0, 1]),
        Case(start: 0, stop: 10, count: 10, expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        Case(start: 0, stop: 10, count: 5, expected: [0, 2, 4, 6, 8, 10]),
        Case(start: 0, stop: 10, count: 2, expected: [0, 5, 10]),
        Case(start: -10, stop: 10, count: 10, expected: [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        Case(start: -10, stop: 10, count: 5, expected: [-10, -5, 0, 5, 10]),
        Case(start: -10, stop: 10, count: 2, expected: [-10, 0, 10]),
        Case(start: -10, stop: 10, count: 1, expected: [0]),
        Case(start: 1, stop: 0, count: 10, expected: [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0]),
        Case(start: 10, stop: -10, count: 5, expected: [10, 5, 0, -5, -10]),
        Case(start: 1, stop: 1, count: 10, expected: [1]),
        Case(start: 0, stop: 0, count: 10, expected: [0]),
        Case(start: 0, stop: 1, count: 0, expected: []),
        Case(start: 0, stop: 1, count: -1, expected: []),
        Case(start: 0.001, stop: 0.002, count: 5, expected: [0.001, 0.0012, 0.0014, 0.0016, 0.0018, 0.002]),
        Case(start: 0, stop: 1e-9, count: 2, expected: [0, 5e-10, 1e-9]),
        Case(start: 0, stop: 1e12, count: 4, expected: [0, 2e11, 4e11, 6e11, 8e11, 1e12]),
        Case(start: -1e12, stop: 1e12, count: 2, expected: [-1e12, 0, 1e12]),
        Case(start: 28, stop: 35, count: 5, expected: [28, 29, 30, 31, 32, 33, 34, 35]),
        Case(start: -2.3, stop: 1.7, count: 5, expected: [-2, -1, 0, 1]),
        Case(start: 0.1, stop: 0.3, count: 2, expected: [0.1, 0.2, 0.3]),
    ]

    @Test(arguments: cases) func ticksMatchD3(_ c: Case) {
        #expect(Ticks.ticks(c.start, c.stop, c.count) == c.expected, "\(c)")
    }

    @Test func neverNegativeZero() {
        for t in Ticks.ticks(-1, 1, 10) + Ticks.ticks(1, -1, 10) + Ticks.ticks(-0.3, 0.3, 7) {
            #expect(!(t == 0 && t.sign == .minus))
        }
        #expect(Ticks.nice((-0.0, 1), count: 10).0.sign == .plus)
    }

    @Test func tickIncrement() {
        #expect(Ticks.tickIncrement(0, 1, 10) == -10)
        #expect(Ticks.tickIncrement(0, 1, 5) == -5)
        #expect(Ticks.tickIncrement(0, 1, 2) == -2)
        #expect(Ticks.tickIncrement(0, 10, 10) == 1)
        #expect(Ticks.tickIncrement(0, 10, 5) == 2)
        #expect(Ticks.tickIncrement(0, 100, 10) == 10)
        #expect(Ticks.tickIncrement(-10, 10, 5) == 5)
        #expect(Ticks.tickIncrement(0, 1e12, 4) == 2e11)
        #expect(Ticks.tickIncrement(1, 1, 10).isNaN == false)
        #expect(Ticks.tickStep(1, 0, 10) == -0.1)
        #expect(Ticks.tickStep(0, 1, 10) == 0.1)
        #expect(Ticks.tickStep(0, 10, 2) == 5)
    }

    @Test func nice() {
        #expect(Ticks.nice((0, 0.96), count: 10) == (0, 1))
        #expect(Ticks.nice((0, 96), count: 10) == (0, 100))
        #expect(Ticks.nice((1.1, 10.9), count: 10) == (1, 11))
        #expect(Ticks.nice((10.9, 1.1), count: 10) == (11, 1))
        #expect(Ticks.nice((0.7, 11.001), count: 10) == (0, 12))
        #expect(Ticks.nice((123.1, 6.7), count: 10) == (130, 0))
        #expect(Ticks.nice((0, 0.49), count: 10) == (0, 0.5))
        #expect(Ticks.nice((1.5, 50), count: 10) == (0, 50))
        #expect(Ticks.nice((-28.3, 41.7), count: 5) == (-40, 60))
        #expect(Ticks.nice((12, 87), count: 5) == (0, 100))
        #expect(Ticks.nice((5, 5), count: 10) == (5, 5))
        #expect(Ticks.nice((0, 1.2e12), count: 5) == (0, 1.2e12))
    }
}

@Suite struct ScaleTests {
    @Test func linear() {
        let s = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(s(0) == 100)
        #expect(s(5) == 50)
        #expect(s.clamped(20) == 0)
        #expect(LinearScale(domain: (3, 3), range: (0, 10))(3) == 5)
        #expect(LinearScale.paddedDomain(5, 5) == (4.5, 5.5))
        #expect(LinearScale.paddedDomain(0, 0) == (-1, 1))
    }

    @Test func band() {
        let b = BandScale(count: 3, range: (0, 120), paddingInner: 0, paddingOuter: 0)
        #expect(b.step == 40)
        #expect(b.bandwidth == 40)
        #expect(b.position(1) == 40)
        let p = BandScale(count: 2, range: (0, 100), paddingInner: 0.2, paddingOuter: 0.1)
        // d3: step = 100 / (2 - 0.2 + 0.2) = 50, start = (100 - 50 * 1.8) / 2 = 5
        #expect(p.step == 50)
        #expect(p.position(0) == 5)
        #expect(p.bandwidth == 40)
    }

    @Test func point() {
        let p = PointScale(count: 3, range: (0, 100), padding: 0.5)
        #expect(abs(p(0) - 100.0 / 6) < 1e-9)
        #expect(p(1) == 50)
        #expect(abs(p(2) - 500.0 / 6) < 1e-9)
        #expect(PointScale(count: 1, range: (0, 100))(0) == 50)
    }

    @Test func dates() {
        #expect(TimePoint(iso: "1970-01-01")?.start.dayNumber == 0)
        #expect(TimePoint(iso: "2026-03-12")?.start.dayNumber == 20524)
        #expect(TimePoint(iso: "2026-03")?.unit == .month)
        #expect(TimePoint(iso: "2026-13") == nil)
        #expect(TimePoint(iso: "2026-02-29") == nil)
        #expect(TimePoint(iso: "2024-02-29") != nil)
        #expect(CalendarDate(dayNumber: 20524) == CalendarDate(year: 2026, month: 3, day: 12))
        #expect(TimePoint(iso: "2026-09")?.label() == "Sep 2026")
    }

    @Test func timeTicks() {
        let first = CalendarDate(year: 2026, month: 1).dayNumber, last = CalendarDate(year: 2026, month: 9).dayNumber
        let t = TimeScale(first: first, last: last, range: (0, 600))
        #expect(t.ticks(10).map(\.label) == ["Jan 2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"])
        #expect(t.ticks(4).map(\.label) == ["Jan 2026", "Apr", "Jul"])
        let y = TimeScale(first: CalendarDate(year: 2025, month: 11).dayNumber, last: CalendarDate(year: 2026, month: 2).dayNumber, range: (0, 600))
        #expect(y.ticks(10).map(\.label) == ["Nov 2025", "Dec", "Jan 2026", "Feb"])
        let days = TimeScale(first: CalendarDate(year: 2026, month: 3, day: 10).dayNumber, last: CalendarDate(year: 2026, month: 3, day: 14).dayNumber, range: (0, 600))
        #expect(days.ticks(10).map(\.label) == ["10 Mar", "11", "12", "13", "14"])
    }
}
