import Testing
import TouchpointTemplates

/// Every template of the default theme, rendered by both engines.
@Suite struct ThemeDifferentialTests {
    @Test func themeIsFound() {
        #expect(DefaultTheme.layouts.count >= 7)
        #expect(DefaultTheme.templates.contains { $0.name == "base" })
    }

    @Test(arguments: ThemeContexts.all.map(\.0))
    func everyTemplateMatches(contextName: String) throws {
        let context = try #require(ThemeContexts.all.first { $0.0 == contextName }?.1)
        let templates = DefaultTheme.templates
        for template in templates {
            let ours = Engine.render(templates, name: template.name, context: context)
            let theirs = Oracle.render(templates, name: template.name, context: context)
            #expect(ours != nil)
            #expect(ours == theirs, "\(template.name) with \(contextName)")
        }
    }
}
