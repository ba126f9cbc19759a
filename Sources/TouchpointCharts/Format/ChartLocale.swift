/// Separators, month names and currency placement for one language, kept in
/// the engine as plain tables so output never depends on the machine's locale.
public struct ChartLocale: Sendable, Hashable {
    public var code: String
    var decimal: String
    var group: String
    /// Spanish groups only from five digits on (CLDR's minimumGroupingDigits 2).
    var minimumGroupingDigits: Int
    var months: [String]
    /// "€1,234" (before) or "1.234 €" (after, with a space).
    var currencyAfter: Bool
    var currencySpace: Bool
    /// "Q1 2026"; trimestre (T1) in French and Spanish, kwartaal (K1) in Dutch.
    var quarterPrefix = "Q"
    /// "W05"; Kalenderwoche (KW05) in German, semaine/semana (S05) in French and Spanish.
    var weekPrefix = "W"
    /// After the day number: German writes "12. Jan.".
    var dayOrdinal = ""
    /// What a percentage moves in, for one and for several.
    var pointOne = "pt"
    var pointMany = "pts"

    public static let supported = ["en", "de", "fr", "es", "nl"]

    public static let en = ChartLocale(code: "en", decimal: ".", group: ",", minimumGroupingDigits: 1,
                                       months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                                       currencyAfter: false, currencySpace: false)

    public static func named(_ code: String) -> ChartLocale? {
        switch code {
        case "en": return .en
        case "de":
            return ChartLocale(code: "de", decimal: ",", group: ".", minimumGroupingDigits: 1,
                               months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni",
                                        "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
                               currencyAfter: true, currencySpace: true,
                               weekPrefix: "KW", dayOrdinal: ".", pointOne: "Pp.", pointMany: "Pp.")
        case "fr":
            return ChartLocale(code: "fr", decimal: ",", group: "\u{202F}", minimumGroupingDigits: 1,
                               months: ["janv.", "févr.", "mars", "avr.", "mai", "juin",
                                        "juil.", "août", "sept.", "oct.", "nov.", "déc."],
                               currencyAfter: true, currencySpace: true,
                               quarterPrefix: "T", weekPrefix: "S")
        case "es":
            return ChartLocale(code: "es", decimal: ",", group: ".", minimumGroupingDigits: 2,
                               months: ["ene", "feb", "mar", "abr", "may", "jun",
                                        "jul", "ago", "sept", "oct", "nov", "dic"],
                               currencyAfter: true, currencySpace: true,
                               quarterPrefix: "T", weekPrefix: "S", pointOne: "p.\u{00A0}p.", pointMany: "p.\u{00A0}p.")
        case "nl":
            return ChartLocale(code: "nl", decimal: ",", group: ".", minimumGroupingDigits: 1,
                               months: ["jan", "feb", "mrt", "apr", "mei", "jun",
                                        "jul", "aug", "sep", "okt", "nov", "dec"],
                               currencyAfter: false, currencySpace: true,
                               quarterPrefix: "K", pointOne: "pp", pointMany: "pp")
        default: return nil
        }
    }

    /// Rewrites a number the engine wrote in its own form ("−1,234.5") into
    /// this locale's separators.
    public func localize(_ number: String) -> String {
        if code == "en" { return number }
        var integerDigits = 0
        for ch in number {
            if ch == "." { break }
            if ch.isNumber { integerDigits += 1 }
        }
        let keepGroups = integerDigits >= 4 + minimumGroupingDigits - 1
        var out = ""
        for ch in number {
            switch ch {
            case ",": if keepGroups { out += group }
            case ".": out += decimal
            default: out.append(ch)
            }
        }
        return out
    }

    func currencySymbol(_ code: String) -> String {
        switch code {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "CHF": return "CHF"
        default: return code
        }
    }

    /// "€1,234.50", "1.234,50 €".
    func currency(_ number: String, code: String) -> String {
        let symbol = currencySymbol(code)
        let space = currencySpace || symbol.count > 1 ? "\u{00A0}" : ""
        if currencyAfter { return number + space + symbol }
        if number.hasPrefix(NumberFormat.minus) {
            return NumberFormat.minus + symbol + space + number.dropFirst()
        }
        return symbol + space + number
    }

    public func monthName(_ month: Int) -> String {
        months[((month - 1) % 12 + 12) % 12]
    }

    /// The unit of a change in a percentage: "+1.3 pts", "+1,3 Pp.".
    func percentagePoints(one: Bool) -> String { one ? pointOne : pointMany }

    /// "12 Jan 2026"; German writes the day as an ordinal ("12. Jan. 2026").
    func dayLabel(_ date: CalendarDate) -> String { "\(dayMonth(date)) \(date.year)" }

    /// "12 Jan" without the year, for ticks within one year.
    func dayMonth(_ date: CalendarDate) -> String {
        "\(date.day)\(dayOrdinal) \(monthName(date.month))"
    }
}
