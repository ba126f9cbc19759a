import Testing
import TouchpointTemplates

@Suite struct SyntaxErrorTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var source: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { String(reflecting: source) }
    }

    static let rows: [Row] = [
        Row(source: "a\n  {{#items}}\nx\n", line: 2, column: 3, message: "section 'items' is never closed"),
        Row(source: "{{#a}}\n{{#b}}{{/a}}", line: 2, column: 10, message: "closing tag 'a' does not match the open section 'b'"),
        Row(source: "x {{/a}}", line: 1, column: 6, message: "closing tag 'a' with no open section"),
        Row(source: "{{#first()}}{{/first}}", line: 1, column: 16, message: "closing tag 'first' does not match the open section 'first()'"),
        Row(source: "line\n{{name", line: 2, column: 7, message: "the template ends inside a tag"),
        Row(source: "{{name here}}", line: 1, column: 8, message: "the tag is not closed by '}}', or its name holds a character names cannot"),
        Row(source: "{{{x}}", line: 1, column: 7, message: "the template ends inside a triple mustache"),
        Row(source: "{{=<%=}}", line: 1, column: 4, message: "a set-delimiter tag must read {{=start end=}}"),
        Row(source: "{{= <% %> }}", line: 1, column: 4, message: "a set-delimiter tag must read {{=start end=}}"),
        Row(source: "\n {{! open", line: 2, column: 2, message: "the comment is never closed by '}}'"),
        Row(source: "{{<base}}{{x}}{{/base}}", line: 1, column: 1, message: "a parent call ({{<base}}) may hold only blocks ({{$name}}…{{/name}})"),
        Row(source: "{{$b(x)}}{{/b(x)}}", line: 1, column: 10, message: "a block ($x) cannot take a transform"),
        Row(source: "{{a(b}}", line: 1, column: 8, message: "badly formed transform in 'a(b'"),
        Row(source: "a{", line: 1, column: 2, message: "the template ends inside a tag's opening delimiter"),
        Row(source: "{{% CONTENT_TYPE: XML}}", line: 1, column: 24, message: "unknown content type 'XML'; known: HTML, TEXT"),
    ]

    @Test(arguments: rows) func error(_ row: Row) {
        var library = TemplateLibrary()
        let expected = TemplateSyntaxErrorList([TemplateSyntaxError(template: "t", line: row.line, column: row.column, message: row.message)])
        do {
            try library.register(source: row.source, named: "t")
            Issue.record("compiled")
        } catch {
            #expect(error == expected)
        }
        #expect(!library.contains("t"))
        // swift-mustache rejects each of them too.
        #expect(!Oracle.compiles(row.source))
    }

    @Test func failedRegistrationKeepsThePreviousTemplate() throws {
        var library = TemplateLibrary()
        try library.register(source: "old", named: "t")
        #expect((try? library.register(source: "{{#x}}", named: "t")) == nil)
        #expect(library.render("t", context: [:]) == "old")
    }
}
