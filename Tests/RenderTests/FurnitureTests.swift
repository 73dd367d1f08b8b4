import Canvas
import Chronology
import Foundation
import GeoJSON
import Geodesy
import Projection
import Render
import Scene
import Testing
import _ChronomapTestSupport

@Suite struct FurnitureTests {
    @Test func scaleBarMatchesGeodesicDistance() throws {
        for options in [SceneOptions(), SceneOptions(width: 900, height: 700), SceneOptions(bbox: BoundingBox(southWest: Position(longitude: 46.6, latitude: 39.7), northEast: Position(longitude: 46.9, latitude: 39.9)))] {
            let scene = try RenderFixture.scene("2023-09-19", options: options)
            let bar = try #require(scene.scaleBar)
            // Measure the bar's pixels on the ground, along the parallel through the map's centre.
            let centre = scene.viewport.position(atPixelX: scene.width / 2, y: scene.height / 2)
            let start = scene.viewport.pixel(centre)
            let end = scene.viewport.position(atPixelX: start.x + bar.pixels, y: start.y)
            let metres = Geodesic.wgs84.distance(from: centre, to: end)
            // The bar is true at the map's middle latitude; within 1.5% across the free area's centre.
            #expect(abs(metres / 1000 - bar.kilometres) / bar.kilometres < 0.015, "\(metres) m for \(bar.kilometres) km")
        }
    }

    @Test func titleHasTheFullDateAndOverrides() throws {
        #expect(try RenderFixture.scene("2023-09-19").title == "Karabakh \u{2014} 19 September 2023")
        let custom = try RenderFixture.scene("2023-09-19", options: SceneOptions(title: "Nagorno-Karabakh", subtitle: "A test"))
        #expect(custom.title == "Nagorno-Karabakh \u{2014} 19 September 2023")
        #expect(custom.subtitle == "A test")
        #expect(try RenderFixture.scene("2023-09-19").subtitle.hasPrefix("Azerbaijan starts"))
    }

    /// The legend is checked against the pixels drawn, not against the list that built it: a fill
    /// colour of a legend entry must appear in the map outside the furniture, and the colours of
    /// entries not in the legend must not.
    @Test(arguments: RenderFixture.keyDates)
    func legendMatchesWhatWasDrawn(date: String) throws {
        let renderer = try RenderFixture.renderer.get()
        let scene = try RenderFixture.scene(date)
        let image = try renderer.image(of: scene)
        let fills: [(id: String, color: String)] = [("zones-artsakh", "#edc874"), ("zones-contested", "#f6eda6"), ("zones-azerbaijan", "#c5dfe9")]
        let legendLayers = Set(scene.legend.compactMap(\.layerID))
        for fill in fills {
            let target = try Color(hex: fill.color)
            var found = 0
            for y in stride(from: 0, to: image.height, by: 3) {
                for x in stride(from: 0, to: image.width, by: 3) {
                    let point = PixelPoint(x: Double(x), y: Double(y))
                    if scene.furnitureBoxes.values.contains(where: { $0.outset(by: 2).intersects(PixelRect(x: point.x, y: point.y, width: 1, height: 1)) }) { continue }
                    let pixel = try image.pixel(x: x, y: y)
                    if abs(pixel.red - target.red) < 0.01, abs(pixel.green - target.green) < 0.01, abs(pixel.blue - target.blue) < 0.01 { found += 1 }
                }
            }
            #expect((found > 20) == legendLayers.contains(fill.id), "\(date): \(fill.id) legend=\(legendLayers.contains(fill.id)) pixels=\(found)")
        }
        // Event kinds in the legend are exactly those with icons on the map.
        let iconKinds = Set(scene.items.compactMap { item -> String? in
            if case .icon(let icon) = item, !icon.layerID.hasPrefix("furniture") { return icon.symbol.kind }
            return nil
        })
        let legendKinds = Set(scene.legend.compactMap { line -> String? in if case .icon(let symbol) = line.swatch { symbol.kind } else { nil } })
        #expect(iconKinds == legendKinds, "\(date)")
    }

    @Test func approximateFeaturesAreMarked() throws {
        let scene = try RenderFixture.scene("2023-09-19")
        #expect(scene.showsApproximateFeatures)
        #expect(scene.legend.contains { $0.label.contains("approximate") })
        #expect(scene.placedLabels.contains { $0.text.hasPrefix("~") })
    }

    /// Controller colours (composited as drawn) stay apart for people with deuteranopia or protanopia:
    /// simulated with the Viénot–Brettel–Mollon (1999) matrices in linear RGB, compared in CIELAB.
    @Test func controllerColoursSurviveColourBlindness() throws {
        let style = try RenderFixture.renderer.get().style
        let colours = ["zones-azerbaijan", "zones-artsakh", "zones-contested"].map { id in style.layers.first { $0.id == id }!.color("fill-color")! }
        let protanopia = [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]]
        let deuteranopia = [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]]
        for matrix in [nil, protanopia, deuteranopia] {
            let lab = colours.map { ColourScience.lab(ColourScience.simulate([$0.red, $0.green, $0.blue], matrix)) }
            for i in 0..<lab.count {
                for j in (i + 1)..<lab.count {
                    let distance = ColourScience.deltaE(lab[i], lab[j])
                    #expect(distance > 12, "ΔE \(distance) between controller colours \(i) and \(j)")
                }
            }
        }
    }
}

/// sRGB ↔ linear, colour-blindness simulation and CIE76 ΔE.
enum ColourScience {
    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    static func simulate(_ rgb: [Double], _ matrix: [[Double]]?) -> [Double] {
        let linearRGB = rgb.map(linear)
        guard let matrix else { return linearRGB }
        return matrix.map { row in max(0, min(1, zip(row, linearRGB).map(*).reduce(0, +))) }
    }

    static func lab(_ linearRGB: [Double]) -> [Double] {
        let (r, g, b) = (linearRGB[0], linearRGB[1], linearRGB[2])
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func deltaE(_ a: [Double], _ b: [Double]) -> Double { sqrt(zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)) }
}
