import Testing
import TouchpointTemplates

@Suite struct LibraryTests {
    @Test func partialsResolveByNameAtRenderTime() throws {
        var library = TemplateLibrary()
        try library.register(source: "[{{>p}}]", named: "main")
        #expect(library.render("main", context: [:]) == "[]")
        try library.register(source: "late", named: "p")
        #expect(library.render("main", context: [:]) == "[late]")
    }

    @Test func aliasesAndLookups() throws {
        var library = TemplateLibrary()
        try library.register(source: "<{{$b}}{{/b}}>", named: "layouts/base")
        let aliased = library.alias("base", to: "layouts/base")
        let aliasedMissing = library.alias("x", to: "nothing")
        #expect(aliased && !aliasedMissing)
        #expect(library.contains("base") && !library.contains("x") && !library.contains("nothing"))
        try library.register(source: "{{<base}}{{$b}}B{{/b}}{{/base}}", named: "page")
        #expect(library.render("page", context: [:]) == "<B>")
        #expect(library.render("nothing", context: [:]) == nil)
        var out = "pre:"
        #expect(library.render("page", context: [:], into: &out))
        #expect(!library.render("nothing", context: [:], into: &out))
        #expect(out == "pre:<B>")
    }

    @Test func recursionIsCapped() throws {
        var library = TemplateLibrary()
        try library.register(source: "x{{>self}}", named: "self")
        #expect(library.render("self", context: [:]) == String(repeating: "x", count: 101))
        try library.register(source: "{{#n}}({{#n}}{{>nest}}{{/n}}){{/n}}", named: "nest")
        let deep = (0..<150).reduce(TemplateValue.bool(true)) { inner, _ in ["n": inner] }
        #expect(library.render("nest", context: deep)?.hasPrefix("((((") == true)
        try library.register(source: "{{<self2}}{{$a}}a{{$a}}{{/a}}{{/a}}{{/self2}}", named: "self2")
        #expect(library.render("self2", context: [:]) != nil)
        try library.register(source: "{{<p}}{{$a}}[{{$a}}{{/a}}]{{/a}}{{/p}}", named: "blocks")
        try library.register(source: "{{$a}}{{/a}}", named: "p")
        let blocks = try #require(library.render("blocks", context: [:]))
        #expect(blocks == String(repeating: "[", count: 99) + String(repeating: "]", count: 99))
    }
}
