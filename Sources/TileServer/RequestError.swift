import HTTPTypes
import Hummingbird

/// A request the server refuses or cannot answer: an HTTP status and a short sentence, sent as plain text.
struct RequestError: Error, HTTPResponseError, CustomStringConvertible {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// A 400 Bad Request.
    static func badRequest(_ message: String) -> RequestError { RequestError(.badRequest, message) }

    /// A 404 Not Found.
    static func notFound(_ message: String) -> RequestError { RequestError(.notFound, message) }

    var description: String { "\(status.code) \(message)" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.plainText(message, status: status)
    }

    /// A `text/plain` response of one line.
    static func plainText(_ message: String, status: HTTPResponse.Status) -> Response {
        let body = ByteBuffer(string: message + "\n")
        return Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: body))
    }
}
