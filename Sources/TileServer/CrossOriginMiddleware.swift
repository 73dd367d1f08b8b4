import HTTPTypes
import Hummingbird

/// Lets pages of any origin use the server's tiles and documents (`Access-Control-Allow-Origin: *`),
/// on every response, errors included, whether or not the request named its origin: an `<img>` tile
/// request does not, and a page that draws it on a canvas still needs the header.
/// Answers CORS preflight requests (`OPTIONS` with `Access-Control-Request-Method`) itself.
struct CrossOriginMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            return Response(
                status: .noContent,
                headers: [
                    .accessControlAllowOrigin: "*",
                    .accessControlAllowMethods: "GET, HEAD, OPTIONS",
                    .accessControlAllowHeaders: "If-None-Match, Accept-Encoding",
                    .accessControlMaxAge: "86400",
                ])
        }
        var response = try await next(request, context)
        response.headers[.accessControlAllowOrigin] = "*"
        response.headers[.accessControlExposeHeaders] = "ETag"
        return response
    }
}
