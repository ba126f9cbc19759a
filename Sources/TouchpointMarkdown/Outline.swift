/// A 1-based position in the Markdown text handed to the parser.
public struct SourceLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

public struct Heading: Sendable, Hashable {
    public var level: Int
    /// Plain text of the heading, after smart punctuation.
    public var text: String
    /// A GitHub-style anchor id, unique within the document.
    public var id: String
    public var location: SourceLocation

    public init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}

public struct Link: Sendable, Hashable {
    public var destination: String
    public var isImage: Bool
    public var location: SourceLocation
}

/// A fenced block whose info string names a directive, e.g. ```` ```chart ````.
public struct Directive: Sendable, Hashable {
    public var name: String
    public var body: String
    /// The fence line; line k (0-based) of the body is `location.line + 1 + k`.
    public var location: SourceLocation
}

public enum MarkdownError: Error, Sendable, Equatable {
    case parserFailed
    case unexpectedNodeType(Int)
    case treeEditFailed(String)
    case renderFailed
    case alreadyRendered
}
