import Testing
import TouchpointTemplates

@Suite struct VariableTests {
    static let rows: [Case] = [
        Case("Hello {{name}}!", ["name": "Ann"], "Hello Ann!"),
        Case("{{x}}", ["x": "& < > \" '"], "&amp; &lt; &gt; &quot; &#39;"),
        Case("{{{x}}}", ["x": "& < > \" '"], "& < > \" '"),
        Case("{{&x}}", ["x": "<b>"], "<b>"),
        Case("{{ x }}|{{{ x }}}|{{& x }}", ["x": "<"], "&lt;|<|<"),
        Case("{{missing}}[{{{missing}}}]", [:], "[]"),
        Case("{{n}} {{d}} {{e}} {{t}} {{f}}", ["n": -42, "d": 1.5, "e": 2.0, "t": true, "f": false], "-42 1.5 2.0 true false"),
        Case("{{d}}", ["d": .double(1e-7)], "1e-07"),
        Case("{{list}}", ["list": ["a\"b", 1, 2.5, true]], "[&quot;a\\&quot;b&quot;, 1, 2.5, true]"),
        Case("{{{list}}}", ["list": [["x"], []]], "[[\"x\"], []]"),
        Case("{{{o}}}", ["o": ["k": "v"]], "[\"k\": \"v\"]"),
        Case("{{{o}}}", ["o": .object(TemplateObject())], "[:]"),
        Case("{{a.b.c}}", ["a": ["b": ["c": "deep"]]], "deep"),
        Case("{{a.b.c}}", ["a": ["b": "flat"]], ""),
        Case("{{a..b}}", ["a": ["b": "dots"]], "dots"),
        Case("{{#a}}{{b}}{{/a}}", ["a": ["x": 1], "b": "outer"], "outer"),
        Case("{{#a}}{{.b}}{{/a}}", ["a": ["x": 1], "b": "outer"], ""),
        Case("{{#a}}{{b.c}}{{/a}}", ["a": ["b": ["x": 1]], "b": ["c": "outer"]], ""),
        Case("{{#list}}{{.}},{{/list}}", ["list": ["a", "<"]], "a,&lt;,"),
        Case("{{.}}", "top", "top"),
        Case("{{}}|{{..}}", "top", "top|top"),
        Case("{{x}}", ["x": "a&\u{301}b<"], "a&\u{301}b&lt;"),
        Case("{{x}}", ["x": "é<ü>"], "é&lt;ü&gt;"),
    ]

    @Test(arguments: rows) func variable(_ row: Case) { check(row) }
}
