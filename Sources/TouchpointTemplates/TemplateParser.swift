/// Mustache source to ops, following swift-mustache 2.1.1's parser step by
/// step so that every template keeps its whitespace exactly. It works on
/// `Character`s, as swift-mustache does: `\r\n` is one newline, and a tag
/// character joined to a combining mark is not a tag character.
///
/// swift-mustache behaviours kept on purpose (they change output or what
/// compiles, so existing themes depend on them):
/// - a `{` (or other first delimiter character) with fewer characters left
///   than the delimiter is a syntax error (`a{` does not compile);
/// - the start delimiter at the very end is dropped (`a{{` renders `a`);
/// - the start delimiter followed by a newline is dropped with the newline
///   kept (`a{{\nb` renders `a\nb`);
/// - a last line holding only spaces and tabs is dropped;
/// - after a section closes, the next tag counts as starting a line when the
///   section's *opening* tag stood alone on its line;
/// - delimiters set inside a section revert when it closes;
/// - comments and set-delimiter tags that are not standalone keep the
///   indentation before them pending for the next text or tag;
/// - a standalone partial, parent or block still prints its indentation
///   as text, even when it renders nothing;
/// - comments end at a naive match of the end delimiter.
struct TemplateParser {
    struct Failure: Error {
        var position: Int
        var message: String
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
        var partialDefinitionIndent: Int?
        /// Where the open tag of `sectionName` starts, for the error when it never closes.
        var openedAt = 0

        func inSection(_ name: String, transforms: [String] = [], newLine: Bool, openedAt: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            state.openedAt = openedAt
            return state
        }

        func inParent(_ name: String, openedAt: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            state.openedAt = openedAt
            return state
        }
    }

    /// What one level of the source holds: ops, and for a parent call's
    /// body the block definitions it gives.
    private struct Body {
        var ops: [TemplateOp] = []
        var definitions: [BlockOverride] = []
    }

    let chars: [Character]
    private(set) var position = 0
    var names: NameTable

    init(source: String, names: NameTable) {
        self.chars = Array(source)
        self.names = names
    }

    mutating func parse() throws(Failure) -> [TemplateOp] {
        try parseBody(State()).ops
    }

    /// 1-based line and column of a character position.
    func lineAndColumn(of position: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for c in chars[..<min(position, chars.count)] {
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    // MARK: Reading

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharactersWithBrackets = nameCharacters.union(["(", ")"])
    private static let partialNameCharacters = nameCharactersWithBrackets.union(["/"])
    private static let lineSpace: Set<Character> = [" ", "\t"]

    private var atEnd: Bool { position == chars.count }
    /// swift-mustache reads a NUL past the end.
    private var current: Character { atEnd ? "\0" : chars[position] }

    private mutating func advance() { position += 1 }

    @discardableResult
    private mutating func skip(while predicate: (Character) -> Bool) -> ArraySlice<Character> {
        let from = position
        while !atEnd && predicate(chars[position]) { position += 1 }
        return chars[from..<position]
    }

    private func failure(_ message: String, at position: Int? = nil) -> Failure {
        Failure(position: position ?? self.position, message: message)
    }

    /// Reads `string` if it comes next. Like swift-mustache, running out of
    /// input before `string.count` characters is an error, not a mismatch.
    private mutating func read(_ string: [Character], what: String) throws(Failure) -> Bool {
        guard chars.count - position >= string.count else {
            throw failure("the template ends inside \(what)")
        }
        guard chars[position..<position + string.count].elementsEqual(string) else { return false }
        position += string.count
        return true
    }

    private mutating func read(_ c: Character, what: String) throws(Failure) -> Bool {
        try read([c], what: what)
    }

    /// Text up to a newline or the start delimiter, which is consumed.
    private mutating func readText(_ state: State) throws(Failure) -> String {
        guard let first = state.start.first else { return "" }
        var text = ""
        while !atEnd {
            let from = position
            while !atEnd && chars[position] != "\n" && chars[position] != "\r\n" && chars[position] != first {
                position += 1
            }
            text.append(contentsOf: String(chars[from..<position]))
            if current.isNewline { break }
            if current == first {
                if try read(state.start, what: "a tag's opening delimiter") { break }
                text.append(first)
                advance()
            }
        }
        return text
    }

    private mutating func readName(_ state: State) throws(Failure) -> (name: String, transforms: [String]) {
        skip(while: \.isWhitespace)
        let text = Array(skip(while: { Self.nameCharactersWithBrackets.contains($0) }))
        skip(while: \.isWhitespace)
        guard try read(state.end, what: "a tag") else {
            throw failure("the tag is not closed by '\(String(state.end))', or its name holds a character names cannot")
        }
        return try Self.splitTransforms(text, at: position)
    }

    /// `a(b(name))` into `name` and `[a, b]`.
    private static func splitTransforms(_ text: [Character], at position: Int) throws(Failure) -> (name: String, transforms: [String]) {
        let bad = Failure(position: position, message: "badly formed transform in '\(String(text))'")
        var i = 0
        func word() -> String {
            let from = i
            while i < text.count && nameCharacters.contains(text[i]) { i += 1 }
            return String(text[from..<i])
        }
        let head = word()
        if i == text.count { return (head, []) }
        guard text[i] == "(" else { throw bad }
        i += 1
        var transforms = [head]
        while true {
            let name = word()
            guard i < text.count else { throw bad }
            if text[i] == ")" {
                i += 1
                var closing = 1
                while i < text.count && text[i] == ")" {
                    i += 1
                    closing += 1
                }
                guard closing == transforms.count, i == text.count else { throw bad }
                return (name, transforms)
            }
            guard text[i] == "(" else { throw bad }
            i += 1
            transforms.append(name)
        }
    }

    private mutating func readPartialName(_ state: State) throws(Failure) -> String {
        skip(while: \.isWhitespace)
        let text = String(skip(while: { Self.partialNameCharacters.contains($0) }))
        skip(while: \.isWhitespace)
        guard try read(state.end, what: "a tag") else {
            throw failure("the partial tag is not closed by '\(String(state.end))', or its name holds a character names cannot")
        }
        return text
    }

    /// swift-mustache's matcher restarts without re-reading the character
    /// that broke a partial match; kept so comments end where they did.
    private mutating func skipComment(_ state: State, openedAt: Int) throws(Failure) {
        let end = state.end
        var matched = 0
        while !atEnd {
            if chars[position] == end[matched] {
                matched += 1
                if matched == end.count {
                    advance()
                    return
                }
            } else {
                matched = 0
            }
            advance()
        }
        throw failure("the comment is never closed by '\(String(end))'", at: openedAt)
    }

    private mutating func readDelimiters(_ state: State) throws(Failure) -> State {
        let bad = failure("a set-delimiter tag must read {{=start end=}}")
        skip(while: \.isWhitespace)
        let startFrom = position
        skip(while: { !$0.isWhitespace })
        guard !atEnd else { throw bad }
        let start = Array(chars[startFrom..<position])
        skip(while: \.isWhitespace)
        let endFrom = position
        skip(while: { $0 != "=" && !$0.isWhitespace })
        guard !atEnd else { throw bad }
        let end = Array(chars[endFrom..<position])
        skip(while: \.isWhitespace)
        guard try read("=", what: "a set-delimiter tag") else { throw bad }
        guard try read(state.end, what: "a set-delimiter tag") else { throw bad }
        guard !start.isEmpty, !end.isEmpty else { throw bad }
        var state = state
        state.start = start
        state.end = end
        state.isPartialDefinitionTopLevel = false
        return state
    }

    private mutating func readPragma(_ state: State) throws(Failure) -> Bool {
        let bad = failure("a pragma must read {{% CONTENT_TYPE: HTML}} or TEXT")
        skip(while: \.isWhitespace)
        let variable = String(skip(while: { Self.nameCharacters.contains($0) }))
        skip(while: \.isWhitespace)
        guard !atEnd, current == ":" else { throw bad }
        advance()
        skip(while: \.isWhitespace)
        let value = String(skip(while: { Self.nameCharacters.contains($0) }))
        skip(while: \.isWhitespace)
        guard chars.count - position >= state.end.count, (try? read(state.end, what: "")) == true else { throw bad }
        guard !variable.isEmpty, !value.isEmpty else { throw bad }
        guard variable == "CONTENT_TYPE" else { throw failure("unknown pragma '\(variable)'") }
        switch value {
        case "HTML": return true
        case "TEXT": return false
        default: throw failure("unknown content type '\(value)'; known: HTML, TEXT")
        }
    }

    /// A tag alone on its line: the rest of the line, spaces and newline,
    /// is consumed. The end of the template counts as a line end only right
    /// after the tag.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var i = position
        while i < chars.count && Self.lineSpace.contains(chars[i]) { i += 1 }
        guard i < chars.count, chars[i].isNewline else { return false }
        position = i + 1
        return true
    }

    // MARK: Body

    private mutating func parseBody(_ initial: State) throws(Failure) -> Body {
        var body = Body()
        var state = initial
        var pendingSpace = ""
        func flush(_ body: inout Body, _ space: inout String) {
            if !space.isEmpty {
                body.ops.append(.text(space))
                space = ""
            }
        }
        while !atEnd {
            if state.newLine {
                let space = String(skip(while: { Self.lineSpace.contains($0) }))
                if state.isPartialDefinition && !state.isPartialDefinitionTopLevel {
                    // Lines of a block given to a parent lose the indentation of its first line.
                    if let indent = state.partialDefinitionIndent {
                        pendingSpace = String(space.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = space.count
                    }
                } else {
                    pendingSpace = space
                }
            }
            let text = try readText(state)
            if current.isNewline {
                body.ops.append(.text(pendingSpace + text + String(current)))
                state.newLine = true
                advance()
                continue
            }
            if !text.isEmpty {
                body.ops.append(.text(pendingSpace + text))
                pendingSpace = ""
                state.newLine = false
            }
            if atEnd { break }
            let tagStart = position - state.start.count
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                advance()
                let (name, transforms) = try readName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    flush(&body, &pendingSpace)
                }
                let inner = try parseBody(state.inSection(name, transforms: transforms, newLine: setNewLine, openedAt: tagStart))
                let templateName = TemplateName(name: name, transforms: transforms)
                body.ops.append(inverted ? .invertedSection(templateName, body: inner.ops) : .section(templateName, body: inner.ops))

            case "/":
                advance()
                let nameAt = position
                let (name, transforms) = try readName(state)
                guard let open = state.sectionName else {
                    throw failure("closing tag '\(name)' with no open section", at: nameAt)
                }
                guard name == open, transforms == state.sectionTransforms else {
                    let spelled = Self.spell(name, transforms)
                    let expected = Self.spell(open, state.sectionTransforms)
                    throw failure("closing tag '\(spelled)' does not match the open section '\(expected)'", at: nameAt)
                }
                if !isStandalone(state) { flush(&body, &pendingSpace) }
                return body

            case "!":
                advance()
                try skipComment(state, openedAt: tagStart)
                setNewLine = isStandalone(state)

            case "{", "&":
                let triple = current == "{"
                flush(&body, &pendingSpace)
                advance()
                let (name, transforms) = try readName(state)
                if triple {
                    guard try read("}", what: "a triple mustache") else {
                        throw failure("a triple mustache must end with '}\(String(state.end))'")
                    }
                }
                body.ops.append(.variable(TemplateName(name: name, transforms: transforms), escaped: false))

            case ">":
                advance()
                skip(while: \.isWhitespace)
                var dynamic = false
                if current == "*" {
                    advance()
                    dynamic = true
                }
                let name = try readPartialName(state)
                if !pendingSpace.isEmpty { body.ops.append(.text(pendingSpace)) }
                let indentation: String? = isStandalone(state) ? pendingSpace : nil
                setNewLine = indentation != nil
                body.ops.append(.partial(target(name, dynamic: dynamic), indentation: indentation, overrides: nil))
                pendingSpace = ""

            case "<":
                advance()
                skip(while: \.isWhitespace)
                let sectionName = try readPartialName(state)
                let dynamic = sectionName.first == "*"
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !pendingSpace.isEmpty { body.ops.append(.text(pendingSpace)) }
                setNewLine = isStandalone(state)
                let inner = try parseBody(state.inParent(sectionName, openedAt: tagStart))
                for op in inner.ops {
                    guard case .text = op else {
                        throw failure("a parent call ({{<\(sectionName)}}) may hold only blocks ({{$name}}…{{/name}})", at: tagStart)
                    }
                }
                // swift-mustache keeps them in a dictionary: a block given twice keeps its last body.
                var overrides: [BlockOverride] = []
                for definition in inner.definitions {
                    overrides.removeAll { $0.id == definition.id }
                    overrides.append(definition)
                }
                body.ops.append(.partial(target(name, dynamic: dynamic), indentation: pendingSpace, overrides: overrides))
                pendingSpace = ""

            case "$":
                advance()
                let (name, transforms) = try readName(state)
                guard transforms.isEmpty else { throw failure("a block ($\(name)) cannot take a transform") }
                let id = names.id(name)
                if state.isPartialDefinitionTopLevel {
                    setNewLine = isStandalone(state)
                    let inner = try parseBody(state.inSection(name, newLine: setNewLine, openedAt: tagStart))
                    body.definitions.append(BlockOverride(id: id, body: inner.ops))
                } else {
                    if !pendingSpace.isEmpty { body.ops.append(.text(pendingSpace)) }
                    setNewLine = isStandalone(state)
                    let inner = try parseBody(state.inSection(name, newLine: setNewLine, openedAt: tagStart))
                    body.ops.append(.block(id: id, defaultBody: inner.ops, indentation: pendingSpace))
                    pendingSpace = ""
                }

            case "=":
                advance()
                state = try readDelimiters(state)
                setNewLine = isStandalone(state)

            case "%":
                advance()
                let escapes = try readPragma(state)
                body.ops.append(.contentType(escapes: escapes))
                setNewLine = isStandalone(state)

            default:
                flush(&body, &pendingSpace)
                let (name, transforms) = try readName(state)
                body.ops.append(.variable(TemplateName(name: name, transforms: transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw failure("section '\(Self.spell(open, state.sectionTransforms))' is never closed", at: state.openedAt)
        }
        return body
    }

    private mutating func target(_ name: String, dynamic: Bool) -> PartialTarget {
        dynamic ? .dynamic(TemplateName(name: name, transforms: [])) : .fixed(id: names.id(name))
    }

    private static func spell(_ name: String, _ transforms: [String]) -> String {
        transforms.reduce(into: "") { $0 += $1 + "(" } + name + String(repeating: ")", count: transforms.count)
    }
}
