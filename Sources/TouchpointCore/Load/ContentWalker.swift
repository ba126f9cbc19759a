import Foundation

/// Lists the content folder's files, sorted, skipping hidden ones; a symbolic
/// link is followed only while it stays inside the content folder.
enum ContentWalker {
    static func files(in folder: URL, displayPrefix: String, errors: inout [Diagnostic]) -> [String] {
        let fm = FileManager.default
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        var result: [String] = []
        var stack = [""]
        while let relative = stack.popLast() {
            let dir = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let url = folder.appendingPathComponent(path)
                let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
                guard resolved == root || resolved.hasPrefix(root + "/") else {
                    let shown = displayPrefix.isEmpty ? path : displayPrefix + "/" + path
                    errors.append(Diagnostic(path: shown, message: "symbolic link leads outside the content folder; copy the file in instead"))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: resolved, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    stack.append(path)
                } else {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }
}
