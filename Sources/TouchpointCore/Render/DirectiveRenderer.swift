import TouchpointMarkdown

/// Replaces `chart`, `table` and `kpis` blocks by generated HTML.
struct DirectiveRenderer: Sendable {
    func render(_ directive: Directive, number: Int, page: Page, file: SourceFile) -> (html: String, diagnostics: [Diagnostic]) {
        let line = directive.location.line + page.bodyFirstLine - 1
        return ("", [file.error("'\(directive.name)' blocks need the chart engine, which this build does not have yet",
                                line: line, column: directive.location.column)])
    }
}
