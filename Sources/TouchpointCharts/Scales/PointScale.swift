/// Evenly spaced points for ordered categories (journey stages), d3's scalePoint.
public struct PointScale: Sendable, Hashable {
    public var count: Int
    private var band: BandScale

    public init(count: Int, range: (Double, Double), padding: Double = 0.5) {
        self.count = Swift.max(0, count)
        band = BandScale(count: self.count, range: range, paddingInner: 1, paddingOuter: padding)
    }

    public func callAsFunction(_ i: Int) -> Double { band.position(i) }
    public var step: Double { band.absStep }
}
