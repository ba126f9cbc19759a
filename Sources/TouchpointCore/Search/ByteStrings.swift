import Foundation

/// Distinct byte strings, numbered in the order first seen: the distinct
/// words of a page, the terms of the search index. Most words repeat ones
/// seen already; making a String of each and hashing it into a Set or a
/// Dictionary was most of the time spent on them. Here each is hashed once
/// as bytes (FNV-1a), and only the distinct ones become Strings.
struct ByteStrings {
    private var bytes: [UInt8] = []
    private var spans: [Range<Int>] = []
    private var hashes: [UInt64] = []
    /// Open addressing: numbers into `spans`, -1 for free; never more than half full.
    private var slots = [Int](repeating: -1, count: 256)

    var count: Int { spans.count }

    /// The number of `string`, given it anew when it was not seen before.
    @discardableResult
    mutating func number(of string: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] >= 0 {
            let known = slots[slot]
            if hashes[known] == hash, holds(string, at: spans[known]) { return (known, false) }
            slot = (slot + 1) & mask
        }
        let number = spans.count
        slots[slot] = number
        hashes.append(hash)
        spans.append(bytes.count..<(bytes.count + string.count))
        bytes += string
        if spans.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// Every string, by number.
    var strings: [String] { spans.map { String(decoding: bytes[$0], as: UTF8.self) } }

    private func holds(_ string: UnsafeBufferPointer<UInt8>, at span: Range<Int>) -> Bool {
        guard span.count == string.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            guard let stored = stored.baseAddress, let string = string.baseAddress else { return true }
            return memcmp(stored + span.lowerBound, string, span.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = number
        }
    }
}
