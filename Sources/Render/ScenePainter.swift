import Canvas
import Foundation
import Scene
import Style

/// Paints a scene onto a surface: item after item, no decisions left.
struct ScenePainter {
    let fonts: FontSet
    /// The part of the scene being painted (tiles), or nil for all of it.
    var window: PixelRect? = nil

    func paint(_ scene: Scene, on surface: Surface) throws(CanvasError) {
        surface.beginPath()
        surface.addRect(CanvasRect(x: 0, y: 0, width: scene.width, height: scene.height))
        try surface.fill(color(scene.background))
        for item in scene.items {
            try paint(item, on: surface)
        }
    }

    func color(_ color: StyleColor) -> Color { Color(red: color.red, green: color.green, blue: color.blue, alpha: color.alpha) }
    func point(_ point: PixelPoint) -> CanvasPoint { CanvasPoint(x: point.x, y: point.y) }

    func paint(_ item: SceneItem, on surface: Surface) throws(CanvasError) {
        switch item {
        case .rect(let rect):
            let box = CanvasRect(x: rect.rect.x, y: rect.rect.y, width: rect.rect.width, height: rect.rect.height)
            if let fill = rect.fill {
                surface.beginPath()
                surface.addRect(box)
                try surface.fill(color(fill))
            }
            if let hatch = rect.hatch {
                surface.beginPath()
                surface.addRect(box)
                try surface.fillHatched(color(hatch.color), spacing: hatch.spacing, angleDegrees: hatch.angleDegrees, lineWidth: hatch.width)
            }
            if let stroke = rect.stroke, rect.strokeWidth > 0 {
                surface.beginPath()
                surface.addRect(box)
                try surface.stroke(color(stroke), width: rect.strokeWidth, dash: rect.dash, cap: .butt, join: .miter)
            }
        case .fill(let fill):
            surface.beginPath()
            for polygon in fill.polygons {
                surface.addPolygon(rings: polygon.map { $0.map(point) })
            }
            if fill.color.alpha > 0 { try surface.fill(color(fill.color), evenOdd: true, preserve: fill.hatch != nil) }
            if let hatch = fill.hatch {
                try surface.fillHatched(color(hatch.color), spacing: hatch.spacing, angleDegrees: hatch.angleDegrees, lineWidth: hatch.width)
            }
            surface.beginPath()
        case .stroke(let stroke):
            try paintStroke(stroke, on: surface)
        case .circle(let circle):
            surface.beginPath()
            if circle.isSquare {
                let side = circle.radius * 1.8
                surface.addRect(CanvasRect(x: circle.center.x - side / 2, y: circle.center.y - side / 2, width: side, height: side))
            } else {
                surface.addCircle(center: point(circle.center), radius: circle.radius)
            }
            try surface.fill(color(circle.fill), preserve: circle.stroke != nil)
            if let stroke = circle.stroke { try surface.stroke(color(stroke), width: circle.strokeWidth) }
        case .icon(let icon):
            if icon.opacity >= 1 {
                try paintIcon(icon, on: surface)
            } else {
                // A group is as large as the clip: clip to the icon first, or every faded icon would
                // allocate and composite a surface the size of the whole map.
                let reach = icon.radius * 1.7 + 4
                try surface.withSavedState { () throws(CanvasError) in
                    surface.beginPath()
                    surface.addRect(CanvasRect(x: icon.center.x - reach, y: icon.center.y - reach, width: 2 * reach, height: 2 * reach))
                    surface.clip()
                    try surface.withGroup(opacity: icon.opacity) { () throws(CanvasError) in
                        try paintIcon(icon, on: surface)
                    }
                }
            }
        case .text(let text):
            try surface.drawText(text.string, at: point(text.origin), font: fonts.face(text.fontRole), size: text.size, color: color(text.color),
                                 halo: text.halo.map(color), haloWidth: text.halo == nil ? 0 : text.haloWidth)
        }
    }

    func paintStroke(_ stroke: SceneItem.Stroke, on surface: Surface) throws(CanvasError) {
        if let window, !stroke.arrowhead, stroke.paths.contains(where: { $0.count > 64 }) {
            // A long path (a zone's outline at a deep zoom) mostly lies outside a tile's window, but Cairo
            // would still dash and tessellate all of it: keep only the runs of segments that reach the
            // window, each starting its dash pattern where the whole path would have it.
            var clipped = stroke
            clipped.paths = []
            var offsets: [Double] = []
            for path in stroke.paths {
                let closedPath = stroke.isClosed && path.first != path.last ? path + [path[0]] : path
                for run in Self.runs(of: closedPath, touching: window.outset(by: stroke.width + (stroke.casing?.width ?? 0) + 4)) {
                    clipped.paths.append(run.points)
                    offsets.append(run.startLength)
                }
            }
            clipped.isClosed = false
            try paintPaths(clipped, dashOffsets: offsets, on: surface)
            return
        }
        try paintPaths(stroke, dashOffsets: nil, on: surface)
    }

    /// The runs of consecutive segments of a polyline that meet a rectangle, with the path length before each run.
    static func runs(of path: [PixelPoint], touching box: PixelRect) -> [(points: [PixelPoint], startLength: Double)] {
        var runs: [(points: [PixelPoint], startLength: Double)] = []
        var current: [PixelPoint] = []
        var currentStart = 0.0
        var length = 0.0
        for index in 1..<max(1, path.count) {
            let a = path[index - 1], b = path[index]
            let segmentBox = PixelRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x) + 0.001, height: abs(a.y - b.y) + 0.001)
            if segmentBox.intersects(box) {
                if current.isEmpty {
                    current = [a]
                    currentStart = length
                }
                current.append(b)
            } else if !current.isEmpty {
                runs.append((current, currentStart))
                current = []
            }
            length += hypot(b.x - a.x, b.y - a.y)
        }
        if !current.isEmpty { runs.append((current, currentStart)) }
        return runs
    }

    func paintPaths(_ stroke: SceneItem.Stroke, dashOffsets: [Double]?, on surface: Surface) throws(CanvasError) {
        func addPaths() {
            surface.beginPath()
            for path in stroke.paths where path.count > 1 {
                surface.addPolyline(path.map(point))
                if stroke.isClosed { surface.closePath() }
            }
        }
        if let dashOffsets, !stroke.dash.isEmpty {
            // Each run carries its own dash phase, so each is stroked on its own.
            let cap: LineCap = stroke.roundCaps ? .round : .butt
            for (path, offset) in zip(stroke.paths, dashOffsets) where path.count > 1 {
                if let casing = stroke.casing, casing.width > 0 {
                    surface.beginPath()
                    surface.addPolyline(path.map(point))
                    try surface.stroke(color(casing.color), width: casing.width, cap: cap, join: .round)
                }
                surface.beginPath()
                surface.addPolyline(path.map(point))
                try surface.stroke(color(stroke.color), width: stroke.width, dash: stroke.dash, dashOffset: offset, cap: cap, join: .round)
            }
            return
        }
        let cap: LineCap = stroke.roundCaps ? .round : .butt
        if let casing = stroke.casing, casing.width > 0 {
            addPaths()
            try surface.stroke(color(casing.color), width: casing.width, cap: cap, join: .round)
        }
        addPaths()
        try surface.stroke(color(stroke.color), width: stroke.width, dash: stroke.dash, cap: cap, join: .round)
        if stroke.arrowhead {
            for path in stroke.paths where path.count > 1 {
                let tip = path[path.count - 1], before = path[path.count - 2]
                let length = hypot(tip.x - before.x, tip.y - before.y)
                guard length > 0 else { continue }
                let (ux, uy) = ((tip.x - before.x) / length, (tip.y - before.y) / length)
                let size = 5 + stroke.width * 2.5
                let base = PixelPoint(x: tip.x - ux * size, y: tip.y - uy * size)
                let left = CanvasPoint(x: base.x - uy * size * 0.55, y: base.y + ux * size * 0.55)
                let right = CanvasPoint(x: base.x + uy * size * 0.55, y: base.y - ux * size * 0.55)
                surface.beginPath()
                surface.move(to: point(PixelPoint(x: tip.x + ux * 2, y: tip.y + uy * 2)))
                surface.line(to: left)
                surface.line(to: right)
                surface.closePath()
                if let casing = stroke.casing { try surface.stroke(color(casing.color), width: 2, preserve: true) }
                try surface.fill(color(stroke.color))
            }
        }
    }

    func paintIcon(_ icon: SceneItem.Icon, on surface: Surface) throws(CanvasError) {
        let center = point(icon.center)
        surface.beginPath()
        surface.addCircle(center: center, radius: icon.radius + 1.5)
        try surface.fill(color(icon.halo))
        surface.beginPath()
        surface.addCircle(center: center, radius: icon.radius)
        try surface.fill(color(StyleColor.white), preserve: true)
        try surface.stroke(color(icon.color), width: max(1.2, icon.radius * 0.16))
        let size = icon.radius * (icon.symbol.glyph.count > 1 ? 0.8 : 1.15)
        let font = fonts.face("regular")
        let extents = try font.textExtents(icon.symbol.glyph, size: size)
        let origin = CanvasPoint(x: center.x - extents.inkBounds.midX, y: center.y - extents.inkBounds.midY)
        try surface.drawText(icon.symbol.glyph, at: origin, font: font, size: size, color: color(icon.color))
        if let badge = icon.badge {
            let badgeSize = max(8, icon.radius * 0.95)
            let bold = fonts.face("bold")
            let badgeExtents = try bold.textExtents(badge, size: badgeSize)
            let badgeRadius = max(badgeSize * 0.62, badgeExtents.advanceWidth / 2 + 2)
            let badgeCenter = CanvasPoint(x: center.x + icon.radius * 0.85, y: center.y - icon.radius * 0.85)
            surface.beginPath()
            surface.addCircle(center: badgeCenter, radius: badgeRadius)
            try surface.fill(color(icon.color), preserve: true)
            try surface.stroke(color(StyleColor.white), width: 1.2)
            try surface.drawText(badge, at: CanvasPoint(x: badgeCenter.x - badgeExtents.inkBounds.midX, y: badgeCenter.y - badgeExtents.inkBounds.midY),
                                 font: bold, size: badgeSize, color: color(StyleColor.white))
        }
    }
}
