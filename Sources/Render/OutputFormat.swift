/// The file formats a map can be written in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Raster, with a world file and a `.aux.xml` beside it.
    case png
    /// Vector; Cairo 1.16 writes glyphs as `<use>` of embedded outlines, not `<text>`.
    case svg
    /// Vector, text kept as text, creation date fixed so the bytes are deterministic.
    case pdf

    /// The format of a file name's extension, if it names one.
    public init?(pathExtension: String) { self.init(rawValue: pathExtension.lowercased()) }

    /// Every format as help and error messages list them: "png, svg or pdf", or with `prefix: "."`
    /// ".png, .svg or .pdf".
    public static func listed(prefix: String = "") -> String {
        let names = allCases.map { prefix + $0.rawValue }
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
