import Foundation

/// A basemap drawn beneath the map's tiles: an XYZ tile URL template and the credit its provider asks for.
///
/// The template is an `http://` or `https://` address, or a path on the site itself (`basemap/{z}/{x}/{y}.png`),
/// with `{z}`, `{x}` and `{y}` (or `{-y}` for TMS rows); `{s}` picks a subdomain, `{r}` a density. Nothing else
/// is accepted, so a link cannot make the viewer load a script. The viewer's `state.js` applies the same rule to
/// a reader's `?basemap=`.
public struct Basemap: Sendable, Equatable {
    /// The tile URL template.
    public let urlTemplate: String
    /// The provider's credit, shown in the map's attribution ("© OpenStreetMap contributors").
    public let attribution: String

    /// Checks a template.
    /// - Parameters:
    ///   - urlTemplate: the tile URL template.
    ///   - attribution: the credit; nil credits the template's host.
    /// - Throws: `BasemapError` saying what is wrong with the template.
    public init(urlTemplate: String, attribution: String? = nil) throws(BasemapError) {
        for placeholder in ["{z}", "{x}"] where !urlTemplate.contains(placeholder) {
            throw BasemapError(template: urlTemplate, reason: "it has no \(placeholder)")
        }
        guard urlTemplate.contains("{y}") || urlTemplate.contains("{-y}") else {
            throw BasemapError(template: urlTemplate, reason: "it has no {y}")
        }
        guard !urlTemplate.contains(where: \.isWhitespace), urlTemplate.count <= 2000 else {
            throw BasemapError(template: urlTemplate, reason: "a URL has no spaces")
        }
        let lowercased = urlTemplate.lowercased()
        if let colon = lowercased.firstIndex(of: ":"),
            lowercased[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) })
        {
            guard lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://"),
                let host = URL(string: urlTemplate.replacingOccurrences(of: "{s}", with: "a"))?.host, !host.isEmpty
            else {
                throw BasemapError(template: urlTemplate, reason: "it is neither an http(s) address nor a path")
            }
        } else if urlTemplate.hasPrefix("//") {
            throw BasemapError(template: urlTemplate, reason: "give the scheme, http:// or https://")
        }
        self.urlTemplate = urlTemplate
        self.attribution = attribution ?? Self.host(of: urlTemplate)
    }

    /// The host a template's tiles come from (`tile.openstreetmap.org`), or its first path part.
    static func host(of template: String) -> String {
        let withoutScheme = template.components(separatedBy: "://").last ?? template
        let host = withoutScheme.split(separator: "/").first.map(String.init) ?? template
        return host.replacingOccurrences(of: "{s}.", with: "")
    }
}

/// A basemap template the viewer cannot use.
public struct BasemapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template as given.
    public var template: String
    /// What is wrong with it.
    public var reason: String

    public var description: String {
        "\"\(template)\" is not a tile URL template such as https://tile.example.org/{z}/{x}/{y}.png: \(reason)"
    }
}
