/// Walks ops against a stack of values, appending to one string.
/// The rules are swift-mustache 2.1.1's (see Template+Render.swift there):
/// - sections: a list repeats per element (none for an empty list), `true`
///   renders in place, `false` and absent render nothing, and any other
///   value, even `""` or `0`, is pushed and rendered once;
/// - inverted sections render for `false`, absent and the empty list, which
///   is pushed first (so `{{.}}` inside prints `[]`);
/// - `{{first()}}` and friends see the position in the nearest list, but
///   only through `true` sections: pushing a value, a partial or a block
///   hides it;
/// - indentation of a standalone partial or block is added before every
///   non-empty op output that follows a `\n` within the same template body
///   (a `\r\n` does not count, as Swift's `Character` sees it).
struct TemplateRenderer {
    /// Partials and blocks deeper than this render nothing, so a template
    /// that includes itself ends instead of overflowing the stack.
    static let maxDepth = 100

    /// Plain data, so passing one down costs no reference counting: the
    /// indentation and overrides in force live in the renderer's stacks.
    struct Frame {
        var position: SequencePosition?
        var indentationLevel = 0
        var overridesLevel = 0
        var escapes = true
        var depth = 0
    }

    /// Borrowed from the library's code for the duration of one render.
    let instructions: UnsafeBufferPointer<Instruction>
    let texts: UnsafeBufferPointer<String>
    let names: UnsafeBufferPointer<TemplateName>
    let overrideSets: [[Override]]
    /// Compiled body by template name id.
    let entries: [CodeRange?]
    let nameTable: NameTable
    var stack: [TemplateValue]
    private var indentations: [String] = [""]
    private var overrideLevels: [[Override]] = [[]]

    init(instructions: UnsafeBufferPointer<Instruction>, texts: UnsafeBufferPointer<String>, names: UnsafeBufferPointer<TemplateName>,
         overrideSets: [[Override]], entries: [CodeRange?], nameTable: NameTable, context: TemplateValue) {
        self.instructions = instructions
        self.texts = texts
        self.names = names
        self.overrideSets = overrideSets
        self.entries = entries
        self.nameTable = nameTable
        stack = [context]
        stack.reserveCapacity(16)
    }

    /// Renders one template body (a template, a section pass, a partial, a
    /// block): the unit swift-mustache indents within.
    mutating func run(_ range: CodeRange, frame: Frame, into out: inout String) {
        var frame = frame
        var pc = Int(range.start)
        let end = Int(range.end)
        if frame.indentationLevel == 0 {
            while pc < end { pc = step(pc, frame: &frame, into: &out) }
            return
        }
        let localStart = out.utf8.count
        var piece = ""
        while pc < end {
            piece.removeAll(keepingCapacity: true)
            pc = step(pc, frame: &frame, into: &piece)
            if piece.isEmpty { continue }
            if Self.endsWithNewline(out, after: localStart) { out += indentations[frame.indentationLevel] }
            out += piece
        }
    }

    /// Whether what was appended since `start` ends in a `\n` that is a
    /// whole `Character` (not the end of `\r\n`).
    private static func endsWithNewline(_ out: String, after start: Int) -> Bool {
        let utf8 = out.utf8
        let length = utf8.count - start
        guard length > 0, utf8.last == UInt8(ascii: "\n") else { return false }
        if length == 1 { return true }
        return utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }

    /// Runs the instruction at `pc` and returns where the next one is.
    private mutating func step(_ pc: Int, frame: inout Frame, into out: inout String) -> Int {
        switch instructions[pc] {
        case .text(let text):
            out += texts[Int(text)]
            return pc + 1

        case .variable(let name, let escaped):
            guard let value = lookup(names[Int(name)], frame) else { return pc + 1 }
            if escaped && frame.escapes {
                if case .text(let text) = value {
                    HTMLEscape.append(text, to: &out)
                } else {
                    var text = ""
                    value.appendText(to: &text)
                    HTMLEscape.append(text, to: &out)
                }
            } else {
                value.appendText(to: &out)
            }
            return pc + 1

        case .section(let name, let end):
            let body = CodeRange(start: Int32(pc + 1), end: end)
            switch lookup(names[Int(name)], frame) {
            case nil, .bool(false)?:
                break
            case .bool(true)?:
                run(body, frame: frame, into: &out)
            case .list(let items)?:
                var inner = frame
                let last = items.count - 1
                for index in items.indices {
                    inner.position = SequencePosition(first: index == 0, last: index == last, index: index)
                    stack.append(items[index])
                    run(body, frame: inner, into: &out)
                    stack.removeLast()
                }
            case let value?:
                var inner = frame
                inner.position = nil
                stack.append(value)
                run(body, frame: inner, into: &out)
                stack.removeLast()
            }
            return Int(end)

        case .invertedSection(let name, let end):
            let body = CodeRange(start: Int32(pc + 1), end: end)
            switch lookup(names[Int(name)], frame) {
            case nil, .bool(false)?:
                run(body, frame: frame, into: &out)
            case .list(let items)? where items.isEmpty:
                var inner = frame
                inner.position = nil
                stack.append(.list(items))
                run(body, frame: inner, into: &out)
                stack.removeLast()
            default:
                break
            }
            return Int(end)

        case .partial(let id, let indentation, let overrides):
            renderPartial(id: Int(id), indentation: indentation, overrides: overrides, frame: frame, into: &out)
            return pc + 1

        case .dynamicPartial(let name, let indentation, let overrides):
            if case .text(let partialName)? = lookup(names[Int(name)], frame), let id = nameTable.existingID(partialName) {
                renderPartial(id: id, indentation: indentation, overrides: overrides, frame: frame, into: &out)
            }
            return pc + 1

        case .block(let id, let end, let indentation):
            guard frame.depth < Self.maxDepth else { return Int(end) }
            var inner = frame
            inner.position = nil
            inner.depth += 1
            let pushed = pushIndentation(indentation, into: &inner)
            let body = overrideLevels[frame.overridesLevel].first(where: { $0.id == id })?.body
                ?? CodeRange(start: Int32(pc + 1), end: end)
            run(body, frame: inner, into: &out)
            if pushed { indentations.removeLast() }
            return Int(end)

        case .contentType(let escapes):
            frame.escapes = escapes
            return pc + 1
        }
    }

    private mutating func renderPartial(id: Int, indentation: Int32, overrides: Int32, frame: Frame, into out: inout String) {
        guard frame.depth < Self.maxDepth, id < entries.count, let body = entries[id] else { return }
        var inner = frame
        inner.position = nil
        inner.escapes = true
        inner.depth += 1
        let pushedIndentation = indentation >= 0 && pushIndentation(indentation, into: &inner)
        var pushedOverrides = false
        if overrides >= 0 {
            // The outermost parent call's blocks win.
            var merged = overrideLevels[frame.overridesLevel]
            for override in overrideSets[Int(overrides)] where !merged.contains(where: { $0.id == override.id }) {
                merged.append(override)
            }
            overrideLevels.append(merged)
            inner.overridesLevel = overrideLevels.count - 1
            pushedOverrides = true
        }
        run(body, frame: inner, into: &out)
        if pushedOverrides { overrideLevels.removeLast() }
        if pushedIndentation { indentations.removeLast() }
    }

    /// Adds indentation text `index` to what `frame` has; false when it
    /// adds nothing, so nothing was pushed.
    private mutating func pushIndentation(_ index: Int32, into frame: inout Frame) -> Bool {
        let more = texts[Int(index)]
        guard !more.isEmpty else { return false }
        indentations.append(indentations[frame.indentationLevel] + more)
        frame.indentationLevel = indentations.count - 1
        return true
    }

    private func lookup(_ name: TemplateName, _ frame: Frame) -> TemplateValue? {
        var value: TemplateValue
        var transforms = name.transforms[...]
        switch name.root {
        case .sequence:
            guard let position = frame.position, let first = transforms.popFirst(),
                  let result = position.apply(first) else { return nil }
            value = result
        case .anchored:
            guard !stack.isEmpty else { return nil }
            var path = name.path[...]
            guard let head = path.popFirst() else {
                value = stack[stack.count - 1]
                break
            }
            guard let child = stack[stack.count - 1].child(head) else { return nil }
            value = child
            for key in path {
                guard let next = value.child(key) else { return nil }
                value = next
            }
        case .climbing:
            guard let found = climb(name.path) else { return nil }
            value = found
        }
        for transform in transforms {
            guard let result = value.apply(transform) else { return nil }
            value = result
        }
        return value
    }

    /// The first key is searched from the top of the stack down; the rest
    /// only inside what it found.
    private func climb(_ path: [String]) -> TemplateValue? {
        guard let head = path.first else { return stack.last }
        var i = stack.count - 1
        while i >= 0 {
            if var value = stack[i].child(head) {
                for key in path.dropFirst() {
                    guard let next = value.child(key) else { return nil }
                    value = next
                }
                return value
            }
            i -= 1
        }
        return nil
    }
}

extension TemplateValue {
    @inline(__always)
    func child(_ key: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }
}
