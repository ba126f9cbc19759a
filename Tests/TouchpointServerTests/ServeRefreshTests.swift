import Foundation
import Testing
import TouchpointCore
@testable import TouchpointServer

/// While serving, every save rebuilds; what changed is told against the site
/// as published when serving began, not against the previous save.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ServeRefreshTests {
    static func kpis(_ values: [Int]) -> String {
        let points = values.enumerated().map { #"{"date": "2026-0\#($0.offset + 1)", "value": \#($0.element)}"# }
        return #"{"kind": "kpis", "asOf": "2026-0\#(values.count)-28", "kpis": [{"id": "nps", "name": "NPS", "direction": "up", "#
            + #""points": [\#(points.joined(separator: ", "))]}]}"#
    }

    @Test func editsWhileServingAreComparedWithThePublishedSite() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("Content/data/kpis.json", Self.kpis([30, 31]))
        try site.write("Content/kpis.md", "---\ntitle: KPIs\n---\n```kpis\ndata: kpis.json\n```\n")
        _ = try Pipeline.build(BuildOptions(siteFolder: site.folder))

        let server = try await site.startServer()
        let events = try EventListener(port: server.port, since: 1)
        defer { events.close() }
        #expect(await events.waitFor("retry:", timeout: 10))
        for (save, values) in [[30, 31, 33], [30, 31, 34]].enumerated() {
            try site.write("Content/data/kpis.json", Self.kpis(values))
            let told = await waitUntil(timeout: 10) {
                (try? await RawHTTP.get(port: server.port, "/changes/", timeout: 1))?.body
                    .contains("NPS rose from 31 in Feb 2026 to \(values[2]) in Mar 2026") == true
            }
            #expect(told != nil, "save \(save + 1) was not told against the published February data")
        }
        await server.stop()
    }
}
