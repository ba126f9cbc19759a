/// The one way TouchpointCore reports problems in its input: a value and the
/// diagnostics found while making it. A stage hands one to the next, and so
/// does every function inside a stage, down to a single YAML read; a value
/// that may not exist is `Staged<T?>`, nil with the diagnostics that say why.
/// Keeping the problems beside the value, rather than throwing them, lets a
/// build go on after an error and report every problem in one run.
struct Staged<Value> {
    var value: Value
    var diagnostics: [Diagnostic] = []

    init(value: Value, diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }

    init(_ value: Value, _ diagnostics: [Diagnostic] = []) {
        self.init(value: value, diagnostics: diagnostics)
    }

    /// Merges what a callee found: appends `other`'s diagnostics, in order, and returns its value.
    mutating func take<Other>(_ other: Staged<Other>) -> Other {
        diagnostics += other.diagnostics
        return other.value
    }

    /// Records one problem found here.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The same diagnostics with another value, e.g. the whole a callee's part belongs to.
    func map<Other>(_ transform: (Value) -> Other) -> Staged<Other> {
        Staged<Other>(value: transform(value), diagnostics: diagnostics)
    }
}

extension Staged where Value: ExpressibleByNilLiteral {
    /// No value, for the reason given: a read that stops at its first problem.
    static func failure(_ diagnostic: Diagnostic) -> Staged {
        Staged(value: nil, diagnostics: [diagnostic])
    }

    /// No value, with the problems another read found (none for an empty document).
    static func failure<Other>(_ other: Staged<Other>) -> Staged {
        Staged(value: nil, diagnostics: other.diagnostics)
    }
}

extension Staged: Sendable where Value: Sendable {}
