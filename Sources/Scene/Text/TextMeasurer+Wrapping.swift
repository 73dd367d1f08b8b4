extension TextMeasurer {
    /// Words wrapped into lines no wider than `maxWidth` (a word wider than that gets a line of its own), at most
    /// `maxLines`; when the text is cut, the last line ends with "…". For layouts outside a map's furniture
    /// (charts, grids).
    public func wrap(
        _ text: String, fontRole: String = "regular", size: Double, maxWidth: Double, maxLines: Int
    )
        -> [String]
    {
        func width(_ string: String) -> Double { measure(string, fontRole: fontRole, size: size).advance }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let attempt = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || width(attempt) <= maxWidth {
                current = attempt
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard maxLines > 0, lines.count > maxLines else { return lines }
        lines = Array(lines.prefix(maxLines))
        var last = lines[maxLines - 1]
        while !last.isEmpty, width(last + "\u{2026}") > maxWidth { last = String(last.dropLast()) }
        lines[maxLines - 1] = last + "\u{2026}"
        return lines
    }
}
