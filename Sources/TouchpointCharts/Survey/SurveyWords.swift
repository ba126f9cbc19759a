/// How survey charts and tables write shares, counts and the note on small groups, alike everywhere.
enum SurveyWords {
    /// "48%".
    static func percent(_ share: Double, _ locale: ChartLocale) -> String { locale.localize(NumberFormat.percent(share)) }

    /// "6,240".
    static func count(_ n: Int, _ locale: ChartLocale) -> String { locale.localize(NumberFormat.fixed(Double(n), decimals: 0)) }

    /// The note under a chart with groups below the minimum n ("Islands (n = 12)"), or none.
    static func smallGroups(_ groups: [String], minN: Int) -> [String] {
        guard !groups.isEmpty else { return [] }
        let one = groups.count == 1
        return ["\(groups.joined(separator: ", ")) \(one ? "is" : "are") below \(minN) respondents and drawn faint: "
            + "read \(one ? "it" : "them") with care"]
    }
}
