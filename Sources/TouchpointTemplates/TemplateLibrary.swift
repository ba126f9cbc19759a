// TouchpointTemplates renders theme templates (Mustache) for Touchpoint.
//
// Why it exists: profiling a 10,000-page build showed 52% of all CPU inside
// swift-mustache 2.1.1, in its lookups on `[String: Any]` contexts (dynamic
// casts and protocol conformance checks: `getChild`, `swift_dynamicCast`)
// and its `htmlEscape`. This engine compiles each template once into ops
// with pre-split names and renders them against `TemplateValue`, a typed
// tree, appending to one string; no `Any`, no casts, no Foundation.
//
// Themes are user-editable `.mustache` files, so output must not change:
// the engine reproduces swift-mustache 2.1.1 byte for byte, quirks
// included (listed in TemplateParser, TemplateRenderer and ValueText).
// swift-mustache stays in the package only as the test oracle: the tests
// render the default theme and thousands of random templates with both.
//
// Not supported: lambdas, custom content types, Mirror reflection of
// arbitrary Swift values (contexts are `TemplateValue`s by construction).

/// Compiled templates by name (`layouts/page`, `partials/head`, `base`).
/// Partials and parents are linked by interned name, so registration order
/// does not matter and rendering does no name hashing.
public struct TemplateLibrary: Sendable {
    private var names = NameTable()
    private var code = TemplateCode()
    /// By name id; nil for names used by a tag but never registered.
    private var entries: [CodeRange?] = []

    public init() {}

    /// Compiles `source` under `name`, replacing any template of that name.
    /// Code of a replaced template stays in the tables unused; themes are
    /// compiled once per build, so this is not worth reclaiming.
    public mutating func register(source: String, named name: String) throws(TemplateSyntaxErrorList) {
        var parser = TemplateParser(source: source, names: names)
        do {
            let ops = try parser.parse()
            names = parser.names
            set(code.append(ops), for: names.id(name))
        } catch {
            let (line, column) = parser.lineAndColumn(of: error.position)
            throw TemplateSyntaxErrorList([TemplateSyntaxError(template: name, line: line, column: column, message: error.message)])
        }
    }

    /// Makes `alias` render the same compiled template as `existing`.
    @discardableResult
    public mutating func alias(_ alias: String, to existing: String) -> Bool {
        guard let body = entry(existing) else { return false }
        set(body, for: names.id(alias))
        return true
    }

    public func contains(_ name: String) -> Bool { entry(name) != nil }

    /// nil when no template has that name. A missing partial renders as
    /// nothing, as in swift-mustache. Partials and blocks nest at most
    /// `TemplateRenderer.maxDepth` (100) deep; deeper ones render nothing.
    public func render(_ name: String, context: TemplateValue) -> String? {
        var out = ""
        out.reserveCapacity(4096)
        return render(name, context: context, into: &out) ? out : nil
    }

    /// Appends to `output`; false, appending nothing, when no template has that name.
    public func render(_ name: String, context: TemplateValue, into output: inout String) -> Bool {
        guard let body = entry(name) else { return false }
        // The code is not mutated while rendering, so borrowing its storage is safe.
        code.instructions.withUnsafeBufferPointer { instructions in
            code.texts.withUnsafeBufferPointer { texts in
                code.names.withUnsafeBufferPointer { names in
                    var renderer = TemplateRenderer(instructions: instructions, texts: texts, names: names, overrideSets: code.overrideSets,
                                                    entries: entries, nameTable: self.names, context: context)
                    renderer.run(body, frame: TemplateRenderer.Frame(), into: &output)
                }
            }
        }
        return true
    }

    private func entry(_ name: String) -> CodeRange? {
        guard let id = names.existingID(name), id < entries.count else { return nil }
        return entries[id]
    }

    private mutating func set(_ body: CodeRange, for id: Int) {
        if entries.count <= id { entries.append(contentsOf: repeatElement(nil, count: id + 1 - entries.count)) }
        entries[id] = body
    }
}
