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
        let known = Set(site.staticFiles)
        let paths = site.staticFiles.filter { $0.hasPrefix("data/") && ($0.hasSuffix(".json") || $0.hasSuffix(".csv")) }
        let results = parallelMap(paths, jobs: jobs) { path -> (Staged<LoadedData?>, String) in
            let file = site.sourceFile(path)
            guard let bytes = read(path, site: site, file: file) else {
                return (.failure(file.error("cannot read the file")), "unreadable")
            }
            if case .failure(let diagnostic) = bytes { return (.failure(diagnostic), "size") }
            guard case .success(let data) = bytes else { return (.failure(file.error("cannot read the file")), "") }
            var print = Fingerprint()
            print.add(bytes: data)
            guard path.hasSuffix(".csv") else { return (DataLoader.load(data, file: file), print.hex) }
            // The sidecar is part of the file: a new label redraws its charts.
            var sidecar: Result<Data, Diagnostic>?
            let sidecarFile = site.sourceFile(path + ".yml")
            if known.contains(path + ".yml") {
                sidecar = read(path + ".yml", site: site, file: sidecarFile) ?? .failure(sidecarFile.error("cannot read the file"))
                if case let .success(yaml)? = sidecar { print.add(bytes: yaml) }
            }
            return (csv(data, file: file, sidecar: sidecar, sidecarFile: sidecarFile), print.hex)
        }
        var store = Staged(DataStore(files: [:], knownFiles: Set(site.staticFiles)))
        for path in known.sorted() where path.hasPrefix("data/") && path.hasSuffix(".csv.yml")
            && !known.contains(String(path.dropLast(4))) {
            store.report(site.sourceFile(path).error("no CSV file \(path.dropLast(4).split(separator: "/").last ?? "") "
                + "beside this sidecar; a NAME.csv.yml describes NAME.csv"))
        }
        for (path, (loaded, hash)) in zip(paths, results) {
            store.value.hashes[path] = hash
            store.value.files[path] = store.take(loaded)
        }
        return store
    }

    /// A CSV file read with its `NAME.csv.yml` sidecar, when it has one.
    static func csv(_ bytes: Data, file: SourceFile, sidecar: Result<Data, Diagnostic>?, sidecarFile: SourceFile) -> Staged<LoadedData?> {
        var described: Staged<CSVSidecar?> = Staged(nil)
        switch sidecar {
        case .success(let yaml)?:
            let text = SourceText.decode(yaml, file: sidecarFile)
            described = text.value.map { CSVSidecar.parse($0, file: sidecarFile) } ?? .failure(text)
        case .failure(let diagnostic)?: described = .failure(diagnostic)
        case nil: break
        }
        if !described.diagnostics.isEmpty { return .failure(described) }
        return CSVFile.load(bytes, file: file, sidecar: described.value)
    }

    /// The file's bytes, or why they are refused; nil when it cannot be read.
    static func read(_ path: String, site: Site, file: SourceFile) -> Result<Data, Diagnostic>? {
        let url = site.contentFolder.appendingPathComponent(path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= sizeLimit else {
            return .failure(file.error("the file is \(size / 1_048_576) MB; data files may be at most \(sizeLimit / 1_048_576) MB"))
        }
        return FileManager.default.contents(atPath: url.path).map { .success($0) }
    }
}
