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
