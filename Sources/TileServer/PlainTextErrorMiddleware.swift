import HTTPTypes
import Hummingbird
import Logging

/// Turns every error a route throws into a plain-text response with the right status, and logs the
/// server's own failures (500) at error level. Routes never crash the server: a failed render is one
/// failed request. A full render queue and a missed deadline are 503 with `Retry-After`, logged at
/// notice level: they are the bound doing its job, not a fault.
struct PlainTextErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as RequestError {
            return respond(to: request, error)
        } catch let error as WorkQueueFull {
            return respond(to: request, .unavailable("\(error); try again shortly", retryAfterSeconds: 1))
        } catch let error as DeadlineExceeded {
            // The render goes on and fills the cache: a retry a little later finds the tile.
            return respond(
                to: request,
                .unavailable(
                    "\(error); try again shortly", retryAfterSeconds: max(1, Int(error.limit.components.seconds))))
        } catch let error as HTTPError {
            // Hummingbird's own errors (an unknown path) carry a status but seldom a sentence for people.
            let message =
                error.body ?? (error.status == .notFound ? "not found: \(request.uri.path)" : error.status.reasonPhrase)
            return respond(to: request, status: error.status, message: message)
        } catch let error as any HTTPResponseError {
            return respond(to: request, status: error.status, message: error.status.reasonPhrase)
        } catch {
            return respond(to: request, status: .internalServerError, message: "internal error: \(error)")
        }
    }

    private func respond(to request: Request, status: HTTPResponse.Status, message: String) -> Response {
        respond(to: request, RequestError(status, message))
    }

    private func respond(to request: Request, _ error: RequestError) -> Response {
        let line = "\(request.method) \(request.uri.path): \(error.status.code) \(error.message)"
        switch error.status {
        case .serviceUnavailable: logger.notice("\(line)")
        case _ where error.status.kind == .serverError: logger.error("\(line)")
        default: logger.debug("\(line)")
        }
        return RequestError.plainText(error.message, status: error.status, retryAfterSeconds: error.retryAfterSeconds)
    }
}
