/// The smallest useful report, for `touchpoint new DIR --bare`: a home page, one
/// section with one page, a CSV export with its description and a chart over it.
/// Kept as text here, not copied from the example, so it stays this small.
enum BareSite {
    static let files: [String: String] = [
        "site.yml": """
            title: My report
            description: What customers told us this quarter.
            menu: [findings]

            """,
        "index.md": """
            ---
            title: My report
            ---
            Start here: the [findings](findings/index.md) hold the first chart.

            """,
        "findings/index.md": """
            ---
            title: Findings
            ---
            One page per finding.

            """,
        "findings/satisfaction.md": """
            ---
            title: Satisfaction by quarter
            date: 2026-09-30
            summary: Satisfaction rose two points in a year.
            ---
            Write the finding first, then show the numbers.

            ```chart
            data: csat.csv
            type: line
            x: quarter
            y: csat
            title: Customer satisfaction by quarter
            ```

            """,
        "data/csat.csv": """
            quarter,csat
            2025-Q3,78.1
            2025-Q4,78.6
            2026-Q1,79.2
            2026-Q2,79.7
            2026-Q3,80.3

            """,
        "data/csat.csv.yml": """
            source: Quarterly customer survey
            asOf: 2026-09-30
            fields:
              quarter: {label: Quarter}
              csat: {label: Satisfied customers, unit: "%"}

            """,
    ]
}
