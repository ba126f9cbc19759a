import FlyingSocks
import Foundation
import TouchpointCore

/// `touchpoint serve`: serves the output folder on a loopback address,
/// rebuilds when Content or Themes change, and tells open pages to reload.
///
/// Typical use: `build()` once, `start()`, wait for a stop signal, `stop()`.
public final class PreviewServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        public var build: BuildOptions
        public var host = "127.0.0.1"
        /// 0 picks a free port; `port` tells which after `start()`.
        public var port = 8000
        /// Seconds of calm after a change before rebuilding.
        public var quietPeriod = 0.15
        /// Seconds after the first change of a burst by which a rebuild starts anyway.
        public var maximumDelay = 1.0
        public var watchMode = WatchMode.automatic
        /// Request head sizes and connection timeouts.
        public var limits = ConnectionLimits()

        public init(build: BuildOptions) { self.build = build }
    }

    /// One build's outcome, and the files whose change caused it (empty for the first build).
    public struct BuildReport: Sendable {
        public var result: Result<BuildSummary, BuildFailure>
        public var changes: [String]
        public var succeeded: Bool { if case .success = result { true } else { false } }
    }

    public let configuration: Configuration
    private let onBuild: @Sendable (BuildReport) -> Void
    private let events = EventHub()
    private let lock = NSLock()
    private var scheduler: RebuildScheduler?
    private var watcher: (any FileWatcher)?
    private var http: HTTPListener?
    private var keepAliveTask: Task<Void, Never>?
    private var boundPort = 0
    private var builds = 0

    /// `onBuild` is called after every build, on the build queue; the CLI prints there.
    public init(configuration: Configuration, onBuild: @escaping @Sendable (BuildReport) -> Void = { _ in }) {
        var configuration = configuration
        if configuration.build.baseline == nil && configuration.build.publishedData == nil {
            // Every save rebuilds; each is compared with the site as published when serving began.
            configuration.build.publishedData = PublishedData.pin(configuration.build)
        }
        self.configuration = configuration
        self.onBuild = onBuild
    }

    /// The folders whose changes trigger a rebuild.
    public var watchedFolders: [URL] {
        [configuration.build.content, configuration.build.siteFolder.appendingPathComponent("Themes").standardizedFileURL]
    }

    /// The port actually bound (differs from the configuration's when that is 0).
    public var port: Int { lock.withLock { boundPort } }
    public var url: URL {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return URL(string: "http://\(host):\(port)/") ?? URL(fileURLWithPath: "/")
    }
    /// Builds run so far, the first one included.
    public var buildCount: Int { lock.withLock { builds } }
    /// "inotify" or "polling" once started.
    public var watcherKind: String? { lock.withLock { watcher?.kind } }

    /// Builds now, in turn with any rebuild, and tells open pages.
    @discardableResult
    public func build(changes: [String] = []) async -> BuildReport {
        await buildQueue().run { [self] in runBuild(changes) }
    }

    /// Binds the address, starts serving and watching. Throws if the address is unusable.
    public func start() async throws(ServeError) {
        let address = try Self.address(host: configuration.host, port: configuration.port)
        let handler = SiteHandler(files: SiteFiles(root: configuration.build.output), events: events)
        let server: HTTPListener
        do {
            server = try HTTPListener(address: address)
            try await server.start(handler: handler, limits: configuration.limits)
        } catch {
            throw Self.describe(error, host: configuration.host, port: configuration.port)
        }
        let port = server.port ?? configuration.port

        let scheduler = buildQueue()
        let roots = watchedFolders.map { $0.resolvingSymlinksInPath().path }
        let filter = WatchFilter(roots: roots, excluding: [configuration.build.output,
                                             configuration.build.siteFolder.appendingPathComponent(".touchpoint")])
        let watcher = FileWatchers.start(roots: roots, filter: filter, mode: configuration.watchMode) { paths in
            scheduler.noteChanges(paths)
        }
        let events = self.events
        let keepAlive = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                events.keepAlive()
            }
        }
        lock.withLock {
            http = server
            self.watcher = watcher
            keepAliveTask = keepAlive
            boundPort = port
        }
    }

    /// Stops watching, lets a build under way finish, closes open event streams and the socket.
    public func stop() async {
        let (watcher, scheduler, server, keepAlive) = lock.withLock {
            defer { (self.watcher, http, keepAliveTask) = (nil, nil, nil) }
            return (self.watcher, self.scheduler, http, keepAliveTask)
        }
        watcher?.stop()
        scheduler?.stop()
        keepAlive?.cancel()
        events.close()
        await server?.stop()
    }

    private func buildQueue() -> RebuildScheduler {
        lock.withLock {
            if let scheduler { return scheduler }
            let made = RebuildScheduler(quiet: configuration.quietPeriod, maximum: configuration.maximumDelay) { [weak self] paths in
                self?.runBuild(paths)
            }
            scheduler = made
            return made
        }
    }

    /// Runs on the build queue only.
    @discardableResult
    private func runBuild(_ changes: [String]) -> BuildReport {
        let result: Result<BuildSummary, BuildFailure>
        do {
            result = .success(try Pipeline.build(configuration.build))
        } catch {
            result = .failure(error)
        }
        lock.withLock { builds += 1 }
        switch result {
        case .success: events.buildSucceeded()
        case let .failure(failure): events.buildFailed(failure.diagnostics.map(\.description).joined(separator: "\n"))
        }
        let report = BuildReport(result: result, changes: changes)
        onBuild(report)
        return report
    }

    static func address(host: String, port: Int) throws(ServeError) -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        guard (0...65535).contains(port) else {
            throw ServeError.cannotListen(host: host, port: port, reason: "ports run from 1 to 65535")
        }
        do {
            if name.contains(":") { return try sockaddr_in6.inet6(ip6: name, port: UInt16(port)) }
            return try sockaddr_in.inet(ip4: name, port: UInt16(port))
        } catch {
            throw ServeError.badHost(host)
        }
    }

    static func describe(_ error: any Error, host: String, port: Int) -> ServeError {
        if case let SocketError.failed(_, code, message) = error {
            if code == EADDRINUSE { return .portInUse(host: host, port: port) }
            if code == EADDRNOTAVAIL { return .badHost(host) }
            if code == EACCES { return .cannotListen(host: host, port: port, reason: "\(message); ports below 1024 need privileges") }
            return .cannotListen(host: host, port: port, reason: message)
        }
        return .cannotListen(host: host, port: port, reason: "\(error)")
    }
}
