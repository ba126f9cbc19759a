/// Estimated rendered width of a string in a sans-serif face, so labels can be placed without overlap.
public enum TextWidth {
    /// Helvetica advance widths (1/1000 em) for ASCII 32…126.
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
    /// system-ui on Linux (DejaVu Sans, Cantarell) runs wider than Helvetica; err on the wide side.
    static let safety = 1.12

    static func em(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        if v >= 32 && v <= 126 { return Double(ascii[Int(v - 32)]) / 1000 }
        if v == 0x2026 { return 1.0 }          // …
        if v == 0x2212 || v == 0x2013 { return 0.584 }
        if v == 0x2014 { return 1.0 }
        if v >= 0x0300 && v <= 0x036F { return 0 } // combining marks
        if v >= 0x2E80 { return 1.0 }          // CJK and wide symbols
        return 0.6
    }

    /// Width in px of `text` at `fontSize`; bold text runs about 7% wider.
    public static func of(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var total = 0.0
        for s in text.unicodeScalars { total += em(s) }
        return total * fontSize * safety * (bold ? 1.07 : 1)
    }
}
