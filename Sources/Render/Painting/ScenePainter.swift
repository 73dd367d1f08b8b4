import Canvas
import Foundation
import Scene
import Style

/// Paints a scene's items onto a surface, item after item, with no decisions left: one function per item kind.
struct ScenePainter {
    let fonts: FontSet
    /// The part of the scene being painted when long strokes may be cut to it (tiles), or nil to stroke every
    /// path whole (maps and their bands, so that dash phases are exactly those of one piece).
    var window: PixelRect? = nil

    func paint(_ scene: Scene, on surface: Surface) throws(CanvasError) {
        surface.beginPath()
        surface.addRect(CanvasRect(x: 0, y: 0, width: scene.width, height: scene.height))
        try surface.fill(color(scene.background))
        for item in scene.items { try paint(item, on: surface) }
    }

    func color(_ color: StyleColor) -> Color {
        Color(red: color.red, green: color.green, blue: color.blue, alpha: color.alpha)
    }
    func point(_ point: PixelPoint) -> CanvasPoint { CanvasPoint(x: point.x, y: point.y) }

    func paint(_ item: SceneItem, on surface: Surface) throws(CanvasError) {
        switch item {
        case .rect(let rect): try paintRect(rect, on: surface)
        case .fill(let fill): try paintFill(fill, on: surface)
        case .stroke(let stroke): try paintStroke(stroke, on: surface)
        case .circle(let circle): try paintCircle(circle, on: surface)
        case .icon(let icon): try paintIcon(icon, on: surface)
        case .text(let text):
            try surface.drawText(
                text.string, at: point(text.origin), font: fonts.face(text.fontRole), size: text.size,
                color: color(text.color),
                halo: text.halo.map(color), haloWidth: text.halo == nil ? 0 : text.haloWidth)
        }
    }

    func paintRect(_ rect: SceneItem.Rect, on surface: Surface) throws(CanvasError) {
        let box = CanvasRect(x: rect.rect.x, y: rect.rect.y, width: rect.rect.width, height: rect.rect.height)
        if let fill = rect.fill {
            surface.beginPath()
            surface.addRect(box)
            try surface.fill(color(fill))
        }
        if let hatch = rect.hatch {
            surface.beginPath()
            surface.addRect(box)
            try surface.fillHatched(
                color(hatch.color), spacing: hatch.spacing, angleDegrees: hatch.angleDegrees, lineWidth: hatch.width)
        }
        if let stroke = rect.stroke, rect.strokeWidth > 0 {
            surface.beginPath()
            surface.addRect(box)
            try surface.stroke(color(stroke), width: rect.strokeWidth, dash: rect.dash, cap: .butt, join: .miter)
        }
    }

    func paintFill(_ fill: SceneItem.Fill, on surface: Surface) throws(CanvasError) {
        surface.beginPath()
        for polygon in fill.polygons { surface.addPolygon(rings: polygon.map { $0.map(point) }) }
        if fill.color.alpha > 0 { try surface.fill(color(fill.color), evenOdd: true, preserve: fill.hatch != nil) }
        if let hatch = fill.hatch {
            try surface.fillHatched(
                color(hatch.color), spacing: hatch.spacing, angleDegrees: hatch.angleDegrees, lineWidth: hatch.width)
        }
        surface.beginPath()
    }

    func paintCircle(_ circle: SceneItem.Circle, on surface: Surface) throws(CanvasError) {
        surface.beginPath()
        if circle.isSquare {
            let half = circle.squareHalfSide
            surface.addRect(
                CanvasRect(x: circle.center.x - half, y: circle.center.y - half, width: 2 * half, height: 2 * half))
        } else {
            surface.addCircle(center: point(circle.center), radius: circle.radius)
        }
        try surface.fill(color(circle.fill), preserve: circle.stroke != nil)
        if let stroke = circle.stroke { try surface.stroke(color(stroke), width: circle.strokeWidth) }
    }

    func paintIcon(_ icon: SceneItem.Icon, on surface: Surface) throws(CanvasError) {
        guard icon.opacity < 1 else {
            try paintOpaqueIcon(icon, on: surface)
            return
        }
        // A group is as large as the clip: clip to the icon first, or every faded icon would allocate and
        // composite a surface the size of the whole map.
        let bounds = icon.inkBounds.outset(by: 1)
        try surface.withSavedState { () throws(CanvasError) in
            surface.beginPath()
            surface.addRect(CanvasRect(x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height))
            surface.clip()
            try surface.withGroup(opacity: icon.opacity) { () throws(CanvasError) in
                try paintOpaqueIcon(icon, on: surface)
            }
        }
    }

    func paintOpaqueIcon(_ icon: SceneItem.Icon, on surface: Surface) throws(CanvasError) {
        let center = point(icon.center)
        surface.beginPath()
        surface.addCircle(center: center, radius: icon.haloRadius)
        try surface.fill(color(icon.haloColor))
        surface.beginPath()
        surface.addCircle(center: center, radius: icon.radius)
        try surface.fill(color(icon.fillColor), preserve: true)
        try surface.stroke(color(icon.symbol.color), width: max(1.2, icon.radius * 0.16))
        let size = icon.radius * (icon.symbol.glyph.count > 1 ? 0.8 : 1.15)
        let font = fonts.face("regular")
        let extents = try font.textExtents(icon.symbol.glyph, size: size)
        let origin = CanvasPoint(x: center.x - extents.inkBounds.midX, y: center.y - extents.inkBounds.midY)
        try surface.drawText(icon.symbol.glyph, at: origin, font: font, size: size, color: color(icon.symbol.color))
        guard let badge = icon.badge else { return }
        let bold = fonts.face("bold")
        let badgeExtents = try bold.textExtents(badge, size: icon.badgeTextSize)
        let badgeCenter = point(icon.badgeCenter)
        surface.beginPath()
        surface.addCircle(center: badgeCenter, radius: icon.badgeRadius(textAdvance: badgeExtents.advanceWidth))
        try surface.fill(color(icon.symbol.color), preserve: true)
        try surface.stroke(color(icon.badgeTextColor), width: 1.2)
        let badgeOrigin = CanvasPoint(
            x: badgeCenter.x - badgeExtents.inkBounds.midX, y: badgeCenter.y - badgeExtents.inkBounds.midY)
        try surface.drawText(
            badge, at: badgeOrigin, font: bold, size: icon.badgeTextSize, color: color(icon.badgeTextColor))
    }
}
