import TouchpointCharts
/// A JSON path as authors read it: `stages[2].actual`, `[3]["first name"]`.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    var description: String = ""

    static let root = JSONPath()

    func key(_ key: String) -> JSONPath {
        if Self.isIdentifier(key) {
            return JSONPath(description: description.isEmpty ? key : description + "." + key)
        }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return JSONPath(description: description + "[\"\(escaped)\"]")
    }

    func index(_ index: Int) -> JSONPath {
        JSONPath(description: description + "[\(index)]")
    }

    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || $0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}

/// One problem found while validating, before it becomes a `Diagnostic`:
/// offsets are converted to line:column only once, for all issues together.
struct DataIssue: Sendable, Hashable {
    var offset: Int
    var message: String
}

/// An object being validated, with the offset and path errors about it need.
struct Fields {
    var object: JSONObject
    var offset: Int
    var path: JSONPath
}

/// Allowed values of a number, with the words used when one falls outside.
enum NumberRange {
    /// e.g. `.within(-3, 3, "the emotion scale")` → "4 is outside the emotion scale −3…3".
    case within(Double, Double, String)
    case nonNegative
}

/// Walks a parsed data file, collecting every problem rather than stopping at
/// the first, so an author can fix a file in one pass. Accessors return nil
/// for a bad value; kind validators then fill in placeholders, because the
/// result is thrown away whenever any issue was recorded.
struct DataChecker {
    var issues: [DataIssue] = []

    mutating func fail(_ offset: Int, _ path: JSONPath, _ message: String) {
        let prefix = path.description.isEmpty ? "" : "\(path): "
        issues.append(DataIssue(offset: offset, message: prefix + message))
    }

    // MARK: Values

    mutating func object(_ value: JSONValue, _ path: JSONPath) -> Fields? {
        guard let object = value.object else {
            fail(value.offset, path, "expected an object, found \(Self.describe(value))")
            return nil
        }
        return Fields(object: object, offset: value.offset, path: path)
    }

    /// An array; `empty` is the message for an empty one when that is refused.
    mutating func array(_ value: JSONValue, _ path: JSONPath, empty: String? = nil) -> [JSONValue]? {
        guard let array = value.array else {
            fail(value.offset, path, "expected an array, found \(Self.describe(value))")
            return nil
        }
        if array.isEmpty, let empty {
            fail(value.offset, path, empty)
            return nil
        }
        return array
    }

    mutating func text(_ value: JSONValue, _ path: JSONPath, allowEmpty: Bool = false) -> String? {
        guard let text = value.string else {
            fail(value.offset, path, "expected text, found \(Self.describe(value))")
            return nil
        }
        if !allowEmpty, text.allSatisfy(\.isWhitespace) {
            fail(value.offset, path, "expected non-empty text, found \(Self.describe(value))")
            return nil
        }
        return text
    }

    mutating func number(_ value: JSONValue, _ path: JSONPath, _ range: NumberRange? = nil) -> Double? {
        guard let number = value.number?.double else {
            fail(value.offset, path, "expected a number, found \(Self.describe(value))")
            return nil
        }
        switch range {
        case let .within(low, high, name)? where number < low || number > high:
            fail(value.offset, path, "\(Self.format(number)) is outside \(name) \(Self.format(low))…\(Self.format(high))")
            return nil
        case .nonNegative? where number < 0:
            fail(value.offset, path, "expected a number ≥ 0, found \(Self.format(number))")
            return nil
        default:
            return number
        }
    }

    /// Text that must be one of a fixed list, e.g. a cell status.
    mutating func choice(_ value: JSONValue, _ path: JSONPath, _ noun: String, _ choices: [String]) -> String? {
        guard let text = text(value, path, allowEmpty: true) else { return nil }
        guard choices.contains(text) else {
            fail(value.offset, path, Self.unknown(noun, text, choices))
            return nil
        }
        return text
    }

    // MARK: Members

    /// Every key some kind reads; such a key is never offered as a typo of another.
    static let knownKeys: Set<String> = [
        "kind", "source", "asOf", "kpis", "id", "name", "unit", "target", "direction", "points", "date", "value",
        "persona", "emotionScale", "min", "max", "stages", "customers", "ideal", "actual", "touchpoints", "channel",
        "emotion", "effort", "satisfaction", "rows", "columns", "scale", "cells", "row", "column", "label", "status",
        "layers", "layer", "items", "score", "outcomes", "importance",
    ]

    /// A required member; a missing one is reported at the object itself.
    mutating func required(_ fields: Fields, _ key: String) -> (JSONValue, JSONPath)? {
        if let value = fields.object[key] { return (value, fields.path.key(key)) }
        var message = "missing required key '\(key)'"
        // A misspelt key is otherwise silently ignored, so point it out here.
        let others = fields.object.keys.filter { !Self.knownKeys.contains($0) }
        if let near = Suggestion.closest(to: key, in: others) { message += " (is '\(near)' a typo?)" }
        fail(fields.offset, fields.path, message)
        return nil
    }

    /// An optional member; null counts as absent.
    func optional(_ fields: Fields, _ key: String) -> (JSONValue, JSONPath)? {
        guard let value = fields.object[key], !value.isNull else { return nil }
        return (value, fields.path.key(key))
    }

    mutating func requiredText(_ fields: Fields, _ key: String) -> String? {
        required(fields, key).flatMap { text($0.0, $0.1) }
    }

    mutating func optionalText(_ fields: Fields, _ key: String) -> String? {
        optional(fields, key).flatMap { text($0.0, $0.1, allowEmpty: true) }
    }

    mutating func requiredNumber(_ fields: Fields, _ key: String, _ range: NumberRange? = nil) -> Double? {
        required(fields, key).flatMap { number($0.0, $0.1, range) }
    }

    mutating func optionalNumber(_ fields: Fields, _ key: String, _ range: NumberRange? = nil) -> Double? {
        optional(fields, key).flatMap { number($0.0, $0.1, range) }
    }

    /// The objects of a required array member, each with its path.
    mutating func objects(_ fields: Fields, _ key: String, empty: String?) -> [Fields]? {
        guard let (value, path) = required(fields, key), let items = array(value, path, empty: empty) else { return nil }
        return items.enumerated().compactMap { object($0.element, path.index($0.offset)) }
    }

    // MARK: Wording

    /// "found …" wording: `null`, `true`, `the number 3`, `text "low"`, `an array`.
    static func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return "the number \(n.literal)"
        case .string(let s):
            let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "text \"\(shown)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Shortest readable form; a true minus sign as in the rest of the site.
    static func format(_ value: Double) -> String {
        let text: String
        if value == value.rounded(), abs(value) < 1e15 {
            text = String(Int64(value))
        } else {
            text = "\(value)"
        }
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// "unknown layer 'jon'; did you mean 'joy'? (one of: base, efficiency, joy)".
    static func unknown(_ noun: String, _ word: String, _ choices: [String]) -> String {
        let list = choices.joined(separator: ", ")
        if let near = Suggestion.closest(to: word, in: choices) {
            return "unknown \(noun) '\(word)'; did you mean '\(near)'? (one of: \(list))"
        }
        return "unknown \(noun) '\(word)'; expected one of: \(list)"
    }
}
