import Testing
@testable import TouchpointCore

/// WCAG contrast against worked values, and palettes that always pass AA.
@Suite struct BrandPaletteTests {
    typealias RGB = BrandPalette.RGB

    @Test(arguments: [
        ("#000000", "#FFFFFF", 21.0),
        ("#777777", "#FFFFFF", 4.48),  // WebAIM: 4.48:1
        ("#0B5D8F", "#FFFFFF", 7.06),
        ("#FFD700", "#FFFFFF", 1.4),
    ])
    func contrastMatchesWCAG(a: String, b: String, ratio: Double) {
        guard let x = RGB(hex: a), let y = RGB(hex: b) else { Issue.record("unreadable"); return }
        #expect(Swift.abs(BrandPalette.contrast(x, y) - ratio) < 0.01)
    }

    @Test(arguments: ["#7B2D8E", "#0B5D8F", "#005A32", "#B00020", "#333333", "#1F3A93"])
    func everyPaletteReadsInLightAndDark(accent: String) throws {
        let palette = try BrandPalette.make(accent: accent).get()
        #expect(BrandPalette.contrast(palette.light, BrandPalette.lightPage) >= 4.5)
        #expect(BrandPalette.contrast(palette.dark, BrandPalette.darkPage) >= 4.5)
        #expect(BrandPalette.contrast(palette.lightHover, BrandPalette.lightPage) >= 4.5)
    }

    @Test func unreadableColoursAreRefused() {
        #expect(throws: BrandPalette.Problem.self) { try BrandPalette.make(accent: "purple").get() }
        #expect(throws: BrandPalette.Problem.self) { try BrandPalette.make(accent: "#FFFF00").get() }
    }
}
