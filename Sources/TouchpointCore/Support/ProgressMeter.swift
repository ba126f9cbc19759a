import Foundation

/// Counts work done by parallel tasks and reports it as
/// "Rendering 4,312 / 50,000 pages (1,480/s)", at most ten times a second.
/// Without a `report` (not a terminal, or `--quiet`) it does nothing.
final class ProgressMeter: @unchecked Sendable {
    private let verb: String
    private let noun: String
    private let total: Int
    private let report: (@Sendable (String) -> Void)?
    private let lock = NSLock()
    private let start = ContinuousClock.now
    private var done = 0
    private var lastReport: ContinuousClock.Instant?

    init(_ verb: String, total: Int, _ noun: String, report: (@Sendable (String) -> Void)?) {
        self.verb = verb
        self.noun = noun
        self.total = total
        self.report = report
        report?("\(verb) \(Self.grouped(total)) \(noun)")
    }

    func step() {
        guard let report else { return }
        let line: String? = lock.withLock {
            done += 1
            let now = ContinuousClock.now
            if let lastReport, now - lastReport < .milliseconds(100), done < total { return nil }
            lastReport = now
            let elapsed = Double((now - start).components.attoseconds) / 1e18 + Double((now - start).components.seconds)
            let rate = elapsed > 0 ? Int(Double(done) / elapsed) : 0
            return "\(verb) \(Self.grouped(done)) / \(Self.grouped(total)) \(noun) (\(Self.grouped(rate))/s)"
        }
        if let line { report(line) }
    }

    /// 50000 → "50,000": the same on every machine, whatever its locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }
}
