#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment and file access for the tests, without Foundation.
enum Env {
    static func value(_ name: String) -> String? {
        guard let p = getenv(name) else { return nil }
        let s = String(cString: p)
        return s.isEmpty ? nil : s
    }
}

struct FileError: Error { var path: String }

enum FileIO {
    static func write(_ text: String, to path: String) throws {
        guard let f = fopen(path, "wb") else { throw FileError(path: path) }
        defer { fclose(f) }
        let bytes = Array(text.utf8)
        if !bytes.isEmpty && fwrite(bytes, 1, bytes.count, f) != bytes.count { throw FileError(path: path) }
    }

    static func read(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
