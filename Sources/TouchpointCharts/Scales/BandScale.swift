/// Evenly spaced bands for categories, with d3's inner/outer padding and centred alignment.
public struct BandScale: Sendable, Hashable {
    public var count: Int
    public var range: (Double, Double) { (r0, r1) }
    var r0: Double, r1: Double
    public var paddingInner: Double
    public var paddingOuter: Double
    public private(set) var step: Double = 0
    public private(set) var bandwidth: Double = 0
    private var start: Double = 0

    public init(count: Int, range: (Double, Double), paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.count = Swift.max(0, count)
        r0 = finite(range.0); r1 = finite(range.1, r0)
        self.paddingInner = clamp(paddingInner, 0, 1)
        self.paddingOuter = clamp(paddingOuter, 0, 10)
        let lo = Swift.min(r0, r1), hi = Swift.max(r0, r1)
        let n = Double(self.count)
        step = (hi - lo) / Swift.max(1, n - self.paddingInner + self.paddingOuter * 2)
        start = lo + (hi - lo - step * (n - self.paddingInner)) * 0.5
        bandwidth = step * (1 - self.paddingInner)
        if r1 < r0 { start = hi - (start - lo) - bandwidth; step = -step }
    }

    /// Left (or top) edge of band `i`.
    public func position(_ i: Int) -> Double { start + step * Double(i) }
    /// Centre of band `i`.
    public func center(_ i: Int) -> Double { position(i) + bandwidth / 2 }
    public var absStep: Double { Swift.abs(step) }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.count == b.count && a.r0 == b.r0 && a.r1 == b.r1 && a.paddingInner == b.paddingInner && a.paddingOuter == b.paddingOuter
    }
    public func hash(into h: inout Hasher) { h.combine(count); h.combine(r0); h.combine(r1) }
}
