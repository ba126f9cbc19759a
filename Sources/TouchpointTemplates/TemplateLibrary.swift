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
    /// By name id; nil for names used by a tag but never registered.
    private var templates: [[TemplateOp]?] = []

    public init() {}

    /// Compiles `source` under `name`, replacing any template of that name.
    public mutating func register(source: String, named name: String) throws(TemplateSyntaxErrorList) {
        var parser = TemplateParser(source: source, names: names)
        do {
            let ops = try parser.parse()
            names = parser.names
            set(ops, for: names.id(name))
        } catch {
            let (line, column) = parser.lineAndColumn(of: error.position)
            throw TemplateSyntaxErrorList([TemplateSyntaxError(template: name, line: line, column: column, message: error.message)])
        }
    }

    /// Makes `alias` render the same compiled template as `existing`.
    @discardableResult
    public mutating func alias(_ alias: String, to existing: String) -> Bool {
        guard let id = names.existingID(existing), id < templates.count, let ops = templates[id] else { return false }
        set(ops, for: names.id(alias))
        return true
    }

    public func contains(_ name: String) -> Bool {
        guard let id = names.existingID(name), id < templates.count else { return false }
        return templates[id] != nil
    }

    /// nil when no template has that name. A missing partial renders as
    /// nothing, as in swift-mustache. Partials and blocks nest at most
    /// `TemplateRenderer.maxDepth` (100) deep; deeper ones render nothing.
    public func render(_ name: String, context: TemplateValue) -> String? {
        var out = ""
        return render(name, context: context, into: &out) ? out : nil
    }

    /// Appends to `output`; false, appending nothing, when no template has that name.
    public func render(_ name: String, context: TemplateValue, into output: inout String) -> Bool {
        guard let id = names.existingID(name), id < templates.count, let ops = templates[id] else { return false }
        var renderer = TemplateRenderer(templates: templates, names: names, stack: [context])
        renderer.stack.reserveCapacity(16)
        renderer.render(ops, frame: TemplateRenderer.Frame(), into: &output)
        return true
    }

    private mutating func set(_ ops: [TemplateOp], for id: Int) {
        if templates.count <= id { templates.append(contentsOf: repeatElement(nil, count: id + 1 - templates.count)) }
        templates[id] = ops
    }
}
