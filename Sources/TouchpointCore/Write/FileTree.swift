import Foundation

/// Listing and removing folder trees with readdir and unlinkat: for an output
/// of ten thousand pages Foundation's enumerator and `removeItem` took seconds.
enum FileTree {
    /// Relative paths of every regular file or link below `root`.
    /// `mkdir -p`, with the reason in words when it fails.
    static func makeFolders(_ path: String) throws(Diagnostic) {
        var made = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            made += "/" + part
            if mkdir(made, 0o755) != 0 && errno != EEXIST {
                throw Diagnostic.about(made, "cannot create the folder \(made): \(SystemError.errnoText())")
            }
        }
    }

    static func files(below root: String) -> [String] {
        var result: [String] = []
        walk(root, prefix: "") { path, isDirectory in
            if !isDirectory { result.append(path) }
        }
        return result
    }

    /// Removes `root` and everything below it; missing is fine.
    static func remove(_ root: String) {
        var directories: [String] = []
        walk(root, prefix: "") { path, isDirectory in
            if isDirectory { directories.append(path) } else { unlink(root + "/" + path) }
        }
        // Deepest first, so every folder is empty when removed.
        for path in directories.reversed() { rmdir(root + "/" + path) }
        rmdir(root)
        if unlink(root) != 0 && errno == EISDIR { rmdir(root) }
    }

    /// Makes `root` a folder holding nothing but `keepingFiles` and `folders`
    /// (some of them may be missing); returns the folders that were kept.
    static func prune(_ root: String, keepingFiles: Set<String>, folders: Set<String>) throws -> Set<String> {
        var info = stat()
        if lstat(root, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR { unlink(root) }
        if mkdir(root, 0o755) != 0 && errno != EEXIST {
            throw Diagnostic.about(root, "cannot create \(root): \(String(cString: strerror(errno)))")
        }
        var kept = Set<String>()
        prune(root, prefix: "", keepingFiles: keepingFiles, folders: folders, kept: &kept)
        return kept
    }

    private static func prune(_ root: String, prefix: String, keepingFiles: Set<String>, folders: Set<String>, kept: inout Set<String>) {
        var subfolders: [String] = []
        list(prefix.isEmpty ? root : root + "/" + prefix, relativeTo: root, prefix: prefix) { path, isDirectory in
            if isDirectory {
                if folders.contains(path) { subfolders.append(path) } else { remove(root + "/" + path) }
            } else if !keepingFiles.contains(path) {
                unlink(root + "/" + path)
            }
        }
        for folder in subfolders {
            kept.insert(folder)
            prune(root, prefix: folder, keepingFiles: keepingFiles, folders: folders, kept: &kept)
        }
    }

    /// Pre-order: a folder is reported before what it holds.
    private static func walk(_ root: String, prefix: String, _ visit: (String, Bool) -> Void) {
        var subfolders: [String] = []
        list(prefix.isEmpty ? root : root + "/" + prefix, relativeTo: root, prefix: prefix) { path, isDirectory in
            visit(path, isDirectory)
            if isDirectory { subfolders.append(path) }
        }
        for folder in subfolders { walk(root, prefix: folder, visit) }
    }

    /// The entries of one folder, closed again before the caller descends or deletes.
    private static func list(_ folder: String, relativeTo root: String, prefix: String, _ visit: (String, Bool) -> Void) {
        guard let dir = opendir(folder) else { return }
        var entries: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix.isEmpty ? name : prefix + "/" + name
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isDirectory = lstat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((path, isDirectory))
        }
        closedir(dir)
        for (path, isDirectory) in entries { visit(path, isDirectory) }
    }
}
