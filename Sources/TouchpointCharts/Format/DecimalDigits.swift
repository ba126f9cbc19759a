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
        let text = String(describing: Swift.abs(v))
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[text.startIndex..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var point = -1
        for ch in mantissa {
            if ch == "." { point = digits.count; continue }
            if let d = ch.wholeNumberValue { digits.append(UInt8(d)) }
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
        var intText = integer.map { String($0) }.joined()
        if grouping && intText.count > 3 {
            var out = ""
            for (i, ch) in intText.enumerated() {
                if i > 0 && (intText.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            intText = out
        }
        var frac = fraction.map { String($0) }.joined()
        if let d = decimals, frac.count < d { frac += String(repeating: "0", count: d - frac.count) }
        let body = frac.isEmpty ? intText : intText + "." + frac
        return (negative ? minus : "") + body
    }
}
