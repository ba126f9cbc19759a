import Foundation

/// `touchpoint new DIR`: a copy of the example report, ready to build.
public enum StarterSite {
    /// The example report, or with `bare` the smallest useful one.
    public static func create(at folder: URL, bare: Bool = false) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Diagnostic.about(folder.path, "\(folder.path) exists and is not a folder; pick a new folder")
            }
            let items = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            guard items.filter({ !$0.hasPrefix(".") }).isEmpty else {
                throw Diagnostic.about(folder.path, "\(folder.path) already exists and is not empty; pick a new folder")
            }
        }
        var written: [String] = []
        var files = bare ? BareSite.files.mapValues { Data($0.utf8) }
            : EmbeddedFiles.exampleContent.compactMapValues { Data(base64Encoded: $0) }
        files = Dictionary(uniqueKeysWithValues: files.map { ("Content/" + $0.key, $0.value) })
        if !bare {
            // The example's earlier refresh, so its first build has changes to show (site.yml `baseline`).
            for (path, data) in EmbeddedFiles.exampleBaseline.compactMapValues({ Data(base64Encoded: $0) }) {
                files["Baseline/" + path] = data
            }
        }
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let target = folder.appendingPathComponent(path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
            written.append(path)
        }
        try Data("Output/\n.touchpoint/\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        return written
    }
}
