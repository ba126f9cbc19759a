/// Tick generation with d3-array's semantics: steps of 1, 2 or 5 × 10^k, computed from integers
/// so ticks print cleanly (0.3, not 0.30000000000000004).
public enum Ticks {
    private static let e10 = 50.0.squareRoot()
    private static let e5 = 10.0.squareRoot()
    private static let e2 = 2.0.squareRoot()
    /// More ticks than this is never useful and would only cost memory.
    static let maxTicks = 10_000.0

    /// JavaScript's Math.round (halves go up), so results match d3 exactly.
    static func jsRound(_ x: Double) -> Double {
        let r = x.rounded(.down)
        return x - r >= 0.5 ? r + 1 : r
    }

    static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (Double, Double, Double) {
        let step = (stop - start) / Swift.max(0, count)
        guard step.isFinite, step > 0 else { return (0, -1, 0) }
        let power = floorLog10(step)
        let error = step / pow10(power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow10(-power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow10(power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, inc)
    }

    /// About `count` round values between start and stop, inclusive, in the domain's direction.
    public static func ticks(_ start: Double, _ stop: Double, _ count: Double) -> [Double] {
        guard start.isFinite, stop.isFinite, count.isFinite, count > 0 else { return [] }
        if start == stop { return [start + 0] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, count) : spec(start, stop, count)
        guard i2 >= i1, inc != 0, i2 - i1 < maxTicks else { return [] }
        let n = Int(i2 - i1) + 1
        var out: [Double] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let k = reverse ? i2 - Double(i) : i1 + Double(i)
            let v = inc < 0 ? k / -inc : k * inc
            out.append(v + 0) // + 0 turns -0 into 0
        }
        return out
    }

    /// The tick step as d3 encodes it: positive for steps ≥ 1, −1/step for steps < 1.
    public static func tickIncrement(_ start: Double, _ stop: Double, _ count: Double) -> Double {
        spec(start, stop, count).2
    }

    /// The signed tick step.
    public static func tickStep(_ start: Double, _ stop: Double, _ count: Double) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count)
        guard inc != 0 else { return 0 }
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// Extends a domain to round values, as d3-scale's linear.nice(count).
    public static func nice(_ domain: (Double, Double), count: Double = 10) -> (Double, Double) {
        var (start, stop) = domain
        guard start.isFinite, stop.isFinite else { return domain }
        let reverse = stop < start
        if reverse { swap(&start, &stop) }
        var prestep = Double.nan
        for _ in 0..<10 {
            let step = tickIncrement(start, stop, count)
            if step == prestep { break }
            if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else if step < 0 {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            } else { break }
            prestep = step
        }
        start += 0
        stop += 0
        return reverse ? (stop, start) : (start, stop)
    }
}
