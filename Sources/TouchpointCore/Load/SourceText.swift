import Foundation

/// A text file as Touchpoint reads it: UTF-8 without NUL bytes, every line
/// ending a plain LF. Windows checkouts (CRLF) and old Mac files (CR) read
/// like any other; a NUL or a broken byte is an error at its position, since
/// libcmark would silently drop everything after a NUL.
enum SourceText {
    static func decode(_ data: Data, file: SourceFile) -> Staged<String?> {
        let bytes = [UInt8](data)
        let problem: (offset: Int, message: String)? = bytes.withUnsafeBufferPointer { buffer in
            if let bad = JSONText.firstInvalidUTF8(buffer) {
                return (bad, "invalid UTF-8 byte 0x\(JSONText.hex(buffer[bad])); save the file as UTF-8")
            }
            if let nul = buffer.firstIndex(of: 0) {
                return (nul, "a NUL byte (0x00) is not text; remove it, or save the file as UTF-8 text")
            }
            return nil
        }
        if let problem {
            let (line, column) = LineMap(bytes: bytes).location(of: problem.offset)
            return .failure(file.error(problem.message, line: line, column: column))
        }
        guard bytes.contains(0x0D) else { return Staged(String(decoding: bytes, as: UTF8.self)) }
        return Staged(String(decoding: normalizingLineEndings(bytes), as: UTF8.self))
    }

    /// CRLF and lone CR become LF, so line numbers match what editors show.
    static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
