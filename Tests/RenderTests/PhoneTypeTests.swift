import Canvas
import Localization
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// The phone shapes (1080 px wide, portrait and square) are readable on a phone: the title's capitals stand at
/// least 24 px tall as painted, no text, event numbers on the map included, is set under 14 px, and none runs off
/// the image. On the fixture region's contested weeks (`FixtureRegion`, 6 March 2024: three parties, a contested
/// strip, a blockaded road, an offensive and a strike beyond the extent).
@Suite struct PhoneTypeTests {
    static let shapes: [(width: Double, height: Double, layout: MapLayout)] = [
        (1080, 1350, .portrait), (1080, 1080, .square),
    ]

    @Test(arguments: 0..<2)
    func titleCapitalsAndSmallestType(shape index: Int) throws {
        let shape = Self.shapes[index]
        let renderer = try FixtureMap.renderer.get()
        let scene = try FixtureMap.scene(
            "2024-03-06", options: SceneOptions(width: shape.width, height: shape.height, layout: shape.layout))
        let texts = scene.items.compactMap { item -> SceneItem.Text? in if case .text(let t) = item { t } else { nil } }
        // What the map must show, from the fixture's region.json, places and events: so the checks below do not
        // pass on a scene that lost its text.
        let strings = Set(texts.map(\.string))
        for expected in [
            "Marrowdale \u{2014} 6 March 2024", "Highland Council forces", "Coast League", "Delta Republic", "Highgate",
            "Saltmere / Salzmoor", "Eastport", "Coast League offensive on the Brackwater line",
        ] {
            #expect(strings.contains(expected), "'\(expected)' is not among \(strings.sorted())")
        }
        // Measured with the real fonts, in English and in Russian (longer words), no text runs off the image.
        let russian = try FixtureMap.scene(
            "2024-03-06",
            options: SceneOptions(
                width: shape.width, height: shape.height, catalog: Catalog(language: "ru"), layout: shape.layout))
        let russianStrings = Set(
            russian.items.compactMap { item -> String? in
                if case .text(let text) = item { text.string } else { nil }
            })
        for expected in ["Марроудейл \u{2014} 6 марта 2024", "силы Горного совета", "Береговая лига"] {
            #expect(russianStrings.contains(expected), "'\(expected)' is not among \(russianStrings.sorted())")
        }
        let image = PixelRect(x: 0, y: 0, width: shape.width, height: shape.height)
        for case .text(let text) in scene.items + russian.items {
            #expect(image.contains(text.box), "'\(text.string)' at \(text.box)")
        }
        for text in texts { #expect(text.size >= 14, "'\(text.string)' at \(text.size) px") }
        // The offensive's marker carries its number on the map.
        var badges = 0
        for case .icon(let icon) in scene.items where icon.badge != nil {
            #expect(icon.badgeTextSize >= 14)
            badges += 1
        }
        #expect(badges > 0)
        // The title begins with a capital ("Marrowdale — ..."): the rows of dark pixels over its first letter,
        // counted in the painted image, are its cap height.
        let title = try #require(texts.first { $0.layer == .furniture(.title) })
        #expect(title.string.first?.isUppercase == true)
        let painted = try renderer.image(of: scene)
        let left = Int(title.origin.x), right = Int(title.origin.x + title.size * 0.5)
        var inked = 0
        for y in Int(title.origin.y - title.size)...Int(title.origin.y) {
            var dark = false
            for x in left...right {
                let pixel = try painted.pixel(x: x, y: y)
                if (pixel.red + pixel.green + pixel.blue) / 3 < 0.5 { dark = true }
            }
            if dark { inked += 1 }
        }
        #expect(inked >= 24, "title capitals \(inked) px tall")
    }
}
