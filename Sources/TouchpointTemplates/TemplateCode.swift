/// One instruction of the flat code every template of a library is
/// compiled into. Payloads are indexes into `TemplateCode`'s tables, so
/// reading an instruction copies a few integers and retains nothing; that
/// is where the tree form spent a third of its time.
enum Instruction: Sendable {
    case text(Int32)
    case variable(name: Int32, escaped: Bool)
    /// The body runs from the next instruction up to `end`.
    case section(name: Int32, end: Int32)
    case invertedSection(name: Int32, end: Int32)
    /// `indentation`: a text index, or -1 for a partial not alone on its
    /// line. `overrides`: an override set, or -1 for a plain partial.
    case partial(id: Int32, indentation: Int32, overrides: Int32)
    case dynamicPartial(name: Int32, indentation: Int32, overrides: Int32)
    /// The default body runs from the next instruction up to `end`.
    case block(id: Int32, end: Int32, indentation: Int32)
    case contentType(escapes: Bool)
}

/// A body: instructions `start..<end`.
struct CodeRange: Sendable, Equatable {
    var start: Int32
    var end: Int32
}

struct Override: Sendable {
    var id: Int32
    var body: CodeRange
}

/// All compiled templates of a library, in shared tables.
struct TemplateCode: Sendable {
    var instructions: [Instruction] = []
    var texts: [String] = []
    var names: [TemplateName] = []
    var overrideSets: [[Override]] = []

    /// Appends `ops` and returns the range of its top-level body. Blocks
    /// given to parents are laid out after it, so they never run inline.
    mutating func append(_ ops: [TemplateOp]) -> CodeRange {
        var pending: [(set: Int, index: Int, body: [TemplateOp])] = []
        let main = emitBody(ops, pending: &pending)
        while !pending.isEmpty {
            let next = pending.removeFirst()
            let range = emitBody(next.body, pending: &pending)
            overrideSets[next.set][next.index].body = range
        }
        return main
    }

    private mutating func emitBody(_ ops: [TemplateOp], pending: inout [(set: Int, index: Int, body: [TemplateOp])]) -> CodeRange {
        let start = Int32(instructions.count)
        for op in ops { emit(op, pending: &pending) }
        return CodeRange(start: start, end: Int32(instructions.count))
    }

    private mutating func emit(_ op: TemplateOp, pending: inout [(set: Int, index: Int, body: [TemplateOp])]) {
        switch op {
        case .text(let text):
            instructions.append(.text(addText(text)))
        case .variable(let name, let escaped):
            instructions.append(.variable(name: addName(name), escaped: escaped))
        case .section(let name, let body), .invertedSection(let name, let body):
            let at = instructions.count
            let nameIndex = addName(name)
            instructions.append(.contentType(escapes: true))  // placeholder until the end is known
            for inner in body { emit(inner, pending: &pending) }
            let end = Int32(instructions.count)
            if case .section = op {
                instructions[at] = .section(name: nameIndex, end: end)
            } else {
                instructions[at] = .invertedSection(name: nameIndex, end: end)
            }
        case .partial(let target, let indentation, let overrides):
            var indentationIndex: Int32 = -1
            if let indentation { indentationIndex = addText(indentation) }
            var setIndex: Int32 = -1
            if let overrides {
                setIndex = Int32(overrideSets.count)
                overrideSets.append(overrides.map { Override(id: Int32($0.id), body: CodeRange(start: 0, end: 0)) })
                for (i, override) in overrides.enumerated() {
                    pending.append((Int(setIndex), i, override.body))
                }
            }
            switch target {
            case .fixed(let id):
                instructions.append(.partial(id: Int32(id), indentation: indentationIndex, overrides: setIndex))
            case .dynamic(let name):
                instructions.append(.dynamicPartial(name: addName(name), indentation: indentationIndex, overrides: setIndex))
            }
        case .block(let id, let defaultBody, let indentation):
            let at = instructions.count
            let indentationIndex = addText(indentation)
            instructions.append(.contentType(escapes: true))  // placeholder until the end is known
            for inner in defaultBody { emit(inner, pending: &pending) }
            instructions[at] = .block(id: Int32(id), end: Int32(instructions.count), indentation: indentationIndex)
        case .contentType(let escapes):
            instructions.append(.contentType(escapes: escapes))
        }
    }

    private mutating func addText(_ text: String) -> Int32 {
        texts.append(text)
        return Int32(texts.count - 1)
    }

    private mutating func addName(_ name: TemplateName) -> Int32 {
        names.append(name)
        return Int32(names.count - 1)
    }
}
