import Testing
import TouchpointTemplates

/// HTML escaping: the UTF-8 fast path and the `Character` slow path.
@Suite struct EscapeTests {
    static let rows: [Case] = [
        Case("{{x}}", ["x": "plain text, no specials"], "plain text, no specials"),
        Case("{{x}}", ["x": "<<>>&&\"\"''"], "&lt;&lt;&gt;&gt;&amp;&amp;&quot;&quot;&#39;&#39;"),
        Case("{{x}}", ["x": "<a href=\"x\">it's</a>"], "&lt;a href=&quot;x&quot;&gt;it&#39;s&lt;/a&gt;"),
        Case("{{x}}", ["x": "ünïcödé <b> 日本 & 🙂"], "ünïcödé &lt;b&gt; 日本 &amp; 🙂"),
        // A special character joined into one grapheme is not escaped.
        Case("{{x}}", ["x": "<\u{301}>"], "<\u{301}&gt;"),
        Case("{{x}}", ["x": "\u{600}<"], "\u{600}<"),
        Case("{{x}}", ["x": "é<"], "é&lt;"),
        Case("{{x}}", ["x": "<\u{200D}"], "<\u{200D}"),
        Case("{{x}}", ["x": ""], ""),
    ]

    @Test(arguments: rows) func escape(_ row: Case) { check(row) }
}
