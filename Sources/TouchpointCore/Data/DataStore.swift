import Foundation
import TouchpointCharts

/// Every data file of the site, read and validated once per build and shared
/// read-only by all pages that chart it.
struct DataStore: Sendable {
    /// Valid files by path below the content folder (`data/journeys/claims.json`).
    var files: [String: LoadedData]
    /// Every file below the content folder, to tell a missing file from an invalid one.
    var knownFiles: Set<String>
    /// Content fingerprints of every data file, valid or not.
    var hashes: [String: String] = [:]

    static let sizeLimit = DataLoader.maxFileSize

    static func load(site: Site, jobs: Int) -> Staged<DataStore> {
        let paths = site.staticFiles.filter { $0.hasPrefix("data/") && $0.hasSuffix(".json") }
        let results = parallelMap(paths, jobs: jobs) { path -> (Staged<LoadedData?>, String) in
            let file = site.sourceFile(path)
            let url = site.contentFolder.appendingPathComponent(path)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= sizeLimit else {
                return (.failure(file.error("the file is \(size / 1_048_576) MB; data files may be at most \(sizeLimit / 1_048_576) MB")), "size \(size)")
            }
            guard let bytes = FileManager.default.contents(atPath: url.path) else {
                return (.failure(file.error("cannot read the file")), "unreadable")
            }
            var print = Fingerprint()
            print.add(bytes: bytes)
            return (DataLoader.load(bytes, file: file), print.hex)
        }
        var store = Staged(DataStore(files: [:], knownFiles: Set(site.staticFiles)))
        for (path, (loaded, hash)) in zip(paths, results) {
            store.value.hashes[path] = hash
            store.value.files[path] = store.take(loaded)
        }
        return store
    }
}
