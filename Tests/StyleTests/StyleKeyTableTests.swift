import Foundation
import GeoJSON
import Testing
import _ChronomapTestSupport

@testable import Style

/// The table of style keys against the code that reads it and the README that documents it: a key nothing
/// reads, or nobody documented, fails here.
@Suite struct StyleKeyTableTests {
    static let tables = StyleProperty.Table.allCases

    /// A value the key's kind accepts that is not the key's default (for keys without a default, one that differs
    /// from what the symbolizer falls back to: the last choice, a number mid-range).
    static func nonDefault(_ key: AnyStyleKey) -> Any {
        switch key.kind {
        case .color: return "#123456"
        case .number(let range):
            let candidates = [(range.lowerBound + range.upperBound) / 2, range.lowerBound, range.upperBound]
            return candidates.first { JSONValue.number($0) != key.defaultJSON } ?? range.upperBound
        case .numbers: return [3.0, 5.0]
        case .string: return "{test}"
        case .choice(let choices): return choices.last { JSONValue.string($0) != key.defaultJSON } ?? choices[0]
        case .boolean: return key.defaultJSON != .bool(true)
        case .fonts: return ["bold"]
        }
    }

    /// A style with one layer of the table (or none, for the furniture) setting these keys to these values.
    static func decode(
        _ owner: StyleProperty.Owner, _ values: [(AnyStyleKey, Any)]
    ) throws -> (symbolizer: Symbolizer?, furniture: FurnitureStyle) {
        func members(_ wanted: (StyleProperty.Owner) -> Bool) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: values.filter { wanted($0.0.owner) }.map { ($0.0.name, $0.1) })
        }
        var style: [String: Any] = [
            "version": 1, "chronomap-fonts": ["regular": "/r.ttf", "bold": "/b.ttf"], "layers": [Any](),
        ]
        if owner == .furniture {
            style["chronomap-furniture"] = members { $0 == .furniture }
        } else if let table = owner.table {
            let (type, source): (String, String?) =
                switch table {
                case .background: ("background", nil)
                case .fill: ("fill", "zones")
                case .line: ("line", "routes")
                case .circle: ("circle", "places")
                case .icon: ("symbol", "events")
                case .text: ("symbol", "places")
                }
            var layer: [String: Any] = [
                "id": "a", "type": type, "paint": members { $0 == .paint(table) },
                "layout": members { $0 == .layout(table) },
            ]
            layer["source"] = source
            style["layers"] = [layer]
        }
        let parsed = try Style.read(JSONSerialization.data(withJSONObject: style))
        return (parsed.layers.first?.symbolizer, parsed.furniture)
    }

    static func owners(of table: StyleProperty.Table?) -> [StyleProperty.Owner] {
        table.map { [.paint($0), .layout($0)] } ?? [.furniture]
    }

    @Test(arguments: [nil] + tables)
    func everyKeyChangesWhatItsSymbolizerDraws(table: StyleProperty.Table?) throws {
        let keys = StyleProperty.keys.filter { $0.owner.table == table }
        #expect(!keys.isEmpty)
        let owner = Self.owners(of: table)[0]
        // Some keys only count with others (a hatch's spacing with its colour, a casing's colour with its width,
        // `symbol-placement` without `chronomap-placement`): each key is set on a layer that sets nothing else, and
        // on one that sets every other key.
        let everyKey = keys.map { ($0, Self.nonDefault($0)) }
        // Setting `icon-image` is what makes a symbol layer an icon layer, so the other icon keys need it.
        let iconImageName = StyleKey<String>.iconImage.name
        let iconImage = keys.first { $0.name == iconImageName }.map { [($0, $0.defaultJSON!.anyValue)] } ?? []
        for key in keys {
            var changes = false
            let bases = key.name == iconImageName ? [[]] : [iconImage, everyKey.filter { $0.0.name != key.name }]
            for others in bases {
                let without = try Self.decode(owner, others)
                let with = try Self.decode(owner, others + [(key, Self.nonDefault(key))])
                changes = changes || without.symbolizer != with.symbolizer || without.furniture != with.furniture
            }
            #expect(changes, "\(key.name) (\(key.owner)) changes nothing a symbolizer or the furniture draws")
        }
    }

    @Test(arguments: [nil] + tables)
    func settingEveryKeyChangesEveryField(table: StyleProperty.Table?) throws {
        let keys = StyleProperty.keys.filter { $0.owner.table == table }
        let decoded = try Self.decode(Self.owners(of: table)[0], keys.map { ($0, Self.nonDefault($0)) })
        let standard: Any, changed: Any
        switch (table, decoded.symbolizer) {
        case (nil, _): (standard, changed) = (FurnitureStyle.standard, decoded.furniture)
        case (.background, .background(let color)): (standard, changed) = (StyleColor.white, color)
        case (.fill, .fill(let fill)): (standard, changed) = (FillSymbolizer.standard, fill)
        case (.line, .line(let line)): (standard, changed) = (LineSymbolizer.standard, line)
        case (.circle, .circle(let circle)): (standard, changed) = (CircleSymbolizer.standard, circle)
        case (.icon, .icon(let icon)): (standard, changed) = (IconSymbolizer.standard, icon)
        case (.text, .text(let text)): (standard, changed) = (TextSymbolizer.standard, text)
        default:
            Issue.record("a \(String(describing: table)) layer decoded as \(String(describing: decoded.symbolizer))")
            return
        }
        // A colour is one field (the background's alpha stays 1).
        let fields =
            table == .background
            ? [((label: String?("color"), value: standard), (label: String?("color"), value: changed))]
            : Array(zip(Mirror(reflecting: standard).children, Mirror(reflecting: changed).children))
        #expect(!fields.isEmpty)
        for (before, after) in fields {
            #expect(
                String(describing: before.value) != String(describing: after.value),
                "\(before.label ?? "?") of \(type(of: changed)) keeps its default when every key is set")
        }
    }

    @Test func everyKeyIsDocumentedInItsRowOfTheStylesReadme() throws {
        let readme = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("styles/README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| ") }
        let rowStarts: [StyleProperty.Table?: String] = [
            nil: "| `chronomap-furniture` |", .background: "| background |", .fill: "| fill |", .line: "| line |",
            .circle: "| circle |", .icon: "| symbol (icons", .text: "| symbol (labels)",
        ]
        #expect(StyleProperty.keys.count > 50)
        for key in StyleProperty.keys {
            let start = try #require(rowStarts[key.owner.table])
            let row = try #require(rows.first { $0.hasPrefix(start) }, "styles/README.md has no row \(start)")
            #expect(row.contains("`\(key.name)`"), "styles/README.md's row \(start) does not name `\(key.name)`")
        }
    }

    @Test func thePublicInitialisersTakeTheTablesDefaults() {
        #expect(FillSymbolizer(color: FillSymbolizer.standard.color) == .standard)
        #expect(IconSymbolizer() == .standard)
        let line = LineSymbolizer.standard
        #expect(LineSymbolizer(color: line.color, width: line.width) == line)
        let circle = CircleSymbolizer.standard
        #expect(CircleSymbolizer(radius: circle.radius, color: circle.color) == circle)
        let text = TextSymbolizer.standard
        #expect(TextSymbolizer(template: text.template, size: text.size, color: text.color) == text)
        // Independent of the table: the MapLibre style specification's defaults, which these keys keep.
        #expect(line.width == 1 && line.opacity == 1 && line.dash.isEmpty)
        #expect(text.color == .black && text.transform == .none && text.placement == .point)
        #expect(FillSymbolizer.standard.color == .black && circle.color == .black && circle.strokeWidth == 0)
    }

    @Test func aMisspeltFurnitureKeyIsAnErrorAtItsPath() {
        do {
            _ = try Style.read(
                Data(
                    #"{"version":1,"chronomap-fonts":{"regular":"/f.ttf"},"layers":[],"chronomap-furniture":{"title-sise":20}}"#
                        .utf8))
            Issue.record("accepted a misspelt furniture key")
        } catch {
            #expect(
                error.description.hasPrefix(
                    #"<style>: chronomap-furniture.title-sise: unknown furniture key "title-sise"; expected one of "#))
        }
    }
}

extension JSONValue {
    /// The value as JSONSerialization takes it.
    fileprivate var anyValue: Any {
        switch self {
        case .null: NSNull()
        case .bool(let value): value
        case .number(let value): value
        case .string(let value): value
        case .array(let values): values.map(\.anyValue)
        case .object(let object): Dictionary(uniqueKeysWithValues: object.map { ($0.0, $0.1.anyValue) })
        }
    }
}
