import FlyingFox
import FlyingSocks
import Foundation

/// The listening socket and its connections: FlyingFox's sockets, event loop
/// and request/response types, with `ClientConnection` reading each request
/// in place of FlyingFox's `HTTPServer` (see docs/serve.md for why).
final class HTTPListener: @unchecked Sendable {
    private let lock = NSLock()
    private let listening: Socket
    private let pool: any AsyncSocketPool
    private var poolTask: Task<Void, Never>?
    private var acceptTask: Task<Void, Never>?
    private var connections: [Int: Task<Void, Never>] = [:]
    private var nextConnection = 0
    private var stopped = false

    /// Binds and listens now, so a busy port fails here and not later.
    init(address: some SocketAddress) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        listening = socket
        pool = SocketPool.make()
    }

    /// The port bound, which differs from the one asked for when that was 0.
    var port: Int? {
        switch try? listening.sockname() {
        case let .ip4(_, port)?, let .ip6(_, port)?: Int(port)
        default: nil
        }
    }

    /// Starts accepting connections; each is served by `handler` within `limits`.
    func start(handler: some HTTPHandler, limits: ConnectionLimits) async throws {
        let accepting: AsyncSocket
        do {
            try await pool.prepare()
            accepting = try AsyncSocket(socket: listening, pool: pool)
        } catch {
            try? listening.close()
            throw error
        }
        let pool = self.pool
        let poolTask = Task { _ = try? await pool.run() }
        let acceptTask = Task { [self] in
            while !Task.isCancelled {
                do {
                    let client = try await accepting.accept()
                    track(ClientConnection(socket: client, handler: handler, limits: limits))
                } catch {
                    // Out of descriptors, say: wait for connections to close instead of giving up.
                    try? await Task.sleep(nanoseconds: 100_000_000)
                }
            }
        }
        lock.withLock {
            self.poolTask = poolTask
            self.acceptTask = acceptTask
        }
    }

    /// Stops accepting, ends every connection (open event streams too) and closes the socket.
    func stop() async {
        let (accept, open, pool) = lock.withLock {
            stopped = true
            defer { (acceptTask, poolTask, connections) = (nil, nil, [:]) }
            return (acceptTask, Array(connections.values), poolTask)
        }
        accept?.cancel()
        await accept?.value
        for connection in open { connection.cancel() }
        for connection in open { await connection.value }
        pool?.cancel()
        await pool?.value
        try? listening.close()
    }

    private func track(_ connection: ClientConnection) {
        lock.withLock {
            guard !stopped else {
                try? connection.socket.close()
                return
            }
            let id = nextConnection
            nextConnection += 1
            connections[id] = Task { [self] in
                await connection.run()
                lock.withLock { _ = connections.removeValue(forKey: id) }
            }
        }
    }
}
