import Foundation

/// Reads and writes the manifest in `.touchpoint/` beside the output folder.
/// A cache that is damaged, edited, foreign or does not match the output is
/// ignored with a warning, never trusted: the file starts with a line
/// holding its format and the fingerprint of the JSON that follows.
struct BuildCache {
    let output: URL

    var folder: URL { output.deletingLastPathComponent().appendingPathComponent(".touchpoint") }
    var file: URL { folder.appendingPathComponent(output.lastPathComponent + ".manifest") }
    private var shown: String { ".touchpoint/" + file.lastPathComponent }
    /// Saves write here first; one is left behind only by a killed build.
    private var temporaryPrefix: String { "." + file.lastPathComponent + "." }

    func load(settings: String) -> (BuildManifest?, Diagnostic?) {
        removeTemporaries()
        guard let data = FileManager.default.contents(atPath: file.path) else { return (nil, nil) }
        func ignored(_ why: String) -> (BuildManifest?, Diagnostic?) {
            (nil, .about(shown, severity: .warning, "\(why); ignoring the incremental cache and building everything"))
        }
        guard let newline = data.firstIndex(of: 0x0A) else { return ignored("the cache is unreadable") }
        let header = String(decoding: data[..<newline], as: UTF8.self).split(separator: " ")
        let body = data[(newline + 1)...]
        guard header.count == 2, header[0].hasPrefix("touchpoint-manifest/") else { return ignored("the cache is unreadable") }
        guard header[0] == BuildManifest.currentFormat else { return ignored("the cache is from another version") }
        var print = Fingerprint()
        print.add(bytes: body)
        guard print.hex == header[1] else { return ignored("the cache is damaged or was edited (its checksum does not match)") }
        guard let manifest = ManifestFormat.decode(Data(body)) else {
            return ignored("the cache is unreadable")
        }
        guard manifest.settings == settings else { return (nil, nil) }
        guard let marker = SiteWriter.readMarker(in: output) else { return (nil, nil) }
        guard marker == manifest.buildID else {
            return ignored("the cache does not describe the current output (an interrupted build, or an edited output)")
        }
        return (manifest, nil)
    }

    func save(_ manifest: BuildManifest) throws(Diagnostic) {
        let body = ManifestFormat.encode(manifest)
        var print = Fingerprint()
        print.add(bytes: body)
        let contents = Data((BuildManifest.currentFormat + " " + print.hex + "\n").utf8) + body
        try FileTree.makeFolders(folder.path)
        let temporary = folder.path + "/" + temporaryPrefix + String(getpid())
        unlink(temporary)
        guard RawFile.write(contents, to: temporary), rename(temporary, file.path) == 0 else {
            let reason = SystemError.errnoText()
            unlink(temporary)
            throw Diagnostic.about(shown, "cannot save the incremental cache \(shown): \(reason)")
        }
    }

    func remove() {
        unlink(file.path)
    }

    /// Those of builds no longer running: a live one may be about to rename its own.
    private func removeTemporaries() {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for item in items where item.hasPrefix(temporaryPrefix) {
            guard let pid = Int32(item.dropFirst(temporaryPrefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.path + "/" + item)
        }
    }
}
