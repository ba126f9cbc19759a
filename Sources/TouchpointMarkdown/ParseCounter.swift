#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many documents were parsed since the process started: lets a test
/// prove that a build parses each page's Markdown once.
public final class ParseCounter: @unchecked Sendable {
    public static let shared = ParseCounter()
    private var mutex = pthread_mutex_t()
    private var count = 0

    private init() { pthread_mutex_init(&mutex, nil) }

    func increment() {
        pthread_mutex_lock(&mutex)
        count += 1
        pthread_mutex_unlock(&mutex)
    }

    public var parses: Int {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return count
    }
}
