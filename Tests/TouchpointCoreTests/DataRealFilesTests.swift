import Foundation
import Testing
@testable import TouchpointCore

@Suite struct DataRealFilesTests {
    /// `Content/data` of this repository, found from this file's path.
    static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/data")

    static func jsonFiles() -> [URL] {
        let files = FileManager.default.enumerator(at: dataFolder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyRealDataFileLoads() throws {
        let files = Self.jsonFiles()
        #expect(files.count >= 8)
        for url in files {
            let relative = "Content/data/" + url.path.dropFirst(Self.dataFolder.path.count + 1)
            let bytes = try Data(contentsOf: url)
            #expect(bytes.count <= DataLoader.maxFileSize)
            let result = DataLoader.load(bytes, file: SourceFile(displayPath: relative))
            switch result.value {
            case .some(let loaded):
                // The folder says what the file should hold; records have no provenance.
                #expect(loaded.kind == "records" || loaded.provenance.asOf != nil, "\(relative)")
            case .none:
                let report = result.diagnostics.map(\.description).joined(separator: "\n")
                Issue.record("\(relative) failed:\n\(report)")
            }
        }
    }
}
