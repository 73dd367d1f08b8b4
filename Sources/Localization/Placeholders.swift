/// The one filler of `{key}` places: catalog phrases, a catalog's date patterns, and a style's `text-field`.
public enum Placeholders {
    /// The template with each `{key}` replaced by `value(key)`, left to right, values not searched again; a `{`
    /// with no `}` after it stays as it is.
    public static func fill(_ template: String, _ value: (String) -> String) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            output += value(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}
