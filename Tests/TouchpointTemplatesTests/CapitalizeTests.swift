import Foundation
import Testing
@testable import TouchpointTemplates

/// `capitalized` is Foundation's in swift-mustache; the engine rebuilds it
/// on the standard library. Compared for scalars around the tricky ranges
/// (Latin, Greek with titlecase letters, word-joining punctuation).
@Suite struct CapitalizeTests {
    static let ranges: [ClosedRange<UInt32>] = [0...0x6FF, 0x1F80...0x1FFF, 0x2000...0x2030, 0xFE10...0xFE70, 0xFF00...0xFF40]

    @Test func matchesFoundation() {
        var mismatches: [String] = []
        var checked = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                checked += 1
                for text in ["a\(scalar)a", "A\(scalar)A", "\(scalar)a", "\(scalar)"] where text.capitalized != Capitalize.apply(text) {
                    mismatches.append(String(value, radix: 16))
                    break
                }
            }
        }
        #expect(checked > 2_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(Capitalize.apply("ǆemal x.y") == "ǅemal X.Y")
    }
}
