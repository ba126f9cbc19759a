/// swift-mustache's transforms, `{{name(value)}}`. Each applies to some
/// kinds of value only; anywhere else, like an unknown name, it makes the
/// tag see nothing.
enum TemplateTransform: Sendable {
    case first, last, index, even, odd
    case count, empty, reversed, sorted
    case capitalized, lowercased, uppercased
    case equalzero, plusone, minusone
    case unknown

    init(name: String) {
        switch name {
        case "first": self = .first
        case "last": self = .last
        case "index": self = .index
        case "even": self = .even
        case "odd": self = .odd
        case "count": self = .count
        case "empty": self = .empty
        case "reversed": self = .reversed
        case "sorted": self = .sorted
        case "capitalized": self = .capitalized
        case "lowercased": self = .lowercased
        case "uppercased": self = .uppercased
        case "equalzero": self = .equalzero
        case "plusone": self = .plusone
        case "minusone": self = .minusone
        default: self = .unknown
        }
    }
}

/// Where the element being rendered sits in its list.
struct SequencePosition: Sendable {
    var first: Bool
    var last: Bool
    var index: Int

    func apply(_ transform: TemplateTransform) -> TemplateValue? {
        switch transform {
        case .first: .bool(first)
        case .last: .bool(last)
        case .index: .int(index)
        case .even: .bool(index & 1 == 0)
        case .odd: .bool(index & 1 == 1)
        default: nil
        }
    }
}

extension TemplateValue {
    func apply(_ transform: TemplateTransform) -> TemplateValue? {
        switch self {
        case .text(let text):
            switch transform {
            case .empty: return .bool(text.isEmpty)
            case .capitalized: return .text(Capitalize.apply(text))
            case .lowercased: return .text(text.lowercased())
            case .uppercased: return .text(text.uppercased())
            case .reversed: return .text(String(text.reversed()))
            default: return nil
            }
        case .int(let n):
            // swift-mustache traps on overflow here; wrapping is the one difference.
            switch transform {
            case .equalzero: return .bool(n == 0)
            case .plusone: return .int(n &+ 1)
            case .minusone: return .int(n &- 1)
            case .even: return .bool(n & 1 == 0)
            case .odd: return .bool(n & 1 == 1)
            default: return nil
            }
        case .list(let items):
            switch transform {
            case .first: return items.first
            case .last: return items.last
            case .reversed: return .list(items.reversed())
            case .count: return .int(items.count)
            case .empty: return .bool(items.isEmpty)
            case .sorted: return Self.sorted(items)
            default: return nil
            }
        case .object(let object):
            switch transform {
            case .count: return .int(object.count)
            case .empty: return .bool(object.isEmpty)
            case .sorted:
                // A dictionary sorts into (key:, value:) pairs, by key.
                let pairs = object.pairs.sorted { $0.key < $1.key }
                return .list(pairs.map { .object(TemplateObject([("key", .text($0.key)), ("value", $0.value)])) })
            default: return nil
            }
        case .bool, .double:
            return nil
        }
    }

    /// swift-mustache sorts only arrays whose static element type is
    /// Comparable: lists all of text, all of Int or all of Double, and not
    /// empty (an empty list reaches it as `[Any]`). The standard library
    /// sort is used on the same element type, so ties and NaNs land alike.
    private static func sorted(_ items: [TemplateValue]) -> TemplateValue? {
        guard let head = items.first else { return nil }
        switch head {
        case .text:
            var texts: [String] = []
            texts.reserveCapacity(items.count)
            for item in items {
                guard case .text(let t) = item else { return nil }
                texts.append(t)
            }
            return .list(texts.sorted().map(TemplateValue.text))
        case .int:
            var ints: [Int] = []
            for item in items {
                guard case .int(let n) = item else { return nil }
                ints.append(n)
            }
            return .list(ints.sorted().map(TemplateValue.int))
        case .double:
            var doubles: [Double] = []
            for item in items {
                guard case .double(let d) = item else { return nil }
                doubles.append(d)
            }
            return .list(doubles.sorted().map(TemplateValue.double))
        default:
            return nil
        }
    }
}

/// Foundation's `capitalized` (swift-foundation's, which swift-mustache
/// calls), rebuilt on the standard library's Unicode properties. Checked
/// against Foundation for every scalar between letters; its case-ignorable
/// set is Unicode's minus the word-joining punctuation listed below.
enum Capitalize {
    static func apply(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterCased = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter:
                if afterCased { out += properties.lowercaseMapping } else { out.unicodeScalars.append(scalar) }
                afterCased = true
            case .lowercaseLetter:
                if afterCased { out.unicodeScalars.append(scalar) } else { out += properties.titlecaseMapping }
                afterCased = true
            default:
                if !(properties.isCaseIgnorable && !notIgnorable(scalar)) { afterCased = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func notIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
            return true
        default:
            return false
        }
    }
}
