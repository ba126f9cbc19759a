import Foundation

/// Maps on `jobs` threads; results keep the input order, so output stays deterministic.
func parallelMap<T, R>(_ items: [T], jobs: Int, _ transform: (T) -> R) -> [R] {
    guard jobs > 1, items.count > 1 else { return items.map(transform) }
    var results = [R?](repeating: nil, count: items.count)
    let lock = NSLock()
    var next = 0
    results.withUnsafeMutableBufferPointer { buffer in
        let slots = buffer
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                guard i < items.count else { return }
                slots[i] = transform(items[i])
            }
        }
    }
    return results.map { $0! }
}
