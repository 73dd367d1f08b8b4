import Foundation

/// Fills the web pages Chronomap ships as resource files (the viewer, the comparison page): the one HTML escaper
/// of the code base, and the one way values get into a page.
///
/// A template marks places with `{{name}}` (text, escaped for HTML) and `{{{name}}}` (inserted as is: JSON for a
/// `<script type="application/json">` element, already made safe with ``scriptSafeJSON(_:)``).
public struct HTMLTemplate: Sendable {
    /// The page's text.
    public let text: String

    /// - Parameter text: the page, with `{{name}}` and `{{{name}}}` places.
    public init(_ text: String) { self.text = text }

    /// Loads a template from a file.
    /// - Throws: `AtomicFile.WriteError`-style error naming the file when it cannot be read.
    public init(contentsOf url: URL) throws(TemplateError) {
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw TemplateError(message: "cannot read the page template \(url.path): \(error.localizedDescription)")
        }
    }

    /// The page with its places filled; a place with no value is an error, so a page never ships with `{{…}}`.
    /// - Parameters:
    ///   - text: values inserted as escaped text.
    ///   - raw: values inserted as they are.
    public func filled(text values: [String: String] = [:], raw: [String: String] = [:]) throws(TemplateError) -> String
    {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            let isRaw = rest[open.upperBound...].hasPrefix("{")
            let nameStart = isRaw ? rest.index(after: open.upperBound) : open.upperBound
            let closing = isRaw ? "}}}" : "}}"
            guard let close = rest[nameStart...].range(of: closing) else {
                throw TemplateError(message: "unclosed {{ in page template")
            }
            let name = String(rest[nameStart..<close.lowerBound])
            if isRaw {
                guard let value = raw[name] else {
                    throw TemplateError(message: "no value for {{{\(name)}}} in page template")
                }
                output += value
            } else {
                guard let value = values[name] else {
                    throw TemplateError(message: "no value for {{\(name)}} in page template")
                }
                output += Self.escape(value)
            }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// Text escaped for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// JSON text made safe inside a `<script>` element: `</` would end the element early.
    public static func scriptSafeJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "</", with: "<\\/").replacingOccurrences(of: "<!--", with: "<\\!--")
    }
}

/// A page template that cannot be read or filled.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var message: String

    /// - Parameter message: what is wrong, naming the file.
    public init(message: String) { self.message = message }

    public var description: String { message }
}
