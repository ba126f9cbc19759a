/// How a field's numbers read: `number`, `percent` (fractions: 0.62 → 62%),
/// `currency:EUR`, `compact` (3.5M), each with optional fixed decimals.
public struct ValueFormat: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case number
        case percent
        case currency(String)
        case compact
    }

    public var style: Style
    public var decimals: Int?

    public init(style: Style = .number, decimals: Int? = nil) {
        self.style = style
        self.decimals = decimals
    }

    public static let codes = ["number", "percent", "currency:CODE", "compact", "decimals:N"]

    /// Reads `percent`, `currency:EUR`, `compact decimals:1`, `decimals:2`;
    /// returns the problem in words for anything else.
    public static func parse(_ text: String) -> Result<ValueFormat, ChartError> {
        var format = ValueFormat()
        var styled = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let parts = word.split(separator: ":", maxSplits: 1).map(String.init)
            let name = parts[0], argument = parts.count > 1 ? parts[1] : nil
            switch (name, argument) {
            case ("number", nil): format.style = .number
            case ("percent", nil): format.style = .percent
            case ("compact", nil): format.style = .compact
            case ("currency", let code?) where code.count == 3 && code.allSatisfy({ $0.isUppercase && $0.isASCII }):
                format.style = .currency(code)
            case ("currency", _):
                return .failure(ChartError("'\(word)': a currency needs its three-letter code, e.g. currency:EUR",
                                           option: "format"))
            case ("decimals", let n?) where Int(n).map({ (0...10).contains($0) }) ?? false:
                format.decimals = Int(n)
                continue
            case ("decimals", _):
                return .failure(ChartError("'\(word)': decimals takes a count from 0 to 10, e.g. decimals:1",
                                           option: "format"))
            default:
                return .failure(ChartError("unknown format '\(word)'; expected one of: \(codes.joined(separator: ", "))",
                                           option: "format"))
            }
            if styled {
                return .failure(ChartError("format '\(text)' names two styles; give one, with decimals:N if needed",
                                           option: "format"))
            }
            styled = true
        }
        return .success(format)
    }
}
