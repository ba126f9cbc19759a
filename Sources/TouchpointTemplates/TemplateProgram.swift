/// A parsed template: a tree of ops whose names are split and whose partial
/// and block names are interned. `TemplateCode` flattens it for rendering.
enum TemplateOp: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, body: [TemplateOp])
    case invertedSection(TemplateName, body: [TemplateOp])
    /// `{{> name}}` when `overrides` is nil, `{{< name}}…{{/name}}` otherwise.
    /// `indentation` is nil for a partial that is not alone on its line.
    case partial(PartialTarget, indentation: String?, overrides: [BlockOverride]?)
    /// `{{$name}}default{{/name}}` outside a parent call.
    case block(id: Int, defaultBody: [TemplateOp], indentation: String)
    /// `{{% CONTENT_TYPE: TEXT}}` / `HTML`: whether `{{x}}` escapes from here on.
    case contentType(escapes: Bool)
}

enum PartialTarget: Sendable {
    case fixed(id: Int)
    /// `{{>*name}}`: the template named by the text value `name` holds.
    case dynamic(TemplateName)
}

struct BlockOverride: Sendable {
    var id: Int
    var body: [TemplateOp]
}

/// A variable or section name as swift-mustache resolves it.
struct TemplateName: Sendable {
    enum Root: Sendable {
        /// Leading dot, `.`, or an empty name: looked up in the top of the
        /// context stack only. An empty path means the top itself.
        case anchored
        /// Looked up from the top of the stack down, by the first component.
        case climbing
        /// An empty name with transforms, `{{index()}}`: the position in the
        /// enclosing list.
        case sequence
    }
    var root: Root
    var path: [String]
    /// In the order they apply: `a(b(x))` applies `b` first.
    var transforms: [TemplateTransform]
}

extension TemplateName {
    /// `name` and `transforms` as the tag spelled them (outermost first).
    init(name: String, transforms: [String]) {
        self.transforms = transforms.reversed().map(TemplateTransform.init(name:))
        // swift-mustache splits with omitted empty pieces, so `a..b` is `a.b`
        // and `..` is the current value.
        self.path = name.split(separator: ".").map(String.init)
        if name == "." {
            root = .anchored
            path = []
        } else if name.isEmpty && !transforms.isEmpty {
            root = .sequence
        } else if name.first == "." || path.isEmpty {
            root = .anchored
        } else {
            root = .climbing
        }
    }
}

/// Names of templates and blocks, each given a small integer once.
struct NameTable: Sendable {
    private(set) var ids: [String: Int] = [:]
    private(set) var names: [String] = []

    mutating func id(_ name: String) -> Int {
        if let id = ids[name] { return id }
        let id = names.count
        ids[name] = id
        names.append(name)
        return id
    }

    func existingID(_ name: String) -> Int? { ids[name] }
}
