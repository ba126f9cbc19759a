import Foundation

/// Reads and writes the manifest in `.touchpoint/` beside the output folder.
/// A cache that is corrupt, foreign or does not match the output is ignored
/// with a warning, never trusted.
struct BuildCache {
    let output: URL

    var folder: URL { output.deletingLastPathComponent().appendingPathComponent(".touchpoint") }
    var file: URL { folder.appendingPathComponent(output.lastPathComponent + ".manifest.json") }

    func load(settings: String) -> (BuildManifest?, Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: file.path) else { return (nil, nil) }
        let shown = ".touchpoint/" + file.lastPathComponent
        func ignored(_ why: String) -> (BuildManifest?, Diagnostic?) {
            (nil, Diagnostic(path: shown, severity: .warning, message: "\(why); ignoring the incremental cache and building everything"))
        }
        struct Header: Decodable { var format: String }
        // The header is read only to explain a failure: decoding is most of the cost.
        guard let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
              manifest.format == BuildManifest.currentFormat else {
            let header = try? JSONDecoder().decode(Header.self, from: data)
            guard let header, header.format != BuildManifest.currentFormat else { return ignored("the cache is unreadable") }
            return ignored("the cache is from another version")
        }
        guard manifest.settings == settings else { return (nil, nil) }
        guard let marker = SiteWriter.readMarker(in: output) else { return (nil, nil) }
        guard marker == manifest.buildID else {
            return ignored("the cache does not describe the current output (an interrupted build, or an edited output)")
        }
        return (manifest, nil)
    }

    func save(_ manifest: BuildManifest) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(manifest)
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        try data.write(to: temporary)
        if rename(temporary.path, file.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(message: "cannot save the incremental cache at \(file.path)")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: file)
    }
}
