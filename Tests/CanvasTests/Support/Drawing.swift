import Canvas
import Foundation

/// Shared fixtures for the Canvas tests.
enum Drawing {
    /// A small map-like scene with every kind of drawing: fills, a hole, strokes, dashes, a hatch, a faded group
    /// and haloed text in Latin, Azerbaijani and Armenian.
    static func scene(on surface: Surface) throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        try surface.paint(Color(hex: "#f2efe9"))
        surface.addPolygon(rings: [
            [
                CanvasPoint(x: 20, y: 20), CanvasPoint(x: 180, y: 30), CanvasPoint(x: 160, y: 130),
                CanvasPoint(x: 30, y: 110),
            ],
            [CanvasPoint(x: 70, y: 60), CanvasPoint(x: 110, y: 60), CanvasPoint(x: 100, y: 90)],
        ])
        try surface.fill(Color(hex: "#d4e6c3"), preserve: true)
        try surface.stroke(Color(hex: "#556b2f"), width: 1.5)
        surface.addRect(CanvasRect(x: 120, y: 80, width: 60, height: 40))
        try surface.fillHatched(
            Color(hex: "#8b0000"), spacing: 5, angleDegrees: 45, lineWidth: 1,
            background: Color(hex: "#fde0dd"))
        surface.addPolyline([CanvasPoint(x: 10, y: 140), CanvasPoint(x: 100, y: 120), CanvasPoint(x: 190, y: 145)])
        try surface.stroke(Color(hex: "#3366cc"), width: 2, dash: [6, 3])
        try surface.withGroup(opacity: 0.5) { () throws(CanvasError) in
            surface.addCircle(center: CanvasPoint(x: 60, y: 40), radius: 15)
            try surface.fill(.black)
            surface.addCircle(center: CanvasPoint(x: 70, y: 45), radius: 15)
            try surface.fill(.black)
        }
        try surface.drawText(
            "Stepanakert", at: CanvasPoint(x: 40, y: 75), font: font, size: 13, color: .black,
            halo: .white, haloWidth: 2)
        try surface.drawText("Şuşa Շուշի", at: CanvasPoint(x: 40, y: 100), font: font, size: 11, color: .black)
    }
}
