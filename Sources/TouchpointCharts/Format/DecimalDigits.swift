/// Decimal digits of a Double without Foundation, so formatting never depends on a locale
/// and never falls back to exponent notation.
struct DecimalDigits: Equatable {
    var negative: Bool
    /// Integer digits, most significant first, no leading zeros (at least one digit).
    var integer: [UInt8]
    /// Fraction digits, no trailing zeros.
    var fraction: [UInt8]

    /// Built from Swift's shortest round-trip description, so 0.1 + 0.2 rounds like "0.30000000000000004".
    init(_ value: Double) {
        let v = value.isFinite ? value : 0
        negative = v < 0
        // Read as ASCII bytes: Character.wholeNumberValue looks up Unicode tables, and every coordinate comes here.
        let text = Array(String(describing: Swift.abs(v)).utf8)
        var exponent = 0
        var mantissaEnd = text.count
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissaEnd = e
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(mantissaEnd)
        var point = -1
        for byte in text[..<mantissaEnd] {
            if byte == UInt8(ascii: ".") { point = digits.count; continue }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { digits.append(byte - UInt8(ascii: "0")) }
        }
        if point < 0 { point = digits.count }
        point += exponent
        var intPart: [UInt8] = []
        var fracPart: [UInt8] = []
        if point <= 0 {
            fracPart = [UInt8](repeating: 0, count: -point) + digits
        } else if point >= digits.count {
            intPart = digits + [UInt8](repeating: 0, count: point - digits.count)
        } else {
            intPart = Array(digits[0..<point])
            fracPart = Array(digits[point...])
        }
        while let f = intPart.first, f == 0, intPart.count > 1 { intPart.removeFirst() }
        if intPart.isEmpty { intPart = [0] }
        while let l = fracPart.last, l == 0 { fracPart.removeLast() }
        integer = intPart
        fraction = fracPart
        if isZero { negative = false }
    }

    var isZero: Bool { integer.allSatisfy { $0 == 0 } && fraction.allSatisfy { $0 == 0 } }

    /// Rounds half away from zero at `decimals` fraction digits.
    func rounded(_ decimals: Int) -> DecimalDigits {
        let d = Swift.max(0, decimals)
        guard fraction.count > d else { return self }
        var copy = self
        let roundUp = fraction[d] >= 5
        var frac = Array(fraction[0..<d])
        var intPart = integer
        if roundUp {
            var carry = true
            var i = frac.count - 1
            while carry && i >= 0 {
                if frac[i] == 9 { frac[i] = 0 } else { frac[i] += 1; carry = false }
                i -= 1
            }
            var j = intPart.count - 1
            while carry && j >= 0 {
                if intPart[j] == 9 { intPart[j] = 0 } else { intPart[j] += 1; carry = false }
                j -= 1
            }
            if carry { intPart.insert(1, at: 0) }
        }
        while let l = frac.last, l == 0 { frac.removeLast() }
        copy.integer = intPart
        copy.fraction = frac
        if copy.isZero { copy.negative = false }
        return copy
    }

    /// Text with exactly `decimals` fraction digits (or the natural ones when nil).
    func text(decimals: Int?, grouping: Bool, minus: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(integer.count + fraction.count + 8)
        for (i, digit) in integer.enumerated() {
            if grouping && integer.count > 3 && i > 0 && (integer.count - i) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(digit + UInt8(ascii: "0"))
        }
        let padding = Swift.max(0, (decimals ?? 0) - fraction.count)
        if !fraction.isEmpty || padding > 0 {
            bytes.append(UInt8(ascii: "."))
            for digit in fraction { bytes.append(digit + UInt8(ascii: "0")) }
            bytes += [UInt8](repeating: UInt8(ascii: "0"), count: padding)
        }
        return (negative ? minus : "") + String(decoding: bytes, as: UTF8.self)
    }
}
