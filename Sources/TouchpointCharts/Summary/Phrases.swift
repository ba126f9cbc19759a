/// Small pieces of plain English shared by the summaries and notes, and by
/// the change notes of a refresh, so both speak alike.
public enum Phrase {
    static func quoted(_ s: String) -> String { "'" + s + "'" }

    public static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n == 1 ? one : (many ?? one + "s"))
    }

    /// "2 records without a value for 'contacts' are left out".
    static func leftOut(_ n: Int, what: String, field: String) -> String {
        "\(plural(n, what)) without a value for \(quoted(field)) \(n == 1 ? "is" : "are") left out"
    }

    public static func rose(_ from: Double, _ to: Double) -> String {
        to > from ? "rose" : (to < from ? "fell" : "held")
    }

    static func optional(_ v: Double?, _ f: (Double) -> String = NumberFormat.auto) -> String {
        v.map(f) ?? "—"
    }
}
