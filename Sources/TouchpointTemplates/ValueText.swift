/// How `{{x}}` prints a value: swift-mustache's `String(describing:)`.
/// Lists and objects print as Swift prints `[Any]` and `[String: Any]`
/// (elements quoted and escaped). An object with more than one key prints
/// in insertion order here; swift-mustache prints a dictionary in its hash
/// order, which changes from run to run, so no theme can rely on it.
extension TemplateValue {
    func appendText(to out: inout String) {
        switch self {
        case .text(let text): out += text
        case .int(let n): out += String(n)
        case .double(let d): out += d.description
        case .bool(let b): out += b ? "true" : "false"
        case .list, .object: appendDebugText(to: &out)
        }
    }

    private func appendDebugText(to out: inout String) {
        switch self {
        case .text(let text): out += String(reflecting: text)
        case .int, .double, .bool: appendText(to: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.appendDebugText(to: &out)
            }
            out += "]"
        case .object(let object):
            if object.isEmpty {
                out += "[:]"
                return
            }
            out += "["
            for (i, pair) in object.pairs.enumerated() {
                if i > 0 { out += ", " }
                out += String(reflecting: pair.key)
                out += ": "
                pair.value.appendDebugText(to: &out)
            }
            out += "]"
        }
    }
}
