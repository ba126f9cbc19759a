/// Locale-free, deterministic number formatting for labels, tables and summaries.
public enum NumberFormat {
    /// The typographic minus, so negative labels line up with plus signs and read well.
    public static let minus = "\u{2212}"

    /// Fixed decimals with thousands separators: `fixed(12400, 0)` → "12,400".
    public static func fixed(_ value: Double, decimals: Int, grouping: Bool = true) -> String {
        DecimalDigits(value).rounded(decimals).text(decimals: decimals, grouping: grouping, minus: minus)
    }

    /// Up to `maxDecimals` decimals, trailing zeros dropped: `trimmed(13.10, 2)` → "13.1".
    public static func trimmed(_ value: Double, maxDecimals: Int, grouping: Bool = true) -> String {
        DecimalDigits(value).rounded(maxDecimals).text(decimals: nil, grouping: grouping, minus: minus)
    }

    /// A readable number with a precision chosen from its size: 12400 → "12,400", 13.14 → "13.1", 4.25 → "4.25".
    public static func auto(_ value: Double) -> String {
        let a = Swift.abs(value)
        let decimals = a >= 100 ? 0 : (a >= 10 ? 1 : 2)
        return trimmed(value, maxDecimals: decimals)
    }

    /// A fraction as a percentage: `percent(0.624, decimals: 0)` → "62%".
    public static func percent(_ fraction: Double, decimals: Int = 0) -> String {
        fixed(fraction * 100, decimals: decimals) + "%"
    }

    /// A value with its unit: "28 pts", "13.1 days", "62%" (a "%" unit sticks to the number).
    public static func withUnit(_ value: Double, unit: String?, decimals: Int? = nil) -> String {
        let number = decimals.map { fixed(value, decimals: $0) } ?? auto(value)
        guard let unit = unit?.trimmingSpaces, !unit.isEmpty else { return number }
        if unit == "%" || unit == "‰" { return number + unit }
        return number + " " + unit
    }

    /// A signed change: "+7", "−3.5", "0".
    public static func signed(_ value: Double, unit: String? = nil) -> String {
        let text = withUnit(value, unit: unit)
        if DecimalDigits(value).rounded(2).isZero { return text }
        return value > 0 ? "+" + text : text
    }

    /// Compact: 1234 → "1.2k", 3_400_000 → "3.4M", 950 → "950".
    public static func compact(_ value: Double) -> String {
        let suffixes: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
        let a = Swift.abs(value)
        for (index, (size, suffix)) in suffixes.enumerated() where a >= size * 0.99995 {
            let scaled = DecimalDigits(value / size).rounded(1)
            // 999,960 rounds to "1,000k"; move up a unit instead.
            if scaled.integer.count >= 4, index > 0 {
                let up = suffixes[index - 1]
                return trimmed(value / up.0, maxDecimals: 1, grouping: false) + up.1
            }
            return scaled.text(decimals: nil, grouping: true, minus: minus) + suffix
        }
        return trimmed(value, maxDecimals: a >= 100 ? 0 : (a >= 10 ? 1 : 2))
    }

    /// Decimals needed to show multiples of `step` exactly (d3's precisionFixed).
    public static func precision(forStep step: Double) -> Int {
        let s = Swift.abs(step)
        guard s.isFinite, s > 0 else { return 0 }
        let exponent = floorLog10(s * (1 + 1e-12))
        return Swift.min(20, Swift.max(0, -exponent))
    }

    /// A tick label at the step's precision, so 0.1 + 0.2 shows "0.3".
    public static func tick(_ value: Double, step: Double) -> String {
        let a = Swift.abs(step)
        if a >= 1e6 && a.isFinite { return compact(value) }
        return fixed(value, decimals: precision(forStep: step))
    }

    /// An SVG coordinate: at most 2 decimals, never "-0", never exponent notation.
    public static func coordinate(_ value: Double) -> String {
        DecimalDigits(value.isFinite ? value : 0).rounded(2).text(decimals: nil, grouping: false, minus: "-")
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
