import Foundation

/// Listing and removing folder trees with readdir and unlinkat: for an output
/// of ten thousand pages Foundation's enumerator and `removeItem` took seconds.
enum FileTree {
    /// Relative paths of every regular file or link below `root`.
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

    /// Pre-order: a folder is reported before what it holds.
    private static func walk(_ root: String, prefix: String, _ visit: (String, Bool) -> Void) {
        let folder = prefix.isEmpty ? root : root + "/" + prefix
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
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
            visit(path, isDirectory)
            if isDirectory { walk(root, prefix: path, visit) }
        }
    }
}
