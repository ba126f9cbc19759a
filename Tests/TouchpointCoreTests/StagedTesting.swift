@testable import TouchpointCore

/// Reads in the tests of one value that must be there, or of the problem that stopped it.
extension Staged {
    /// The first problem found, as a read that stops at its first problem reports it.
    var failure: Diagnostic? { diagnostics.first }

    /// The value of a read that must succeed; its first problem is thrown otherwise.
    func get<Wrapped>() throws -> Wrapped where Value == Wrapped? {
        if diagnostics.isEmpty, let value { return value }
        throw diagnostics.first ?? Diagnostic.about("", "no value")
    }
}
