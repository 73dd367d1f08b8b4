import Foundation

/// What the viewer's pages allow a browser to load, sent by `serve` as headers and written by `site` as
/// `<meta>` tags, so a link cannot make the page run or show anything but its own files.
///
/// Scripts, style sheets, data and frames come from the page's own origin only: the pages have no inline script or
/// style (their configuration is a JSON data block, which is not run). Images may also come from any `https:`
/// host, for the basemap a reader picks with `?basemap=`, from the `http:` origin of a basemap the site or server
/// was made with, and from `data:` (the page's empty icon and the style sheet's divider handle).
///
/// No `frame-ancestors`: the viewer is made to be embedded in any page (the embed snippet), and a `<meta>` tag
/// could not say it anyway.
public enum ViewerSecurityPolicy {
    /// `Referrer-Policy`: the origin alone goes to other hosts (a basemap's tile server asks who uses its tiles),
    /// the page's address and view never do.
    public static let referrerPolicy = "strict-origin-when-cross-origin"

    /// `Content-Security-Policy` of the pages made with these settings.
    /// - Parameter basemap: the basemap the pages draw by default; an `http:` one adds its origin to `img-src`.
    public static func contentSecurityPolicy(basemap: Basemap?) -> String {
        var images = ["'self'", "https:", "data:"]
        if let origin = basemap.flatMap({ plainHTTPOrigin(of: $0.urlTemplate) }) { images.append(origin) }
        return [
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src " + images.joined(separator: " "),
            "connect-src 'self'", "frame-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'",
        ].joined(separator: "; ")
    }

    /// The CSP source of an `http://` template's host (`{s}.` subdomains as `*.`), or nil for `https:` and paths.
    static func plainHTTPOrigin(of template: String) -> String? {
        guard template.lowercased().hasPrefix("http://") else { return nil }
        let authority = template.dropFirst("http://".count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.replacingOccurrences(of: "{s}", with: "*")
        guard !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:*[]".contains($0)) })
        else {
            return nil
        }
        return "http://" + host.lowercased()
    }
}
