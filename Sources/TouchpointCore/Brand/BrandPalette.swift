import Foundation

/// The default theme's accent colours from one brand colour, for light and
/// dark mode, each checked against WCAG 2.1 AA (4.5:1 for text): the accent is
/// link text on the page and the background of text in the page's colour.
struct BrandPalette: Sendable, Hashable {
    struct RGB: Sendable, Hashable {
        var r: Double, g: Double, b: Double

        /// "#7B2D8E" or "#7b2d8e"; nil for anything else.
        init?(hex: String) {
            let digits = hex.hasPrefix("#") ? hex.dropFirst() : ""
            guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
            r = Double(value >> 16 & 0xFF); g = Double(value >> 8 & 0xFF); b = Double(value & 0xFF)
        }

        init(r: Double, g: Double, b: Double) { self.r = r; self.g = g; self.b = b }

        var hex: String {
            "#" + [r, g, b].map { channel in
                let text = String(Int(channel.rounded()), radix: 16)
                return text.count == 1 ? "0" + text : text
            }.joined()
        }

        /// WCAG relative luminance.
        var luminance: Double {
            func linear(_ c: Double) -> Double {
                let s = c / 255
                return s <= 0.039_28 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        }

        func mixed(with other: RGB, _ t: Double) -> RGB {
            RGB(r: r + (other.r - r) * t, g: g + (other.g - g) * t, b: b + (other.b - b) * t)
        }
    }

    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (hi, lo) = (Swift.max(a.luminance, b.luminance), Swift.min(a.luminance, b.luminance))
        return (hi + 0.05) / (lo + 0.05)
    }

    /// The default theme's page backgrounds.
    static let lightPage = RGB(r: 255, g: 255, b: 255)
    static let darkPage = RGB(r: 0x11, g: 0x14, b: 0x18)
    static let black = RGB(r: 0, g: 0, b: 0)
    static let aa = 4.5

    var light: RGB
    var lightHover: RGB
    var lightSoft: RGB
    var dark: RGB
    var darkHover: RGB
    var darkSoft: RGB

    /// The palette, or the problem in words with a colour that would pass.
    static func make(accent hex: String) -> Result<BrandPalette, Problem> {
        guard let accent = RGB(hex: hex) else {
            return .failure(Problem("expected a colour such as #7B2D8E, found '\(hex)'"))
        }
        let ratio = contrast(accent, lightPage)
        guard ratio >= aa else {
            let darker = nearest(from: accent, towards: black, passing: lightPage)
            return .failure(Problem("\(hex) on white has a contrast of \(Self.ratioText(ratio)):1; text needs 4.5:1 (WCAG AA). "
                + "A darker shade such as \(darker.hex.uppercased()) passes"))
        }
        // Dark mode lightens the brand colour just enough to read on the dark page.
        let dark = nearest(from: accent, towards: lightPage, passing: darkPage)
        return .success(BrandPalette(light: accent, lightHover: accent.mixed(with: black, 0.25),
                                     lightSoft: accent.mixed(with: lightPage, 0.9),
                                     dark: dark, darkHover: dark.mixed(with: lightPage, 0.3),
                                     darkSoft: accent.mixed(with: darkPage, 0.8)))
    }

    /// The least mix of `colour` towards `target` that reaches AA against `page`.
    static func nearest(from colour: RGB, towards target: RGB, passing page: RGB) -> RGB {
        for step in 0...100 {
            let candidate = colour.mixed(with: target, Double(step) / 100)
            let rounded = RGB(r: candidate.r.rounded(), g: candidate.g.rounded(), b: candidate.b.rounded())
            if contrast(rounded, page) >= aa { return rounded }
        }
        return target
    }

    static func ratioText(_ ratio: Double) -> String {
        let tenths = Int((ratio * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Custom properties over the default theme's, light and dark.
    var css: String {
        ":root{--accent:\(light.hex);--accent-hover:\(lightHover.hex);--accent-soft:\(lightSoft.hex);--focus:\(light.hex)}"
            + "@media (prefers-color-scheme: dark){:root{--accent:\(dark.hex);--accent-hover:\(darkHover.hex);"
            + "--accent-soft:\(darkSoft.hex);--focus:\(dark.hex)}}"
    }

    struct Problem: Error, Sendable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
