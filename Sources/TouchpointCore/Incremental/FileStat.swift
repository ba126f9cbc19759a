import Foundation

/// What `stat` says of a copied file, kept with the hash of its bytes so a
/// rebuild need not read unchanged files again.
///
/// Size and modification time alone are not enough: `touch -r`, `rsync -t`
/// and checkouts restore a modification time after changing the bytes. The
/// change time (ctime) cannot be set back by any of them, so the hash is
/// reused only when size, both times, inode and device all match, and the
/// file was not changed in the second before the last build began (a change
/// in that second could share a coarse timestamp with the one recorded).
struct FileStat: Sendable, Equatable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    var device: UInt64
    var hash: String

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64, hash: String) {
        (self.size, self.modified, self.changed, self.inode, self.device, self.hash) = (size, modified, changed, inode, device, hash)
    }

    /// Nanoseconds since 1970 of the file's times.
    init?(path: String, hash: String = "") {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
        self.hash = hash
    }

    /// The content hash of the file at `path`, from `previous` when it surely still holds.
    static func hash(of path: String, previous: FileStat?, previousBuildStart: Int64) -> FileStat? {
        guard var current = FileStat(path: path) else { return nil }
        if let previous, !previous.hash.isEmpty, previous.sameFile(as: current),
           current.changed < previousBuildStart - 1_000_000_000 {
            current.hash = previous.hash
            return current
        }
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        var print = Fingerprint()
        print.add(bytes: bytes)
        current.hash = print.hex
        return current
    }

    private func sameFile(as other: FileStat) -> Bool {
        (size, modified, changed, inode, device) == (other.size, other.modified, other.changed, other.inode, other.device)
    }
}
