import Foundation
import Style
import Testing

/// Symbolizers decoded from their properties, with the one table's defaults where the style says nothing.
@Suite struct SymbolizerTests {
    static func layer(_ json: String) throws -> StyleLayer {
        let text = ##"{"version":1,"chronomap-fonts":{"regular":"/f.ttf","bold":"/b.ttf"},"layers":[\##(json)]}"##
        let style = try Style.read(Data(text.utf8))
        return try #require(style.layers.first)
    }

    @Test func aFillWithNoPaintIsOpaqueBlackWithoutOutlineOrHatch() throws {
        guard case .fill(let fill) = try Self.layer(##"{"id":"a","type":"fill","source":"zones"}"##).symbolizer else {
            Issue.record("not a fill")
            return
        }
        // MapLibre's documented defaults: fill-color #000000, fill-opacity 1.
        #expect(fill.color == StyleColor(red: 0, green: 0, blue: 0, alpha: 1))
        #expect(fill.hatch == nil && fill.outlineColor == nil)
        #expect(fill.outlineWidth == 1)
    }

    @Test func fillOpacityMultipliesTheColoursAlpha() throws {
        guard
            case .fill(let fill) = try Self.layer(
                ##"{"id":"a","type":"fill","source":"zones","paint":{"fill-color":"rgba(255, 0, 0, 0.5)","fill-opacity":0.5}}"##
            ).symbolizer
        else {
            Issue.record("not a fill")
            return
        }
        #expect(fill.color == StyleColor(red: 1, green: 0, blue: 0, alpha: 0.25))
    }

    @Test func hatchingTakesItsDefaultsFromTheTable() throws {
        guard
            case .fill(let fill) = try Self.layer(
                ##"{"id":"a","type":"fill","source":"zones","paint":{"chronomap-hatch-color":"#ff0000"}}"##
            ).symbolizer
        else {
            Issue.record("not a fill")
            return
        }
        #expect(
            fill.hatch == Hatch(color: StyleColor(red: 1, green: 0, blue: 0), spacing: 8, angleDegrees: 45, width: 1.5))
    }

    @Test func lineOpacityAppliesToTheCasingOfRecentEventsToo() throws {
        let json =
            ##"{"id":"a","type":"line","source":"events","paint":{"line-color":"#000","line-opacity":0.9,"chronomap-recent-opacity":0.4,"chronomap-casing-color":"#fff","chronomap-casing-width":4}}"##
        guard case .line(let line) = try Self.layer(json).symbolizer else {
            Issue.record("not a line")
            return
        }
        #expect(line.opacity == 0.9 && line.recentOpacity == 0.4)
        #expect(line.casing == Casing(color: .white, width: 4))
        #expect(line.roundCaps && line.join == .round && !line.hasArrowhead)
    }

    @Test func aCasingWithoutWidthIsNoCasing() throws {
        guard
            case .line(let line) = try Self.layer(
                ##"{"id":"a","type":"line","source":"routes","paint":{"chronomap-casing-color":"#fff"}}"##
            ).symbolizer
        else {
            Issue.record("not a line")
            return
        }
        #expect(line.casing == nil)
    }

    @Test func symbolLayersWithAnIconImageDrawIconsAndTheRestLabels() throws {
        guard
            case .icon(let icon) = try Self.layer(
                ##"{"id":"a","type":"symbol","source":"events","layout":{"icon-image":"{kind}","icon-size":2}}"##
            ).symbolizer
        else {
            Issue.record("not an icon")
            return
        }
        #expect(icon.radius == 18)
        guard
            case .text(let text) = try Self.layer(
                ##"{"id":"a","type":"symbol","source":"places","layout":{"text-font":["bold"],"chronomap-placement":"interior"}}"##
            ).symbolizer
        else {
            Issue.record("not a label")
            return
        }
        #expect(
            text.template == "{name}" && text.fontRole == "bold" && text.placement == .interior && text.priority == 100)
        #expect(text.haloColor == nil && text.haloWidth == 0)
    }

    @Test func iconPropertiesAreRefusedOnLabelLayers() {
        #expect(throws: StyleError.self) {
            try Self.layer(##"{"id":"a","type":"symbol","source":"places","paint":{"icon-halo-color":"#fff"}}"##)
        }
    }

    @Test func squareMarkersAreAStyleChoice() throws {
        guard
            case .circle(let circle) = try Self.layer(
                ##"{"id":"a","type":"circle","source":"places","layout":{"chronomap-marker-shape":"square"}}"##
            ).symbolizer
        else {
            Issue.record("not a circle")
            return
        }
        #expect(circle.isSquare && circle.radius == 3)
    }

    @Test func aRepeatedLayerIsRecolouredHatchAndOutlineIncluded() throws {
        let layer = try Self.layer(
            ##"{"id":"o","type":"fill","source":"zones","chronomap-repeat":{"for":"overlays","property":"kind","hatch-angle-step":60},"paint":{"fill-color":"rgba(0, 0, 0, 0)","fill-outline-color":"#000","chronomap-hatch-color":"rgba(0, 0, 0, 0.5)","chronomap-hatch-angle":-45}}"##
        )
        #expect(layer.repetition == StyleLayer.Repetition(subject: .overlays, property: "kind", hatchAngleStep: 60))
        guard case .fill(let fill) = layer.recoloured(StyleColor(red: 1, green: 0, blue: 0), hatchTurn: 60) else {
            Issue.record("not a fill")
            return
        }
        #expect(fill.color.alpha == 0)
        #expect(fill.outlineColor == StyleColor(red: 1, green: 0, blue: 0))
        #expect(fill.hatch?.color == StyleColor(red: 1, green: 0, blue: 0, alpha: 0.5))
        #expect(fill.hatch?.angleDegrees == 15)
    }
}
