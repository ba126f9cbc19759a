/// Where and why a template does not compile.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var template: String
    /// 1-based.
    public var line: Int
    /// 1-based, in characters.
    public var column: Int
    public var message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(template):\(line):\(column): \(message)" }
}

/// The syntax errors of one template. The parser stops at the first, as
/// swift-mustache does, so this holds one error today.
public struct TemplateSyntaxErrorList: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [TemplateSyntaxError]

    public init(_ errors: [TemplateSyntaxError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
