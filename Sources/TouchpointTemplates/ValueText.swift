/// How `{{x}}` prints a value: swift-mustache's `String(describing:)`.
/// Lists and objects print as Swift prints `[Any]` and `[String: Any]`
/// (elements quoted and escaped). An object with more than one key prints
/// in insertion order here; swift-mustache prints a dictionary in its hash
/// order, which changes from run to run, so no theme can rely on it.
/// An object of exactly `key` (text) then `value` prints as the
/// `(key:, value:)` tuple `sorted(object)` yields in swift-mustache; as a
/// dictionary those two keys would print in hash order anyway.
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
        case .object(let object) where object.isSortedPair:
            out += "(key: "
            object.pairs[0].value.appendDebugText(to: &out)
            out += ", value: "
            object.pairs[1].value.appendDebugText(to: &out)
            out += ")"
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

extension TemplateObject {
    fileprivate var isSortedPair: Bool {
        guard pairs.count == 2, pairs[0].key == "key", pairs[1].key == "value", case .text = pairs[0].value else { return false }
        return true
    }
}
