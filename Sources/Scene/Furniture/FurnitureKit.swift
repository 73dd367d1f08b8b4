import Style

/// What every piece of furniture draws with: the measurer, the scale, the colours, and helpers that make text
/// and panel items and wrap sentences.
struct FurnitureKit {
    let measurer: any TextMeasurer
    let style: FurnitureStyle
    /// Furniture scale (1 at 1600x1200).
    let scale: Double

    var padding: Double { 12 * scale }

    func measure(_ text: String, _ role: String, _ size: Double) -> TextMetrics {
        measurer.measure(text, fontRole: role, size: size)
    }

    func text(
        _ string: String, x: Double, baseline: Double, role: String = "regular", size: Double, color: StyleColor,
        part: FurniturePart
    ) -> SceneItem {
        let metrics = measure(string, role, size)
        return .text(
            .init(
                string: string, origin: PixelPoint(x: x, y: baseline), fontRole: role, size: size, color: color,
                box: metrics.inkBox.offsetBy(dx: x, dy: baseline), layer: .furniture(part)))
    }

    /// A panel's box in the style's panel colour, see-through over the map, or at full opacity (`opaque`) for the
    /// header, footer and stacked bands: the map runs on under them to the canvas's edge, and through a see-through
    /// band its lines and fills beyond the frame showed as ghosts around the title and the sources.
    func panel(_ rect: PixelRect, border: Bool = true, opaque: Bool = false, part: FurniturePart) -> SceneItem {
        var fill = style.panelColor
        if opaque { fill.alpha = 1 }
        return .rect(
            .init(
                rect: rect, fill: fill, stroke: border ? style.panelBorderColor : nil,
                strokeWidth: border ? 1 : 0,
                layer: .furniture(part)))
    }

    /// Words wrapped into lines no wider than `maxWidth`, at most `maxLines` (the last one ends with "…" if cut).
    func wrap(_ text: String, role: String, size: Double, maxWidth: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let attempt = current.isEmpty ? String(word) : current + " " + word
            if measure(attempt, role, size).advance <= maxWidth || current.isEmpty {
                current = attempt
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            var last = lines[maxLines - 1]
            while !last.isEmpty, measure(last + "\u{2026}", role, size).advance > maxWidth {
                last = String(last.dropLast())
            }
            lines[maxLines - 1] = last.trimmingWhitespace() + "\u{2026}"
        }
        return lines
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
