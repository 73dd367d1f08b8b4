import HTTPTypes
import HummingbirdTesting
import Testing
import _ChronomapTestSupport

@testable import TileServer

/// The security headers of `serve`: `nosniff` on every answer, and the viewer's pages' policy on the pages. The
/// expected policy is written out here by hand, not read from the code.
@Suite struct NoSniffMiddlewareTests {
    static let pagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; "
        + "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"

    /// One request of each kind the server answers: documents, pages, scripts, Leaflet, and errors.
    static let requests: [(path: String, method: HTTPRequest.Method, status: HTTPResponse.Status)] = [
        ("/", .get, .ok), ("/index.html", .get, .ok), ("/embed.html", .get, .ok), ("/index.html", .head, .ok),
        ("/dates.json", .get, .ok), ("/events/2024-05-02.json", .get, .ok), ("/tiles/2024-05-02.json", .get, .ok),
        ("/viewer/viewer.js", .get, .ok), ("/viewer/viewer.css", .get, .ok), ("/leaflet/leaflet.js", .get, .ok),
        ("/tiles/2023-02-30/8/99/104.png", .get, .badRequest), ("/nothing", .get, .notFound),
        ("/viewer/missing.js", .get, .notFound),
    ]

    @Test func everyAnswerTellsBrowsersNotToSniff() async throws {
        try await MapServerTests.withClient { client in
            for request in Self.requests {
                let response = try await client.execute(uri: request.path, method: request.method)
                #expect(response.status == request.status, "\(request.method) \(request.path)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(request.method) \(request.path)")
            }
            // A 304 and a CORS preflight too: neither reaches a route's own code.
            let dates = try await client.execute(uri: "/dates.json", method: .get)
            let tag = try #require(dates.headers[.eTag])
            let notModified = try await client.execute(uri: "/dates.json", method: .get, headers: [.ifNoneMatch: tag])
            #expect(notModified.status == .notModified)
            #expect(notModified.headers[.xContentTypeOptions] == "nosniff")
            let preflight = try await client.execute(
                uri: "/dates.json", method: .options,
                headers: [.accessControlRequestMethod: "GET", .origin: "https://a.example"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func theViewersPagesCarryTheirSecurityPolicy() async throws {
        try await MapServerTests.withClient { client in
            for path in ["/", "/index.html", "/embed.html"] {
                let page = try await client.execute(uri: path, method: .get)
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.headers[.contentSecurityPolicy] == Self.pagePolicy, "\(path)")
                #expect(page.headers[.referrerPolicy] == "strict-origin-when-cross-origin", "\(path)")
                // The page says the same in its own <meta> tags (as a static site's pages do), before anything
                // it loads.
                let html = MapServerTests.text(page)
                let meta = try #require(html.range(of: "<meta http-equiv=\"Content-Security-Policy\" content=\""))
                #expect(
                    html[meta.upperBound...].hasPrefix(
                        Self.pagePolicy.replacingOccurrences(of: "'", with: "&#39;") + "\""))
                #expect(html.contains("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">"))
                let firstLoad = try #require(html.range(of: "<link rel=\"stylesheet\""))
                #expect(meta.lowerBound < firstLoad.lowerBound)
                // A revalidated page keeps its policy.
                let tag = try #require(page.headers[.eTag])
                let again = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: tag])
                #expect(again.status == .notModified)
                #expect(again.headers[.contentSecurityPolicy] == Self.pagePolicy)
            }
            // Documents are data, not pages: no page policy on them.
            let dates = try await client.execute(uri: "/dates.json", method: .get)
            #expect(dates.headers[.contentSecurityPolicy] == nil)
        }
    }
}
