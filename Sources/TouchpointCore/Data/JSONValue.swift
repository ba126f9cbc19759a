/// A parsed JSON value that remembers where it started in the file, so the
/// data validators can point at the exact line and column of a bad value.
/// Line and column are computed only when an error is reported (see `LineMap`).
struct JSONValue: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    var kind: Kind
    /// Byte offset of the value's first byte in the parsed buffer.
    var offset: Int

    init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    var isNull: Bool { if case .null = kind { return true } else { return false } }
    var string: String? { if case .string(let s) = kind { return s } else { return nil } }
    var number: JSONNumber? { if case .number(let n) = kind { return n } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }
    var object: JSONObject? { if case .object(let o) = kind { return o } else { return nil } }
    var bool: Bool? { if case .bool(let b) = kind { return b } else { return nil } }
}

/// A JSON number. The literal is kept so integers beyond 2^53 stay exact;
/// `double` is what the charts use. The parser refuses literals that overflow
/// to infinity, so `double` is always finite.
struct JSONNumber: Sendable, Hashable {
    /// The number exactly as written, e.g. `12345678901234567890` or `1.50`.
    var literal: String
    var double: Double

    /// True when the literal has no fraction or exponent part.
    var isInteger: Bool { !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }
    /// The exact value when the literal is an integer that fits in 64 bits.
    var int64: Int64? { isInteger ? Int64(literal) : nil }
}

/// One `"key": value` pair; the key's offset lets errors point at the key.
struct JSONMember: Sendable, Hashable {
    var key: String
    var keyOffset: Int
    var value: JSONValue
}

/// An object's members in file order (the parser refuses duplicate keys).
struct JSONObject: Sendable, Hashable {
    var members: [JSONMember]

    var keys: [String] { members.map(\.key) }

    /// Linear search: data-file objects have few keys, and a dictionary per
    /// object would cost more than it saves on large record files.
    subscript(key: String) -> JSONValue? {
        members.first(where: { $0.key == key })?.value
    }
}
