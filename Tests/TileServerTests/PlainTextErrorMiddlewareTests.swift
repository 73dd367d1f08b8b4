import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import TileServer

@Suite struct PlainTextErrorMiddlewareTests {
    struct RenderFailure: Error, CustomStringConvertible {
        var description: String { "cairo ran out of memory" }
    }

    static func application() -> some ApplicationProtocol {
        // The expected 500 would be logged as an error; keep it out of the test output.
        var quiet = Logger(label: "test")
        quiet.logLevel = .critical
        let logger = quiet
        let router = Router()
        router.addMiddleware {
            CrossOriginMiddleware()
            PlainTextErrorMiddleware(logger: logger)
        }
        router.get("/fails") { _, _ -> Response in throw RenderFailure() }
        router.get("/refuses") { _, _ -> Response in throw RequestError.badRequest("zoom 99 is outside 0 to 16") }
        router.get("/forbidden") { _, _ -> Response in throw HTTPError(.forbidden, message: "not for you") }
        router.get("/gone") { _, _ -> Response in throw HTTPError(.gone) }
        return Application(router: router)
    }

    @Test func aFailureIsA500WithItsReasonAndTheServerCarriesOn() async throws {
        try await Self.application().test(.router) { client in
            let failed = try await client.execute(uri: "/fails", method: .get)
            #expect(failed.status == .internalServerError)
            #expect(failed.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(failed.headers[.accessControlAllowOrigin] == "*")
            #expect(String(buffer: failed.body) == "internal error: cairo ran out of memory\n")
            let again = try await client.execute(uri: "/fails", method: .get)
            #expect(again.status == .internalServerError)
        }
    }

    @Test func requestErrorsAndHummingbirdErrorsBecomePlainText() async throws {
        try await Self.application().test(.router) { client in
            let refused = try await client.execute(uri: "/refuses", method: .get)
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body) == "zoom 99 is outside 0 to 16\n")
            let forbidden = try await client.execute(uri: "/forbidden", method: .get)
            #expect(forbidden.status == .forbidden)
            #expect(String(buffer: forbidden.body) == "not for you\n")
            let gone = try await client.execute(uri: "/gone", method: .get)
            #expect(gone.status == .gone)
            #expect(String(buffer: gone.body) == "Gone\n")
            let missing = try await client.execute(uri: "/nowhere?x=1", method: .get)
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body) == "not found: /nowhere\n")
            let preflight = try await client.execute(
                uri: "/refuses", method: .options,
                headers: [.origin: "http://example.org", .accessControlRequestMethod: "GET"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "*")
        }
    }
}
