extension Array where Element == Diagnostic {
    /// The value of a successful parse; a failure is collected, so one pass reports every error.
    mutating func take<T>(_ result: Result<T, Diagnostic>) -> T? {
        switch result {
        case let .success(value): return value
        case let .failure(error): append(error); return nil
        }
    }
}
