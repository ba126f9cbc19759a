import Foundation
import Testing
@testable import TouchpointCore

@Suite struct ProgressMeterTests {
    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (4312, "4,312"), (50000, "50,000"),
                      (1_234_567, "1,234,567"), (-1200, "-1,200")])
    func groupsThousands(_ number: Int, _ expected: String) {
        #expect(ProgressMeter.grouped(number) == expected)
    }

    final class Lines: @unchecked Sendable {
        let lock = NSLock()
        var all: [String] = []
        func add(_ line: String) { lock.withLock { all.append(line) } }
    }

    @Test func reportsTheTotalFirstAndTheLastStepAlways() {
        let lines = Lines()
        let meter = ProgressMeter("Rendering", total: 2_000, "pages", report: { lines.add($0) })
        DispatchQueue.concurrentPerform(iterations: 2_000) { _ in meter.step() }
        #expect(lines.all.first == "Rendering 2,000 pages")
        #expect(lines.all.last?.hasPrefix("Rendering 2,000 / 2,000 pages (") == true)
        // Throttled: far fewer lines than steps.
        #expect(lines.all.count < 50)
    }
}
