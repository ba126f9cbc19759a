/// Powers and logarithms of ten without Foundation or libm: exact for the integer exponents ticks use.
func pow10(_ k: Int) -> Double {
    var result = 1.0
    if k >= 0 {
        for _ in 0..<Swift.min(k, 400) { result *= 10 }
        return result
    }
    // 1 / 10^k is correctly rounded, which is what Math.pow(10, -k) gives for small k.
    return 1 / pow10(-k)
}

/// floor(log10(x)) for finite x > 0, computed by comparison so it is exact at powers of ten.
func floorLog10(_ x: Double) -> Int {
    guard x.isFinite, x > 0 else { return 0 }
    var k = 0
    var p = 1.0
    if x >= 1 {
        while p * 10 <= x && k < 308 { p *= 10; k += 1 }
        return k
    }
    while x < p && k > -330 { k -= 1; p = pow10(k) }
    return k
}

/// The nearest finite stand-in for a value, so stray NaN/inf never reaches the output.
func finite(_ v: Double, _ fallback: Double = 0) -> Double { v.isFinite ? v : fallback }

func clamp(_ v: Double, _ lo: Double, _ hi: Double) -> Double {
    guard v.isFinite else { return lo }
    return Swift.min(Swift.max(v, lo), Swift.max(lo, hi))
}
