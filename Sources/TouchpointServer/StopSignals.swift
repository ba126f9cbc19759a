import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Catches Ctrl-C (SIGINT) and SIGTERM so `serve` can stop the server and
/// exit 0 instead of being killed mid-response.
///
/// Not `DispatchSource.makeSignalSource` + `SIG_IGN`: on Linux libdispatch
/// reads signals through a signalfd and blocks them only in its own thread;
/// the kernel hands a process signal to any thread that does not block it,
/// and with `SIG_IGN` there it is dropped. The server has many threads
/// (Swift concurrency, the watcher), so Ctrl-C was lost now and then. A plain
/// handler runs on whichever thread gets the signal and writes its number
/// into a pipe, which is async-signal-safe.
public final class StopSignals: @unchecked Sendable {
    private let readEnd: Int32

    /// Installs the handlers now, so a Ctrl-C during the first build is kept, not fatal.
    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            stopSignalPipe = ends[1]
        }
        readEnd = ends[0]
        signal(SIGINT, recordStopSignal)
        signal(SIGTERM, recordStopSignal)
    }

    /// Returns the first signal's number. Afterwards the default actions are
    /// back, so a second Ctrl-C ends a stop that hangs.
    public func wait() async -> Int32 {
        let readEnd = self.readEnd
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                var byte: UInt8 = 0
                var count = 0
                repeat { count = read(readEnd, &byte, 1) } while count < 0 && errno == EINTR
                signal(SIGINT, SIG_DFL)
                signal(SIGTERM, SIG_DFL)
                continuation.resume(returning: count == 1 ? Int32(byte) : SIGTERM)
            }
            thread.name = "touchpoint.signals"
            thread.start()
        }
    }
}

/// The pipe's write end, set before the handlers are installed.
nonisolated(unsafe) private var stopSignalPipe: Int32 = -1

private func recordStopSignal(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(stopSignalPipe, &byte, 1)
}
