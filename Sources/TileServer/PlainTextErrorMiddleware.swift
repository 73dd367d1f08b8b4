import HTTPTypes
import Hummingbird
import Logging

/// Turns every error a route throws into a plain-text response with the right status, and logs the
/// server's own failures (500) at error level. Routes never crash the server: a failed render is one
/// failed request.
struct PlainTextErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as RequestError {
            return respond(to: request, status: error.status, message: error.message)
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
        if status.kind == .serverError {
            logger.error("\(request.method) \(request.uri.path): \(status.code) \(message)")
        } else {
            logger.debug("\(request.method) \(request.uri.path): \(status.code) \(message)")
        }
        return RequestError.plainText(message, status: status)
    }
}
