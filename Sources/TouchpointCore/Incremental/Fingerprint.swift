/// A stable 128-bit content hash (two FNV-1a lanes). Swift's `Hasher` is
/// seeded per process, so it cannot compare builds; this can.
struct Fingerprint: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    init() {}

    mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        // Contiguous bytes (String's UTF-8, Data, arrays) are read through a pointer: a third of the time.
        if bytes.withContiguousStorageIfAvailable({ add(buffer: $0) }) != nil { return }
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte &+ 0x5b)) &* 0x0000_0100_0000_01b3
        }
        // A separator, so ("ab","c") and ("a","bc") differ.
        a = (a ^ 0xff) &* 0x0000_0100_0000_01b3
        b = (b ^ 0xfe) &* 0x0000_0100_0000_01b3
    }

    private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
        var (a, b) = (self.a, self.b)
        for byte in buffer {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte &+ 0x5b)) &* 0x0000_0100_0000_01b3
        }
        a = (a ^ 0xff) &* 0x0000_0100_0000_01b3
        b = (b ^ 0xfe) &* 0x0000_0100_0000_01b3
        (self.a, self.b) = (a, b)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: $0) }
    }

    mutating func add(_ number: Int) { add(String(number)) }

    var hex: String {
        func pad(_ n: UInt64) -> String {
            let s = String(n, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return pad(a) + pad(b)
    }

    static func of(_ parts: String...) -> String {
        var f = Fingerprint()
        for part in parts { f.add(part) }
        return f.hex
    }
}
