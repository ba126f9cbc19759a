import Foundation

/// The pages' parts of the report edition, kept in `.touchpoint/OUTPUT.print/`
/// by the key of the page they come from (its input fingerprint). A page
/// carried over by a rebuild still has its part here, so the edition is
/// assembled without rendering it again; one that is missing (a cleared
/// cache) is rendered again, never left out.
struct PrintFragments: Sendable {
    /// A path, not a URL: every page's save needs it, and `URL.path` is made anew each time.
    let folder: String

    init(output: URL) {
        folder = BuildCache(output: output).folder.appendingPathComponent(output.lastPathComponent + ".print").path
    }

    private func path(_ key: String) -> String { folder + "/" + key + ".part" }

    /// Keys are fingerprints; anything else never names a file.
    private static func usable(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The part, or without `section` its tables only (`PrintFragment(decoding:section:)`).
    func load(_ key: String, section: Bool = true) -> PrintFragment? {
        guard Self.usable(key), let data = FileManager.default.contents(atPath: path(key)) else { return nil }
        return PrintFragment(decoding: [UInt8](data), section: section)
    }

    /// Best effort: a part that cannot be saved is made again by the next build that needs it.
    func save(_ fragment: PrintFragment, key: String) {
        guard Self.usable(key) else { return }
        let temporary = path(key) + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max))"
        let data = Data(fragment.encoded.utf8)
        // The folder is made when the first write finds it missing, not checked before every page's.
        var written = RawFile.write(data, to: temporary)
        if !written && errno == ENOENT, (try? FileTree.makeFolders(folder)) != nil {
            written = RawFile.write(data, to: temporary)
        }
        if written, rename(temporary, path(key)) == 0 { return }
        unlink(temporary)
    }

    /// Removes the parts of pages that no longer exist or have changed.
    func keepOnly(_ keys: Set<String>) {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for item in items where item.hasSuffix(".part") && !keys.contains(String(item.dropLast(5))) {
            unlink(folder + "/" + item)
        }
    }
}
