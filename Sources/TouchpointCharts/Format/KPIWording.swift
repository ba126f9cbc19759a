/// How a KPI's values, changes and periods read, in cards and charts here and
/// in the change notes of a refresh elsewhere: one wording, so a card and a
/// note never disagree on "+1.3 pts" against "+1.3%".
public struct KPIWording: Sendable {
    public var unit: String?
    public var locale: ChartLocale

    public init(unit: String?, locale: ChartLocale = .en) {
        self.unit = unit
        self.locale = locale
    }

    /// "35", "83%", "13.1 days".
    public func value(_ value: Double) -> String { locale.localize(NumberFormat.withUnit(value, unit: unit)) }

    /// A change: a percentage moves in percentage points ("+1.3 pts"), anything else in its unit ("+0.4 days").
    public func change(_ delta: Double) -> String {
        guard unit == "%" else { return locale.localize(NumberFormat.signed(delta, unit: unit)) }
        return locale.localize(NumberFormat.signed(delta)) + "\u{00A0}" + locale.percentagePoints(one: Swift.abs(delta) == 1)
    }

    /// "Q3 2026", "Sep 2026", "30 Sep 2026" for an ISO period; the text itself when it is none.
    public func period(_ iso: String) -> String { TimePoint(iso: iso)?.label(locale) ?? iso }
}
