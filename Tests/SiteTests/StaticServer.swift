import Foundation
import Hummingbird
import Logging

/// A plain static file server on 127.0.0.1, on a port the system picks, standing in for any static host: it
/// serves a site's folder as files and nothing else, and records what was asked for.
final class StaticServer: Sendable {
    /// One request: the path and the status of the answer.
    struct Hit: Sendable, Equatable {
        var path: String
        var status: Int
    }

    /// The requests served, in order.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var hits: [Hit] = []

        func append(_ hit: Hit) { lock.withLock { hits.append(hit) } }
        func clear() { lock.withLock { hits.removeAll() } }
        var all: [Hit] { lock.withLock { hits } }
    }

    /// Records every request and the status it got.
    struct LoggingMiddleware<Context: RequestContext>: RouterMiddleware {
        let log: Log

        func handle(
            _ request: Request, context: Context, next: (Request, Context) async throws -> Response
        ) async throws -> Response {
            do {
                let response = try await next(request, context)
                log.append(Hit(path: request.uri.path, status: Int(response.status.code)))
                return response
            } catch let error as HTTPError {
                log.append(Hit(path: request.uri.path, status: Int(error.status.code)))
                throw error
            }
        }
    }

    /// Serves a folder while `body` runs, with the server's base URL (`http://127.0.0.1:PORT/`).
    static func serving<Value: Sendable>(
        _ folder: String, log: Log, _ body: @Sendable (String) async throws -> Value
    ) async throws -> Value {
        let router = Router()
        router.addMiddleware {
            LoggingMiddleware(log: log)
            FileMiddleware(folder, searchForIndexHtml: true)
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "chronomap.tests.static-server")
        logger.logLevel = .warning
        let application = Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        let server = Task { try await application.runService() }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw CancellationError() }
        let value = try await body("http://127.0.0.1:\(port)/")
        server.cancel()
        _ = await server.result
        return value
    }
}
