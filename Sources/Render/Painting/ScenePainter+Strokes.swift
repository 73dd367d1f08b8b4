import Canvas
import Foundation
import Scene
import Style

extension ScenePainter {
    func paintStroke(_ stroke: SceneItem.Stroke, on surface: Surface) throws(CanvasError) {
        if let window, !stroke.hasArrowhead, stroke.paths.contains(where: { $0.count > 64 }) {
            // A long path (a zone's outline at a deep zoom) mostly lies outside a tile's window, but Cairo would
            // still dash and tessellate all of it: keep only the runs of segments that reach the window, each
            // starting its dash pattern where the whole path would have it.
            var clipped = stroke
            clipped.paths = []
            var offsets: [Double] = []
            for path in stroke.paths {
                let closedPath = stroke.isClosed && path.first != path.last ? path + [path[0]] : path
                for run in Self.runs(of: closedPath, touching: window.outset(by: stroke.reach + 4)) {
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
            let segmentBox = PixelRect(
                x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x) + 0.001, height: abs(a.y - b.y) + 0.001)
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

    func lineJoin(_ join: LineSymbolizer.Join) -> LineJoin {
        switch join {
        case .bevel: .bevel
        case .round: .round
        case .miter: .miter
        }
    }

    func paintPaths(_ stroke: SceneItem.Stroke, dashOffsets: [Double]?, on surface: Surface) throws(CanvasError) {
        let cap: LineCap = stroke.roundCaps ? .round : .butt
        let join = lineJoin(stroke.join)
        if let dashOffsets, !stroke.dash.isEmpty {
            // Each run carries its own dash phase, so each is stroked on its own.
            for (path, offset) in zip(stroke.paths, dashOffsets) where path.count > 1 {
                if let casing = stroke.casing, casing.width > 0 {
                    surface.beginPath()
                    surface.addPolyline(path.map(point))
                    try surface.stroke(color(casing.color), width: casing.width, cap: cap, join: join)
                }
                surface.beginPath()
                surface.addPolyline(path.map(point))
                try surface.stroke(
                    color(stroke.color), width: stroke.width, dash: stroke.dash, dashOffset: offset, cap: cap,
                    join: join)
            }
            return
        }
        func addPaths() {
            surface.beginPath()
            for path in stroke.paths where path.count > 1 {
                surface.addPolyline(path.map(point))
                if stroke.isClosed { surface.closePath() }
            }
        }
        if let casing = stroke.casing, casing.width > 0 {
            addPaths()
            try surface.stroke(color(casing.color), width: casing.width, cap: cap, join: join)
        }
        addPaths()
        try surface.stroke(color(stroke.color), width: stroke.width, dash: stroke.dash, cap: cap, join: join)
        if stroke.hasArrowhead { try paintArrowheads(stroke, on: surface) }
    }

    func paintArrowheads(_ stroke: SceneItem.Stroke, on surface: Surface) throws(CanvasError) {
        for path in stroke.paths where path.count > 1 {
            let tip = path[path.count - 1], before = path[path.count - 2]
            let length = hypot(tip.x - before.x, tip.y - before.y)
            guard length > 0 else { continue }
            let (ux, uy) = ((tip.x - before.x) / length, (tip.y - before.y) / length)
            let size = stroke.arrowheadLength, half = stroke.arrowheadHalfWidth
            let base = PixelPoint(x: tip.x - ux * size, y: tip.y - uy * size)
            surface.beginPath()
            surface.move(to: point(PixelPoint(x: tip.x + ux * 2, y: tip.y + uy * 2)))
            surface.line(to: CanvasPoint(x: base.x - uy * half, y: base.y + ux * half))
            surface.line(to: CanvasPoint(x: base.x + uy * half, y: base.y - ux * half))
            surface.closePath()
            if let casing = stroke.casing { try surface.stroke(color(casing.color), width: 2, preserve: true) }
            try surface.fill(color(stroke.color))
        }
    }
}
