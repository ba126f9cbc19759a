/// Maps a continuous domain onto a pixel range.
public struct LinearScale: Sendable, Hashable {
    public var domain: (Double, Double) { (d0, d1) }
    public var range: (Double, Double) { (r0, r1) }
    var d0: Double, d1: Double, r0: Double, r1: Double

    public init(domain: (Double, Double), range: (Double, Double)) {
        d0 = finite(domain.0); d1 = finite(domain.1, d0)
        r0 = finite(range.0); r1 = finite(range.1, r0)
    }

    public func callAsFunction(_ v: Double) -> Double {
        guard d1 != d0 else { return (r0 + r1) / 2 }
        let t = (finite(v, d0) - d0) / (d1 - d0)
        return finite(r0 + t * (r1 - r0), r0)
    }

    /// The same mapping with values outside the domain pinned to its ends.
    public func clamped(_ v: Double) -> Double {
        let lo = Swift.min(d0, d1), hi = Swift.max(d0, d1)
        return self(clamp(v, lo, hi))
    }

    public func ticks(_ count: Double = 10) -> [Double] { Ticks.ticks(d0, d1, count) }
    public func tickStep(_ count: Double = 10) -> Double { Ticks.tickStep(d0, d1, count) }

    public func niced(_ count: Double = 10) -> LinearScale {
        LinearScale(domain: Ticks.nice((d0, d1), count: count), range: (r0, r1))
    }

    /// A domain that always has extent: equal ends are widened so a single value sits mid-axis.
    public static func paddedDomain(_ lo: Double, _ hi: Double) -> (Double, Double) {
        guard lo.isFinite, hi.isFinite else { return (0, 1) }
        if lo < hi { return (lo, hi) }
        let pad = lo == 0 ? 1 : Swift.abs(lo) * 0.1
        return (lo - pad, hi + pad)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.d0 == b.d0 && a.d1 == b.d1 && a.r0 == b.r0 && a.r1 == b.r1
    }
    public func hash(into h: inout Hasher) { h.combine(d0); h.combine(d1); h.combine(r0); h.combine(r1) }
}
