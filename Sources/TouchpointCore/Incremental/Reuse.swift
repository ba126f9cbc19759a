import Foundation

/// What a rebuild takes from the previous build, and nothing else decides
/// it: an output whose input key is the one recorded is carried over from
/// the live site; an unchanged page's outline is not parsed again; a copied
/// file whose stat is unchanged is not hashed again.
struct Reuse: Sendable {
    /// The previous build's manifest, when it matches the live output.
    let previous: BuildManifest?

    static let none = Reuse(previous: nil)

    var outlines: [String: BuildManifest.CachedOutline] { previous?.outlines ?? [:] }
    var frontMatter: [String: BuildManifest.CachedFrontMatter] { previous?.frontMatter ?? [:] }

    func carriesOver(_ output: PlannedOutput) -> Bool {
        !output.key.isEmpty && previous?.outputs[output.path] == output.key
    }

    /// Charts of a carried-over page, so the summary counts them too.
    func charts(of path: String) -> Int { previous?.charts[path] ?? 0 }

    func fileStat(_ path: String, at source: URL) -> FileStat? {
        FileStat.hash(of: source.path, previous: previous?.files[path], previousBuildStart: previous?.started ?? 0)
    }

    /// The files of the live output, as the previous build listed them.
    var previousPaths: Set<String>? { previous.map { Set($0.outputs.keys) } }

    /// Nothing to write or swap: every output's inputs are as the live site's marker says.
    func isUnchanged(_ manifest: BuildManifest) -> Bool { previous?.buildID == manifest.buildID }
}
