import Testing
import Foundation
@testable import TouchpointCore

/// The edition's layout is rendered around a marker; only a marker printed once, as it is, stands for the body.
@Suite struct ReportEditionSplitTests {
    @Test func theLayoutIsSplitWhereTheMarkerIsPrintedOnce() throws {
        let marker = ReportEdition.bodyMarker
        let parts = try #require(ReportEdition.split("<main>" + marker + "</main>"))
        #expect(parts.head == "<main>" && parts.tail == "</main>")
        #expect(ReportEdition.split("<main></main>") == nil, "a layout without the body")
        #expect(ReportEdition.split(marker + marker) == nil, "a layout printing the body twice")
        #expect(ReportEdition.split(marker.replacingOccurrences(of: "<", with: "&lt;")) == nil, "an escaped body is not the marker")
    }
}
