import Testing
import TouchpointTemplates

/// Standalone lines, comments and set delimiters, including the
/// swift-mustache quirks the parser keeps (see TemplateParser).
@Suite struct WhitespaceTests {
    static let rows: [Case] = [
        Case("a\n{{#t}}\nb\n{{/t}}\nc\n", ["t": true], "a\nb\nc\n"),
        Case("a\n  {{#t}}  \n  b\n  {{/t}}\t\nc", ["t": true], "a\n  b\nc"),
        Case("a {{#t}}b{{/t}} c\n", ["t": true], "a b c\n"),
        Case("  {{x}}\n", ["x": 1], "  1\n"),
        Case("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\n", ["t": true], "a\r\nb\r\n"),
        Case("{{! comment }}a{{!\nmulti\nline}}b\n  {{! alone }}\nc", [:], "ab\nc"),
        Case("{{=<% %>=}}<% x %>{{x}}<%={{ }}=%>{{x}}", ["x": 1], "1{{x}}1"),
        Case("{{=| |=}}\n|#t|\n|x|\n|/t|\n", ["t": true, "x": "y"], "y\n"),
        Case("{{=<% %>=}}<%{x%>}", ["x": "<"], "<"),
        Case("{{%CONTENT_TYPE:TEXT}}{{x}}", ["x": "<"], "<"),
        Case("{{%CONTENT_TYPE:TEXT}}{{>p}}", ["x": "<"], partials: ["p": "{{x}}"], "&lt;"),
        // Quirks.
        Case("a\n   ", [:], "a\n"),
        Case("a{{", [:], "a"),
        Case("a{{\nb", [:], "a\nb"),
        Case("a{b}", [:], "a{b}"),
        Case("{{#a}}\nx\n{{/a}}{{! c }}\nz", ["a": true], "x\nz"),
        Case("{{#t}}{{=<% %>=}}<%/t%>{{x}}", ["t": true, "x": 1], "1"),
        Case("  {{! c }} x\n", [:], "   x\n"),
        Case("  {{! c }}{{x}}\n", ["x": 1], "  1\n"),
        Case("{{#t}}\n  a\n{{/t}}  \nb", ["t": true], "  a\nb"),
        // Any Unicode newline ends a standalone line, but only \n and \r\n split text.
        Case("{{#t}}\u{2028}a\rb\n{{/t}}\u{85}c", ["t": true], "a\rb\nc"),
        Case("{{! c }}\r\n{{x}}", ["x": 1], "1"),
    ]

    @Test(arguments: rows) func whitespace(_ row: Case) { check(row) }
}
