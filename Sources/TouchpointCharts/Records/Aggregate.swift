/// How several values for one x become the one value a chart draws.
public enum Aggregate: String, Sendable, Hashable, CaseIterable {
    case sum, mean, median, min, max, count, last

    /// nil when there is nothing to combine (every value missing), except for
    /// `count`, which counts the values present.
    func combine(_ values: [Double]) -> Double? {
        if self == .count { return Double(values.count) }
        guard let first = values.first else { return nil }
        switch self {
        case .sum: return values.reduce(0, +)
        case .mean: return values.reduce(0, +) / Double(values.count)
        case .median:
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        case .min: return values.reduce(first, Swift.min)
        case .max: return values.reduce(first, Swift.max)
        case .last: return values.last
        case .count: return Double(values.count)
        }
    }
}
