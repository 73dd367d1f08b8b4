import Testing

@testable import Viewer

/// What the viewer's pages may load: their own files, images from https: and data:, and the plain-http origin of
/// a basemap the site or server was made with (nothing else a reader's link could name).
@Suite struct ViewerSecurityPolicyTests {
    static let withoutBasemap =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; "
        + "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"

    @Test func thePagesLoadTheirOwnFilesAndImagesFromHTTPS() throws {
        #expect(ViewerSecurityPolicy.contentSecurityPolicy(basemap: nil) == Self.withoutBasemap)
        let https = try Basemap(urlTemplate: "https://tile.example.org/{z}/{x}/{y}.png")
        #expect(ViewerSecurityPolicy.contentSecurityPolicy(basemap: https) == Self.withoutBasemap)
        let path = try Basemap(urlTemplate: "basemap/{z}/{x}/{y}.png")
        #expect(ViewerSecurityPolicy.contentSecurityPolicy(basemap: path) == Self.withoutBasemap)
        // Never a way in for scripts, wherever the basemap is.
        #expect(!Self.withoutBasemap.contains("unsafe") && !Self.withoutBasemap.contains("frame-ancestors"))
    }

    @Test(arguments: [
        ("http://localhost:8080/{z}/{x}/{y}.png", "http://localhost:8080"),
        ("http://{s}.Tiles.Example.org/{z}/{x}/{y}.png", "http://*.tiles.example.org"),
        ("http://192.168.1.20/tiles/{z}/{x}/{-y}.png?style=dark", "http://192.168.1.20"),
    ])
    func aPlainHTTPBasemapOfTheSiteIsAllowedByItsOrigin(template: String, origin: String) throws {
        let policy = ViewerSecurityPolicy.contentSecurityPolicy(basemap: try Basemap(urlTemplate: template))
        #expect(policy.contains("img-src 'self' https: data: \(origin); "), "\(policy)")
    }
}
