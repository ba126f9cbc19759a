import Testing
import TouchpointTemplates

@Suite struct InheritanceTests {
    static let base = "<h>{{$title}}Default{{/title}}</h>\n{{$body}}\nno body\n{{/body}}\n"
    static let rows: [Case] = [
        Case("{{<base}}{{/base}}", [:], partials: ["base": base], "<h>Default</h>\nno body\n"),
        Case("{{<base}}{{$title}}T{{/title}}{{/base}}", [:], partials: ["base": base], "<h>T</h>\nno body\n"),
        Case("{{<base}}\n{{$body}}\n  line {{x}}\n  more\n{{/body}}\n{{/base}}\n", ["x": 1], partials: ["base": base], "<h>Default</h>\nline 1\nmore\n"),
        Case("{{$title}}alone{{/title}}", [:], "alone"),
        // Text between blocks of a parent call is dropped.
        Case("{{<base}}ignored{{$title}}T{{/title}}ignored{{/base}}", [:], partials: ["base": base], "<h>T</h>\nno body\n"),
        // A block given twice keeps its last body.
        Case("{{<base}}{{$title}}1{{/title}}{{$title}}2{{/title}}{{/base}}", [:], partials: ["base": "{{$title}}{{/title}}"], "2"),
        // The outermost override wins, through parents and plain partials.
        Case("{{<mid}}{{$title}}outer{{/title}}{{/mid}}", [:],
             partials: ["base": "[{{$title}}b{{/title}}][{{>part}}]", "mid": "{{<base}}{{$title}}mid{{/title}}{{/base}}", "part": "{{$title}}p{{/title}}"],
             "[outer][outer]"),
        Case("{{<base}}{{$title}}{{x}}{{/title}}{{/base}}", ["x": "<", "o": true], partials: ["base": "{{#o}}{{$title}}{{/title}}{{/o}}"], "&lt;"),
        Case("{{<base}}{{$title}}{{x}}{{/title}}{{/base}}", ["x": "top", "o": ["x": "in"]], partials: ["base": "{{#o}}{{$title}}{{/title}}{{/o}}"], "in"),
        Case("{{<missing}}{{$a}}x{{/a}}{{/missing}}", [:], ""),
        Case("a\n  {{$b}}\n  one\n  two\n  {{/b}}\nz\n", [:], "a\n    one\n    two\nz\n"),
        Case("{{<*which}}{{$t}}T{{/t}}{{/*which}}", ["which": "base"], partials: ["base": "<{{$t}}{{/t}}>"], "<T>"),
    ]

    @Test(arguments: rows) func inheritance(_ row: Case) { check(row) }
}
