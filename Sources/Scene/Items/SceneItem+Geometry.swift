import Foundation

/// Where each item puts ink, in one place: the painter draws with these numbers, and the bounds used to skip
/// items outside a tile and to keep labels off icons are computed from the same ones.
extension SceneItem.Icon {
    /// The number badge's centre: on the upper right, half outside the disc.
    public var badgeCenter: PixelPoint { PixelPoint(x: center.x + radius * 0.85, y: center.y - radius * 0.85) }

    /// The badge's text size.
    public var badgeTextSize: Double { max(8, radius * 0.95) }

    /// The badge's radius for a text of a given advance width.
    public func badgeRadius(textAdvance: Double) -> Double { max(badgeTextSize * 0.62, textAdvance / 2 + 2) }

    /// The white ring around the disc.
    public var haloRadius: Double { radius + 1.5 }

    /// The badge's radius as drawn for its text, bounding the advance by 0.7 em a character (the widest digit of
    /// the bold fonts maps use is under that: DejaVu Sans Bold's is 0.696 em).
    public var badgeReach: Double {
        guard let badge else { return 0 }
        return badgeRadius(textAdvance: 0.7 * badgeTextSize * Double(badge.count)) + 0.6
    }

    /// The box the icon covers: its halo, and the badge with its outline.
    public var inkBounds: PixelRect {
        let disc = PixelRect(
            x: center.x - haloRadius, y: center.y - haloRadius, width: 2 * haloRadius, height: 2 * haloRadius)
        guard badge != nil else { return disc }
        let badge = badgeCenter, reach = badgeReach
        let badgeBox = PixelRect(x: badge.x - reach, y: badge.y - reach, width: 2 * reach, height: 2 * reach)
        return disc.union(badgeBox)
    }
}

extension SceneItem.Stroke {
    /// The length of the arrowhead drawn at the end of an arrow (movements).
    public var arrowheadLength: Double { 5 + width * 2.5 }

    /// The arrowhead's half width.
    public var arrowheadHalfWidth: Double { arrowheadLength * 0.55 }

    /// How far from its path the stroke can put ink.
    public var reach: Double {
        max(width, casing?.width ?? 0) / 2 + (hasArrowhead ? arrowheadLength + 2 : 0) + 1
    }
}

extension SceneItem.Circle {
    /// Half the side of the square drawn for square markers.
    public var squareHalfSide: Double { radius * 0.9 }

    /// How far from its centre the marker puts ink.
    public var reach: Double { max(radius, squareHalfSide * 2.squareRoot()) + strokeWidth / 2 }
}

extension SceneItem {
    /// The box an item can put ink in (anti-aliasing included), logical pixels.
    public var inkBounds: PixelRect {
        switch self {
        case .fill(let fill): return PixelRect(enclosing: fill.polygons.flatMap { $0.flatMap { $0 } }, reach: 1)
        case .stroke(let stroke): return PixelRect(enclosing: stroke.paths.flatMap { $0 }, reach: stroke.reach)
        case .circle(let circle): return PixelRect(enclosing: [circle.center], reach: circle.reach + 1)
        case .icon(let icon): return icon.inkBounds.outset(by: 1)
        case .text(let text): return text.box.outset(by: 1)
        case .rect(let rect): return rect.rect.outset(by: rect.strokeWidth / 2 + 1)
        }
    }
}
