/// Why the preview server could not start; each message says what to do next.
public enum ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process listens on the address.
    case portInUse(host: String, port: Int)
    /// `--host` is not an IP address this machine can bind.
    case badHost(String)
    /// Any other socket failure, with the system's words.
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case let .portInUse(host, port):
            let next = port < 65535 ? port + 1 : 8000
            return "\(Self.authority(host, port)) is in use; try --port \(next)"
        case let .badHost(host):
            return "--host must be an IP address such as 127.0.0.1 or ::1, got '\(host)'"
        case let .cannotListen(host, port, reason):
            return "cannot listen on \(Self.authority(host, port)): \(reason)"
        }
    }

    /// `host:port`, with IPv6 literals in brackets as in URLs.
    static func authority(_ host: String, _ port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
