import Testing
import TouchpointTemplates

@Suite struct TransformTests {
    static let rows: [Case] = [
        Case("{{count(list)}} {{empty(list)}} {{first(list)}} {{last(list)}}", ["list": ["a", "b", "c"]], "3 false a c"),
        Case("{{count(list)}} {{empty(list)}} [{{first(list)}}]", ["list": []], "0 true []"),
        Case("{{#reversed(list)}}{{.}}{{/reversed(list)}}", ["list": [1, 2, 3]], "321"),
        Case("{{#sorted(list)}}{{.}} {{/sorted(list)}}", ["list": ["pear", "apple", "Zed"]], "Zed apple pear "),
        Case("{{#sorted(list)}}{{.}} {{/sorted(list)}}", ["list": [3, 1, 2]], "1 2 3 "),
        Case("{{#sorted(list)}}{{.}} {{/sorted(list)}}", ["list": [2.5, -1.0]], "-1.0 2.5 "),
        // Mixed lists and lists of objects are not Comparable in swift-mustache.
        Case("{{#sorted(list)}}{{.}} {{/sorted(list)}}", ["list": [1, "a"]], ""),
        Case("{{#sorted(reversed(list))}}{{.}}{{/sorted(reversed(list))}}", ["list": ["b", "c", "a"]], "abc"),
        Case("{{#first(list)}}{{name}}{{/first(list)}}", ["list": [["name": "n1"], ["name": "n2"]]], "n1"),
        Case("{{count(o)}} {{empty(o)}}", ["o": ["a": 1, "b": 2]], "2 false"),
        Case("{{#sorted(o)}}{{key}}={{value}};{{/sorted(o)}}", ["o": ["b": 2, "a": 1, "c": "x"]], "a=1;b=2;c=x;"),
        Case("{{uppercased(s)}} {{lowercased(s)}} {{reversed(s)}} {{empty(s)}} {{empty(e)}}", ["s": "Ab<c", "e": ""], "AB&lt;C ab&lt;c c&lt;bA false true"),
        Case("{{capitalized(s)}}", ["s": "hello-world foo_bar o'neil 3abc ABC déjà x.y ǆemal"], "Hello-World Foo_Bar O&#39;neil 3Abc Abc Déjà X.Y ǅemal"),
        Case("{{uppercased(reversed(s))}}", ["s": "abc"], "CBA"),
        Case("{{equalzero(n)}} {{plusone(n)}} {{minusone(n)}} {{even(n)}} {{odd(n)}}", ["n": 0], "true 1 -1 true false"),
        Case("{{#odd(n)}}odd{{/odd(n)}}", ["n": 7], "odd"),
        // No transform applies to Bool or Double, and unknown names see nothing.
        Case("[{{plusone(d)}}][{{uppercased(b)}}][{{nosuch(s)}}][{{count(s)}}]", ["d": 1.0, "b": true, "s": "x"], "[][][][]"),
        Case("{{^empty(list)}}has{{/empty(list)}}", ["list": [1]], "has"),
        Case("{{uppercased(.)}}", "top", "TOP"),
    ]

    @Test(arguments: rows) func transform(_ row: Case) { check(row) }
}
