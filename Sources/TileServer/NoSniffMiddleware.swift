import HTTPTypes
import Hummingbird

/// Tells browsers to trust the server's `Content-Type` (`X-Content-Type-Options: nosniff`) on every response,
/// errors and 304s included: a plain-text error or a JSON document is never run as a script or a style sheet,
/// whatever a page that links to it says.
struct NoSniffMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
