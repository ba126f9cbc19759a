import Mustache
import TouchpointTemplates

/// swift-mustache 2.1.1, the reference the engine must match byte for byte.
enum Oracle {
    /// The value as swift-mustache takes it. Non-empty lists all of text,
    /// Int or Double become typed arrays, as the product's contexts are, so
    /// `sorted` has something to sort.
    static func any(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let t): return t
        case .int(let n): return n
        case .double(let d): return d
        case .bool(let b): return b
        case .object(let o):
            var dictionary: [String: Any] = [:]
            for pair in o.pairs { dictionary[pair.key] = any(pair.value) }
            return dictionary
        case .list(let items):
            if !items.isEmpty {
                let texts = items.compactMap { if case .text(let t) = $0 { t } else { nil } }
                if texts.count == items.count { return texts }
                let ints = items.compactMap { if case .int(let n) = $0 { n } else { nil } }
                if ints.count == items.count { return ints }
                let doubles = items.compactMap { if case .double(let d) = $0 { d } else { nil } }
                if doubles.count == items.count { return doubles }
            }
            return items.map(any)
        }
    }

    /// nil when swift-mustache rejects a template, or has no `name`.
    static func render(_ templates: [(name: String, source: String)], name: String, context: TemplateValue) -> String? {
        var library = MustacheLibrary()
        for template in templates {
            guard (try? library.register(template.source, named: template.name)) != nil else { return nil }
        }
        return library.render(any(context), withTemplate: name)
    }

    static func compiles(_ source: String) -> Bool {
        (try? MustacheTemplate(string: source)) != nil
    }
}

/// The engine under test, with the same shape as `Oracle.render`.
enum Engine {
    static func render(_ templates: [(name: String, source: String)], name: String, context: TemplateValue) -> String? {
        var library = TemplateLibrary()
        for template in templates {
            guard (try? library.register(source: template.source, named: template.name)) != nil else { return nil }
        }
        return library.render(name, context: context)
    }

    static func render(_ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:]) -> String? {
        render(partials.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + [("main", source)], name: "main", context: context)
    }
}

/// One row of a feature table: the template, its context, the exact output.
struct Case: CustomTestStringConvertible, Sendable {
    var template: String
    var context: TemplateValue = [:]
    var partials: [String: String] = [:]
    var expected: String
    var testDescription: String { String(reflecting: template) }

    init(_ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:], _ expected: String) {
        self.template = template
        self.context = context
        self.partials = partials
        self.expected = expected
    }

    var templates: [(name: String, source: String)] {
        partials.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + [("main", template)]
    }
}

import Testing

/// Checks a row against the exact expected string and against swift-mustache.
func check(_ row: Case, sourceLocation: SourceLocation = #_sourceLocation) {
    let ours = Engine.render(row.templates, name: "main", context: row.context)
    #expect(ours == row.expected, sourceLocation: sourceLocation)
    let theirs = Oracle.render(row.templates, name: "main", context: row.context)
    #expect(theirs == row.expected, "swift-mustache renders \(String(reflecting: theirs))", sourceLocation: sourceLocation)
}
