import Testing
@testable import TouchpointCharts

@Suite struct FormatTests {
    @Test func fixedAndGrouped() {
        #expect(NumberFormat.fixed(12400, decimals: 0) == "12,400")
        #expect(NumberFormat.fixed(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(NumberFormat.fixed(0.1 + 0.2, decimals: 1) == "0.3")
        #expect(NumberFormat.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.fixed(-1.8, decimals: 1) == "\u{2212}1.8")
        #expect(NumberFormat.fixed(2, decimals: 1) == "2.0")
        #expect(NumberFormat.fixed(0.125, decimals: 2) == "0.13")
        #expect(NumberFormat.fixed(999.96, decimals: 1) == "1,000.0")
        #expect(NumberFormat.fixed(1e12, decimals: 0) == "1,000,000,000,000")
        #expect(NumberFormat.fixed(1e-9, decimals: 2) == "0.00")
    }

    @Test func units() {
        #expect(NumberFormat.withUnit(28, unit: "pts") == "28 pts")
        #expect(NumberFormat.withUnit(13.14, unit: "days") == "13.1 days")
        #expect(NumberFormat.withUnit(62, unit: "%") == "62%")
        #expect(NumberFormat.withUnit(4.25, unit: nil) == "4.25")
        #expect(NumberFormat.percent(0.624) == "62%")
        #expect(NumberFormat.signed(7, unit: "pts") == "+7 pts")
        #expect(NumberFormat.signed(-3.5) == "\u{2212}3.5")
        #expect(NumberFormat.signed(0) == "0")
    }

    @Test func compact() {
        #expect(NumberFormat.compact(1234) == "1.2k")
        #expect(NumberFormat.compact(3_400_000) == "3.4M")
        #expect(NumberFormat.compact(950) == "950")
        #expect(NumberFormat.compact(999_960) == "1M")
        #expect(NumberFormat.compact(-2_500) == "\u{2212}2.5k")
        #expect(NumberFormat.compact(1e12) == "1T")
    }

    @Test func ticks() {
        let t = Ticks.ticks(0, 1, 10)
        #expect(t.map { NumberFormat.tick($0, step: 0.1) } == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
        #expect(NumberFormat.tick(0.1 + 0.2, step: 0.1) == "0.3")
        #expect(NumberFormat.tick(2000, step: 1000) == "2,000")
        #expect(NumberFormat.tick(-5, step: 5) == "\u{2212}5")
        #expect(NumberFormat.tick(4e11, step: 2e11) == "400B")
        #expect(NumberFormat.tick(5e-10, step: 5e-10) == "0.0000000005")
    }

    @Test func coordinates() {
        #expect(NumberFormat.coordinate(12.345) == "12.35")
        #expect(NumberFormat.coordinate(-0.001) == "0")
        #expect(NumberFormat.coordinate(100) == "100")
        #expect(NumberFormat.coordinate(1e-7) == "0")
        #expect(NumberFormat.coordinate(1e21) == "1000000000000000000000")
        #expect(NumberFormat.coordinate(.nan) == "0")
        #expect(NumberFormat.coordinate(-3.5) == "-3.5")
    }

    @Test func textWidth() {
        let w = TextWidth.of("Wait for repair", fontSize: 12)
        #expect(w > 70 && w < 110)
        #expect(TextWidth.of("", fontSize: 12) == 0)
        #expect(TextWidth.of("WWW", fontSize: 12) > TextWidth.of("iii", fontSize: 12))
        #expect(TextWidth.of("abc", fontSize: 24) == 2 * TextWidth.of("abc", fontSize: 12))
        let t = TextFit.truncate("Peer-to-peer network of repairers", width: 80, fontSize: 12)
        #expect(t.hasSuffix("…") && TextWidth.of(t, fontSize: 12) <= 80)
        let w2 = TextFit.wrap("Peer-to-peer network", width: 110, fontSize: 12, maxLines: 2)
        #expect(w2.lines == ["Peer-to-peer", "network"] && !w2.truncated)
        #expect(XMLEscape.escape("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;")
    }
}
