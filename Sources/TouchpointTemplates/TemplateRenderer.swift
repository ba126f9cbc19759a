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

    struct Frame {
        var position: SequencePosition?
        var indentation = ""
        var overrides: [BlockOverride] = []
        var escapes = true
        var depth = 0
    }

    let templates: [[TemplateOp]?]
    let names: NameTable
    var stack: [TemplateValue]

    mutating func render(_ ops: [TemplateOp], frame: Frame, into out: inout String) {
        var frame = frame
        if frame.indentation.isEmpty {
            for op in ops { render(op, frame: &frame, into: &out) }
            return
        }
        let localStart = out.utf8.count
        var piece = ""
        for op in ops {
            piece.removeAll(keepingCapacity: true)
            render(op, frame: &frame, into: &piece)
            if piece.isEmpty { continue }
            if Self.endsWithNewline(out, after: localStart) { out += frame.indentation }
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

    private mutating func render(_ op: TemplateOp, frame: inout Frame, into out: inout String) {
        switch op {
        case .text(let text):
            out += text

        case .variable(let name, let escaped):
            guard let value = lookup(name, frame) else { return }
            if escaped && frame.escapes, case .text(let text) = value {
                HTMLEscape.append(text, to: &out)
            } else if escaped && frame.escapes {
                var text = ""
                value.appendText(to: &text)
                HTMLEscape.append(text, to: &out)
            } else {
                value.appendText(to: &out)
            }

        case .section(let name, let body):
            switch lookup(name, frame) {
            case nil, .bool(false)?:
                return
            case .bool(true)?:
                render(body, frame: frame, into: &out)
            case .list(let items)?:
                guard !items.isEmpty else { return }
                var inner = frame
                for (index, item) in items.enumerated() {
                    inner.position = SequencePosition(first: index == 0, last: index == items.count - 1, index: index)
                    stack.append(item)
                    render(body, frame: inner, into: &out)
                    stack.removeLast()
                }
            case let value?:
                var inner = frame
                inner.position = nil
                stack.append(value)
                render(body, frame: inner, into: &out)
                stack.removeLast()
            }

        case .invertedSection(let name, let body):
            switch lookup(name, frame) {
            case nil, .bool(false)?:
                render(body, frame: frame, into: &out)
            case .list(let items)? where items.isEmpty:
                var inner = frame
                inner.position = nil
                stack.append(.list(items))
                render(body, frame: inner, into: &out)
                stack.removeLast()
            default:
                return
            }

        case .partial(let target, let indentation, let overrides):
            guard frame.depth < Self.maxDepth, let body = resolve(target, frame) else { return }
            var inner = frame
            inner.position = nil
            inner.escapes = true
            inner.depth += 1
            if let indentation { inner.indentation += indentation }
            if let overrides {
                // The outermost parent call's blocks win.
                for override in overrides where !frame.overrides.contains(where: { $0.id == override.id }) {
                    inner.overrides.append(override)
                }
            }
            render(body, frame: inner, into: &out)

        case .block(let id, let defaultBody, let indentation):
            guard frame.depth < Self.maxDepth else { return }
            var inner = frame
            inner.position = nil
            inner.depth += 1
            inner.indentation += indentation
            let body = frame.overrides.first(where: { $0.id == id })?.body ?? defaultBody
            render(body, frame: inner, into: &out)

        case .contentType(let escapes):
            frame.escapes = escapes
        }
    }

    private func resolve(_ target: PartialTarget, _ frame: Frame) -> [TemplateOp]? {
        let id: Int?
        switch target {
        case .fixed(let fixed):
            id = fixed
        case .dynamic(let name):
            guard case .text(let partialName)? = lookup(name, frame) else { return nil }
            id = names.existingID(partialName)
        }
        guard let id, id < templates.count else { return nil }
        return templates[id]
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
            guard let top = stack.last else { return nil }
            value = top
            for key in name.path {
                guard let child = value.child(key) else { return nil }
                value = child
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
            if case .object(let object) = stack[i], var value = object[head] {
                for key in path.dropFirst() {
                    guard let child = value.child(key) else { return nil }
                    value = child
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
