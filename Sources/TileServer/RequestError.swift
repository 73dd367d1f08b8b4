import HTTPTypes
import Hummingbird

/// A request the server refuses or cannot answer: an HTTP status and a short sentence, sent as plain text.
struct RequestError: Error, HTTPResponseError, CustomStringConvertible {
    var status: HTTPResponse.Status
    var message: String
    /// Seconds after which the client may try again (`Retry-After`), for a 503.
    var retryAfterSeconds: Int?

    init(_ status: HTTPResponse.Status, _ message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// A 400 Bad Request.
    static func badRequest(_ message: String) -> RequestError { RequestError(.badRequest, message) }

    /// A 404 Not Found.
    static func notFound(_ message: String) -> RequestError { RequestError(.notFound, message) }

    /// A 503 Service Unavailable: the server is busy or the answer was not ready in time; try again later.
    static func unavailable(_ message: String, retryAfterSeconds: Int) -> RequestError {
        RequestError(.serviceUnavailable, message, retryAfterSeconds: retryAfterSeconds)
    }

    var description: String { "\(status.code) \(message)" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.plainText(message, status: status, retryAfterSeconds: retryAfterSeconds)
    }

    /// A `text/plain` response of one line.
    static func plainText(_ message: String, status: HTTPResponse.Status, retryAfterSeconds: Int? = nil) -> Response {
        let body = ByteBuffer(string: message + "\n")
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
