/// Colours as CSS custom properties with fallbacks, so themes (dark mode, print) recolour charts.
public enum Palette {
    /// Okabe–Ito's eight, then Paul Tol's wine and olive: ten colour-blind-safe series colours.
    static let categorical = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
                              "#882255", "#999933"]
    /// viridis, seq1 = lowest value.
    static let sequential = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"]
    /// Text on each ramp step: dark on the light steps, white on the dark ones (≥ 4.5:1).
    static let onSequential = ["#1a1d23", "#1a1d23", "#1a1d23", "#ffffff", "#ffffff"]

    /// Series colour `i` (0-based); charts refuse more series than colours, so this cycles only for marks
    /// that are told apart otherwise (symbols, labels).
    public static func series(_ i: Int) -> String {
        let n = categorical.count
        let k = ((i % n) + n) % n
        return "var(--tp-c\(k + 1), \(categorical[k]))"
    }
    public static func seq(_ i: Int) -> String {
        let k = Swift.min(4, Swift.max(0, i))
        return "var(--tp-seq\(k + 1), \(sequential[k]))"
    }
    public static func onSeq(_ i: Int) -> String {
        let k = Swift.min(4, Swift.max(0, i))
        return "var(--tp-on-seq\(k + 1), \(onSequential[k]))"
    }
    public static let good = "var(--tp-good, #009E73)"
    public static let bad = "var(--tp-bad, #D55E00)"
    public static let neutral = "var(--tp-neutral, #6b7280)"
    public static let axis = "var(--tp-axis, #8a929e)"
    public static let grid = "var(--tp-grid, #e6e9ed)"
    public static let text = "var(--tp-text, #1a1d23)"
    public static let muted = "var(--tp-muted, #586170)"
    public static let bg = "var(--tp-bg, #ffffff)"
}

/// Shared typography so every chart reads alike.
enum Font {
    static let family = "system-ui, sans-serif"
    static let title = 14.0
    static let label = 12.0
    static let small = 11.0
}
