import Foundation

/// The published site's data as `serve` found it when it started.
public enum PublishedData {
    /// A copy of the published data as it is now, beside the cache, for `BuildOptions.publishedData`.
    /// Without published data the copy is absent, and builds fall back as a first build would.
    public static func pin(_ options: BuildOptions) -> URL {
        let copy = BuildCache(output: options.output).folder.appendingPathComponent(options.output.lastPathComponent + ".published-data")
        let fm = FileManager.default
        try? fm.removeItem(at: copy)
        let published = options.output.appendingPathComponent("data")
        if fm.fileExists(atPath: published.path) {
            try? fm.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fm.copyItem(at: published, to: copy)
        }
        return copy
    }
}
