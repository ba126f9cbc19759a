import FlyingFox
import FlyingSocks
import Foundation

/// One client's connection: reads request heads within the limits, answers
/// each through the handler, keeps the connection while the client wants it
/// and it stays within its deadlines, then closes it.
struct ClientConnection {
    let socket: AsyncSocket
    let handler: any HTTPHandler
    let limits: ConnectionLimits

    private enum NextHead {
        case head(RequestHead, rest: ArraySlice<UInt8>)
        case refused(HeadRejection)
        /// The client closed, went quiet past the deadline, or the server is stopping.
        case gone
    }

    func run() async {
        let socket = self.socket
        let deadline = ConnectionDeadline(descriptor: socket.socket.file.rawValue,
                                          shortestTimeout: min(limits.headTimeout, limits.writeTimeout),
                                          close: { try? socket.close() })
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await deadline.watch() }
            await serve(deadline)
            deadline.close()
            group.cancelAll()
        }
    }

    private func serve(_ deadline: ConnectionDeadline) async {
        var pending: ArraySlice<UInt8> = []
        while !Task.isCancelled {
            deadline.arm(limits.headTimeout)
            switch await nextHead(after: pending) {
            case .gone:
                return
            case let .refused(rejection):
                if await send(ResponseHead.refusal(rejection), bodyless: false, closing: true, minorVersion: 1, deadline) {
                    await linger(deadline)
                }
                return
            case let .head(head, rest):
                pending = rest
                deadline.disarm()
                let request = HTTPRequest(head: head)
                let response: HTTPResponse
                do {
                    response = try await handler.handleRequest(request)
                } catch {
                    response = HTTPResponse(statusCode: .internalServerError)
                }
                let closing = !head.keepsAlive || head.announcesBody
                let sent = await send(response, bodyless: request.method == .HEAD, closing: closing,
                                      minorVersion: head.minorVersion, deadline)
                if closing, sent, head.announcesBody || !rest.isEmpty { await linger(deadline) }
                if closing || !sent { return }
            }
        }
    }

    /// Closing a socket with unread bytes in it makes the kernel send a reset,
    /// and a client still sending (an oversized head, a body) may then lose the
    /// answer it was sent. So stop sending, drop what still arrives for a
    /// moment, and only then close.
    private func linger(_ deadline: ConnectionDeadline) async {
        deadline.finishSending()
        deadline.arm(Self.lingerSeconds)
        var dropped = 0
        while dropped < Self.lingerBytes, let bytes = try? await socket.read(atMost: 4096) {
            dropped += bytes.count
        }
    }

    static let lingerSeconds = 2.0
    static let lingerBytes = 4 << 20

    /// Reads until a head is complete, starting with bytes left over from the previous request.
    private func nextHead(after pending: ArraySlice<UInt8>) async -> NextHead {
        var parser = RequestHeadParser(limits: limits.head)
        var chunk = pending
        while true {
            switch parser.parse(chunk) {
            case .needMore:
                do {
                    chunk = try await ArraySlice(socket.read(atMost: 4096))
                } catch {
                    return .gone
                }
            case let .complete(head, consumed):
                return .head(head, rest: chunk.dropFirst(consumed))
            case let .rejected(rejection):
                return .refused(rejection)
            }
        }
    }

    /// Writes the answer, each write within the write timeout; false if the client is gone.
    private func send(_ response: HTTPResponse, bodyless: Bool, closing: Bool, minorVersion: Int,
                      _ deadline: ConnectionDeadline) async -> Bool {
        do {
            deadline.arm(limits.writeTimeout)
            try await socket.write(ResponseHead.encode(response, closing: closing, clientMinorVersion: minorVersion))
            guard !bodyless, case let .httpBody(body) = response.payload else { return true }
            var chunks = body.makeAsyncIterator()
            while true {
                // The event stream waits here between events for as long as the page stays open.
                deadline.disarm()
                guard let chunk = try await chunks.next() else { break }
                deadline.arm(limits.writeTimeout)
                try await socket.write(chunk)
            }
            return true
        } catch {
            return false
        }
    }
}
