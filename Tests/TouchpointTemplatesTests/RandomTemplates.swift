import TouchpointTemplates

/// Deterministic 64-bit generator (SplitMix64), so a failing case is a seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random templates from the grammar both engines support, and random
/// values for them. Partial `p<i>` includes only `p<j>` with j > i, only
/// `main` includes `{{>*which}}`, and
/// block overrides hold no blocks or partials, because swift-mustache has no
/// recursion cap and would overflow its stack.
struct TemplateGenerator {
    var random: SeededRandom
    static let partialCount = 3

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    // MARK: Values

    mutating func context() -> TemplateValue {
        var object = TemplateObject()
        object["a"] = text()
        // Always text: `reversed` of a list prints as Swift's ReversedCollection in swift-mustache, not matched.
        object["s"] = text()
        object["b"] = scalar()
        object["t"] = .bool(true)
        object["f"] = .bool(false)
        object["list"] = list(depth: 0)
        object["o"] = self.object(depth: 1)
        if chance(50) { object["n"] = value(depth: 1) }
        if chance(30) { object["which"] = .text(pick(["p1", "p2", "p3", "nope"])) }
        return .object(object)
    }

    mutating func text() -> TemplateValue {
        let pieces = ["x", "Ab", " ", "&", "<", ">", "\"", "'", "é", "e\u{301}", "\n", "hello world", "", "Zed", "0"]
        return .text((0..<Int.random(in: 0...3, using: &random)).map { _ in pick(pieces) }.joined())
    }

    mutating func scalar() -> TemplateValue {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return .int(Int.random(in: -3...12, using: &random))
        case 1: return .double(pick([0.0, 1.5, -2.25, 1e-7, 100.0, 3.0e20]))
        case 2: return .bool(chance(50))
        default: return text()
        }
    }

    mutating func list(depth: Int) -> TemplateValue {
        let count = Int.random(in: 0...3, using: &random)
        let kind = Int.random(in: 0..<4, using: &random)
        return .list((0..<count).map { _ in
            switch kind {
            case 0: return text()
            case 1: return .int(Int.random(in: -5...5, using: &random))
            case 2: return depth < 2 ? object(depth: depth + 1) : scalar()
            default: return value(depth: depth + 1)
            }
        })
    }

    mutating func object(depth: Int) -> TemplateValue {
        var object = TemplateObject()
        for key in ["a", "b", "list", "o", "t"] where chance(45) {
            object[key] = value(depth: depth + 1)
        }
        return .object(object)
    }

    mutating func value(depth: Int) -> TemplateValue {
        if depth >= 3 { return scalar() }
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return list(depth: depth)
        case 1: return object(depth: depth)
        default: return scalar()
        }
    }

    // MARK: Templates

    /// Templates named `main` and `p1`…`p3`.
    mutating func templates() -> [(name: String, source: String)] {
        var all: [(String, String)] = []
        for i in 1...Self.partialCount {
            all.append(("p\(i)", body(depth: 0, partialsFrom: i + 1, inOverride: false)))
        }
        all.append(("main", body(depth: 0, partialsFrom: 1, inOverride: false)))
        return all
    }

    static let variableNames = ["a", "b", "n", "missing", ".", ".a", "o.a", "o.o.b", "list", "t", "f", "o",
                                "count(list)", "first(list)", "last(list)", "empty(list)", "uppercased(a)", "capitalized(a)",
                                "reversed(s)", "uppercased(reversed(s))", "plusone(b)", "index()", "first()", "odd()", "empty(o)", "count(o)", "a..b", ""]
    static let sectionNames = ["a", "b", "n", "missing", "list", "t", "f", "o", "o.list", ".", ".list", "o.o",
                               "first()", "last()", "even()", "reversed(list)", "sorted(list)", "sorted(o)", "first(list)", "empty(list)", "odd(b)"]

    private mutating func body(depth: Int, partialsFrom: Int, inOverride: Bool) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 0...(depth == 0 ? 7 : 4), using: &random) {
            out += part(depth: depth, partialsFrom: partialsFrom, inOverride: inOverride)
        }
        return out
    }

    private mutating func lineStart() -> String {
        pick(["", "", "\n", "\n", "\n  ", "\n\t", " ", "\r\n", "x\n  "])
    }

    private mutating func part(depth: Int, partialsFrom: Int, inOverride: Bool) -> String {
        let canNest = depth < 3
        let canInclude = !inOverride && partialsFrom <= Self.partialCount
        switch Int.random(in: 0..<16, using: &random) {
        case 0, 1:
            return pick(["text", " ", "\n", "  ", "\t", "a&b<", "é", "{", "}", "{ {", "x\n", "\r\n", " \n  "])
        case 2, 3:
            let name = pick(Self.variableNames)
            return lineStart() + pick(["{{\(name)}}", "{{{\(name)}}}", "{{&\(name)}}", "{{ \(name) }}"])
        case 4...6 where canNest:
            let name = pick(Self.sectionNames)
            // An empty reversed list pushed by `^` prints as Swift's
            // ReversedCollection in swift-mustache; not matched (see report).
            let sigil = chance(70) || name.hasPrefix("reversed(") ? "#" : "^"
            return lineStart() + "{{\(sigil)\(name)}}" + lineStart() + body(depth: depth + 1, partialsFrom: partialsFrom, inOverride: inOverride)
                + lineStart() + "{{/\(name)}}" + lineStart()
        case 7:
            return lineStart() + pick(["{{! note }}", "{{!\nmulti\n}}", "{{!x}}"]) + lineStart()
        case 8 where canInclude:
            let target = chance(85) ? "p\(Int.random(in: partialsFrom...Self.partialCount, using: &random))" : "nothing"
            return lineStart() + "{{>\(target)}}" + lineStart()
        case 9 where canInclude && canNest:
            let target = "p\(Int.random(in: partialsFrom...Self.partialCount, using: &random))"
            var inner = lineStart()
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let block = pick(["b1", "b2"])
                inner += "{{$\(block)}}" + lineStart() + body(depth: depth + 1, partialsFrom: partialsFrom, inOverride: true) + lineStart() + "{{/\(block)}}" + lineStart()
            }
            return lineStart() + "{{<\(target)}}" + inner + "{{/\(target)}}" + lineStart()
        case 10 where !inOverride && canNest:
            let block = pick(["b1", "b2"])
            return lineStart() + "{{$\(block)}}" + lineStart() + body(depth: depth + 1, partialsFrom: partialsFrom, inOverride: true) + lineStart() + "{{/\(block)}}" + lineStart()
        case 11:
            let name = pick(Self.variableNames)
            return lineStart() + "{{=<% %>=}}" + lineStart() + "<%\(name)%><%{\(name)%>}" + lineStart() + "<%={{ }}=%>" + lineStart()
        case 12 where chance(20):
            return "{{%CONTENT_TYPE:\(pick(["TEXT", "HTML"]))}}" + lineStart()
        case 13 where canInclude && partialsFrom == 1 && chance(30):
            return lineStart() + "{{>*which}}" + lineStart()
        default:
            return pick(["  ", "\n", "word", "\n\n", " \t "])
        }
    }
}

extension TemplateValue {
    /// The same value with every object's keys in reverse order, to spot
    /// output that depends on key order.
    var keysReversed: TemplateValue {
        switch self {
        case .list(let items): return .list(items.map(\.keysReversed))
        case .object(let object): return .object(TemplateObject(object.pairs.reversed().map { ($0.key, $0.value.keysReversed) }))
        default: return self
        }
    }
}
