import Testing
import TouchpointTemplates

@Suite struct SectionTests {
    static let rows: [Case] = [
        Case("{{#t}}yes{{/t}}{{#f}}no{{/f}}{{#missing}}no{{/missing}}", ["t": true, "f": false], "yes"),
        Case("{{#list}}[{{.}}]{{/list}}", ["list": [1, 2, 3]], "[1][2][3]"),
        Case("{{#list}}[{{.}}]{{/list}}", ["list": []], ""),
        Case("{{#o}}{{name}}{{/o}}", ["o": ["name": "in"]], "in"),
        // Empty text and zero are values, so truthy.
        Case("{{#s}}[{{.}}]{{/s}}{{#z}}[{{.}}]{{/z}}{{#d}}[{{.}}]{{/d}}", ["s": "", "z": 0, "d": 0.0], "[][0][0.0]"),
        Case("{{#t}}{{.}}{{/t}}", .object(["t": true]), "[&quot;t&quot;: true]"),
        Case("{{^f}}A{{/f}}{{^missing}}B{{/missing}}{{^list}}C{{/list}}{{^t}}D{{/t}}{{^s}}E{{/s}}", ["f": false, "list": [], "t": true, "s": ""], "ABC"),
        // The empty list is pushed for an inverted section.
        Case("{{^list}}{{.}}{{/list}}", ["list": []], "[]"),
        Case("{{^list}}x{{/list}}", ["list": [1]], ""),
        Case("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", ["a": ["b": ["c": "abc"]], "c": "no"], "abc"),
        Case("{{#a.b}}{{.}}{{/a.b}}", ["a": ["b": "ab"]], "ab"),
        Case("{{#.a}}{{.}}{{/.a}}", ["a": "top"], "top"),
        Case("{{#o}}{{#.a}}{{.}}{{/.a}}|{{#a}}{{.}}{{/a}}{{/o}}", ["a": "top", "o": ["x": 1]], "|top"),
        Case("{{#list}}{{#.}}({{.}}){{/.}}{{/list}}", ["list": [[1, 2], [3]]], "(1)(2)(3)"),
        Case("{{#}}{{x}}{{/}}", ["x": "e"], "e"),
        Case("{{#list}}{{name}}:{{outer}} {{/list}}", ["outer": "o", "list": [["name": "a"], ["name": "b", "outer": "own"]]], "a:o b:own "),
        Case("{{#list}}{{#first()}}<{{/first()}}{{.}}{{#last()}}>{{/last()}}{{^last()}},{{/last()}}{{/list}}", ["list": ["a", "b", "c"]], "<a,b,c>"),
        Case("{{#list}}{{index()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}} {{/list}}", ["list": ["a", "b", "c"]], "0e 1o 2e "),
        Case("{{#list}}{{#first()}}{{#last()}}only{{/last()}}{{/first()}}{{/list}}", ["list": ["a"]], "only"),
        // The position is hidden by a pushed value, seen through `true`.
        Case("{{#list}}{{#t}}{{index()}}{{/t}}{{#.}}[{{index()}}]{{/.}}{{/list}}", ["t": true, "list": [["k": 1], ["k": 2]]], "0[]1[]"),
        Case("{{index()}}{{^first()}}out{{/first()}}", [:], "out"),
        Case("{{#list}}{{plusone(index())}}{{/list}}", ["list": ["a", "b"]], "12"),
    ]

    @Test(arguments: rows) func section(_ row: Case) { check(row) }
}
