import Foundation

/// Values made once per build and shared by every page that needs them, from
/// parallel renders. A value is made outside the lock: two pages may both make
/// it, and either copy is right, since making is a pure function of the key.
final class SharedCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(_ key: Key, make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        lock.withLock { values[key] = made }
        return made
    }
}
