import Foundation

/// Lists the content folder's files, sorted, skipping hidden ones; a symbolic
/// link is followed only while it stays inside the content folder.
enum ContentWalker {
    static func files(in folder: URL, displayPrefix: String) -> Staged<[String]> {
        let fm = FileManager.default
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let base = folder.path
        var found = Staged<[String]>([])
        var stack = [""]
        while let relative = stack.popLast() {
            guard let names = try? fm.contentsOfDirectory(atPath: relative.isEmpty ? base : base + "/" + relative) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = base + "/" + path
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                // Only a link can lead out: a plain entry of a folder already
                // checked lies inside it.
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().standardizedFileURL.path
                    guard resolved == root || resolved.hasPrefix(root + "/") else {
                        let shown = displayPrefix.isEmpty ? path : displayPrefix + "/" + path
                        found.report(Diagnostic(path: shown, message: "symbolic link leads outside the content folder; copy the file in instead"))
                        continue
                    }
                    guard stat(resolved, &info) == 0 else { continue }
                    let here = root + "/" + path
                    if (info.st_mode & S_IFMT) == S_IFDIR && (resolved == root || here.hasPrefix(resolved + "/")) {
                        let shown = displayPrefix.isEmpty ? path : displayPrefix + "/" + path
                        found.report(Diagnostic(path: shown, message: "symbolic link leads to a folder that contains it; remove the loop"))
                        continue
                    }
                }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    stack.append(path)
                } else {
                    found.value.append(path)
                }
            }
        }
        found.value.sort()
        return found
    }
}
