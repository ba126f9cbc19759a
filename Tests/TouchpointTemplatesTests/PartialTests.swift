import Testing
import TouchpointTemplates

@Suite struct PartialTests {
    static let rows: [Case] = [
        Case("<{{> p}}>", ["x": "X"], partials: ["p": "{{x}}"], "<X>"),
        Case("<{{>missing}}>", [:], "<>"),
        Case("{{#list}}{{>item}}{{/list}}", ["list": [["n": 1], ["n": 2]]], partials: ["item": "({{n}})"], "(1)(2)"),
        Case("a\n  {{>p}}\nb\n", [:], partials: ["p": "1\n2\n"], "a\n  1\n  2\nb\n"),
        // A standalone missing partial still prints its indentation.
        Case("a\n  {{>missing}}\nb\n", [:], "a\n  b\n"),
        Case("  {{>p}} x\n", [:], partials: ["p": "1\n2\n"], "  1\n2\n x\n"),
        Case("  {{>p}}\n", ["v": "1\n2"], partials: ["p": "[{{v}}]\n[{{{v}}}]\n"], "  [1\n2]\n  [1\n2]\n"),
        Case("\t{{>p}}\n", [:], partials: ["p": "{{>q}}", "q": "1\n2\n"], "\t1\n\t2\n"),
        Case("  {{>p}}\n", [:], partials: ["p": "a\r\nb\n"], "  a\r\nb\n"),
        Case("{{>*which}}", ["which": "p", "v": "dyn"], partials: ["p": "{{v}}"], "dyn"),
        Case("{{>*which}}", ["which": 3], partials: ["p": "{{v}}"], ""),
        Case("{{#list}}{{>p}}{{/list}}", ["list": ["a", "b"]], partials: ["p": "{{#first()}}F{{/first()}}{{.}}"], "ab"),
    ]

    @Test(arguments: rows) func partial(_ row: Case) { check(row) }

    @Test func nestedIndentation() {
        check(Case("  {{>p}}\n", [:], partials: ["p": "1\n  {{>q}}\n3\n", "q": "x\ny\n"], "  1\n    x\n    y\n  3\n"))
    }
}
