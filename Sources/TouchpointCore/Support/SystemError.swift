import Foundation

/// Words for a failed file-system call. Foundation's errors print as
/// `Error Domain=NSCocoaErrorDomain Code=640 "(null)"`, which tells a reader nothing.
public enum SystemError {
    public static func describe(_ error: any Error) -> String {
        // Write errors are diagnostics whose message names the path already.
        if let error = error as? Diagnostic { return error.message }
        let ns = error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let reason = posixCode(ns).map { String(cString: strerror($0)) } ?? cocoaReason(ns.code) ?? "error \(ns.code)"
        return path.map { "\($0): \(reason)" } ?? reason
    }

    /// `errno` as text, for the POSIX calls on the write path.
    static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    private static func posixCode(_ error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }

    private static func cocoaReason(_ code: Int) -> String? {
        switch code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
        case NSFileWriteFileExistsError: return "a file of that name exists already"
        case NSFileReadCorruptFileError: return "the file is damaged"
        default: return nil
        }
    }
}
