import Chronology
import GeoJSON
import Geodesy
import Localization

/// Fills a `text-field` template for a feature: `{name}` follows the names rule, `{chronomap:controller}` is the
/// zone's "held by ..." in the map's language with the party's short wording from region.json, `{chronomap:area}`
/// its geodesic area, and any other `{key}` the property's value.
struct TextTemplate {
    let template: String
    let names: NameRule
    let catalog: Catalog
    let region: Region

    func text(for feature: DatedFeature) -> String {
        Placeholders.fill(template) { value(of: $0, for: feature) }
    }

    /// Whether the text of the feature includes a dual name.
    func showsDualName(for feature: DatedFeature) -> Bool {
        template.contains("{name}") && names.isDual(feature)
    }

    func value(of key: String, for feature: DatedFeature) -> String {
        switch key {
        case "name": return names.label(for: feature)
        case "chronomap:controller":
            guard let controller = feature.controller else { return "" }
            if controller.isContested { return catalog.text(.zoneContested) }
            let party = region.party(controller.id)?.short.text(in: catalog.language) ?? controller.id
            return catalog.text(.zoneHeldBy, ["party": party])
        case "chronomap:area":
            guard let geometry = feature.geometry else { return "" }
            return catalog.area(squareKilometres: Geodesic.wgs84.areaInSquareKilometres(of: geometry))
        default:
            switch feature.feature.properties?[key] {
            case .string(let text)?: return text
            case .number(let number)?: return JSONNumberFormatter.format(number)
            default: return ""
            }
        }
    }
}
