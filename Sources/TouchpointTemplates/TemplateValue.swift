/// A value templates see. Built by the caller from typed data, so rendering
/// never needs `Any`, dynamic casts or reflection.
public enum TemplateValue: Sendable, Equatable {
    /// `{{x}}` HTML-escapes it; `{{{x}}}` and `{{&x}}` print it as is.
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
}

/// Template objects hold few keys (a page, a menu entry), so an array of
/// pairs searched linearly beats hashing every looked-up name.
public struct TemplateObject: Sendable, Equatable {
    public private(set) var pairs: [(key: String, value: TemplateValue)]

    public init() { pairs = [] }

    /// A key given twice keeps its last value, as a dictionary literal built
    /// by assignment would.
    public init(_ pairs: [(String, TemplateValue)]) {
        self.pairs = []
        self.pairs.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    public subscript(key: String) -> TemplateValue? {
        get {
            for pair in pairs where pair.key == key { return pair.value }
            return nil
        }
        set {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }

    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(TemplateObject(elements)) }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self.init(elements) }
}
