/// Formats a field's values for axes, labels and tables: its format and unit
/// in the site's locale.
public struct ValueFormatter: Sendable, Hashable {
    public var format: ValueFormat?
    public var unit: String?
    public var locale: ChartLocale

    public init(format: ValueFormat?, unit: String?, locale: ChartLocale) {
        self.format = format
        self.unit = unit
        self.locale = locale
    }

    /// A value shown alone, in a label, tooltip or table cell.
    public func value(_ v: Double) -> String {
        text(v, decimals: format?.decimals)
    }

    /// A tick label: the step decides the decimals unless the format fixes them.
    public func tick(_ v: Double, step: Double) -> String {
        let scale = format?.style == .percent ? 100.0 : 1.0
        let decimals = format?.decimals ?? NumberFormat.precision(forStep: step * scale)
        if format?.style == .compact || (format == nil && Swift.abs(step) >= 1e6) {
            return withUnit(locale.localize(NumberFormat.compact(v)))
        }
        return text(v, decimals: decimals)
    }

    func text(_ v: Double, decimals: Int?) -> String {
        switch format?.style ?? .number {
        case .number:
            let number = decimals.map { NumberFormat.fixed(v, decimals: $0) } ?? NumberFormat.auto(v)
            return withUnit(locale.localize(number))
        case .percent:
            let number = decimals.map { NumberFormat.fixed(v * 100, decimals: $0) }
                ?? NumberFormat.trimmed(v * 100, maxDecimals: Swift.abs(v) >= 0.1 ? 0 : 1)
            return locale.localize(number) + (locale.code == "en" ? "%" : "\u{00A0}%")
        case .currency(let code):
            let number = NumberFormat.fixed(v, decimals: decimals ?? (Swift.abs(v) >= 1000 ? 0 : 2))
            return locale.currency(locale.localize(number), code: code)
        case .compact:
            return withUnit(locale.localize(NumberFormat.compact(v)))
        }
    }

    func withUnit(_ number: String) -> String {
        guard let unit = unit?.trimmingSpaces, !unit.isEmpty else { return number }
        if unit == "%" || unit == "‰" { return locale.code == "en" ? number + unit : number + "\u{00A0}" + unit }
        return number + "\u{00A0}" + unit
    }
}
