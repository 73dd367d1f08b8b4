import Chronology
import Localization

/// How a comparison names who held what: the party's legend wording from region.json in the output's language,
/// and the catalog's word for contested ground.
public struct ControllerNaming: Sendable {
    public let region: Region
    public let catalog: Catalog

    /// - Parameters:
    ///   - region: the parties' wording.
    ///   - catalog: the language.
    public init(region: Region, catalog: Catalog) {
        self.region = region
        self.catalog = catalog
    }

    /// The wording of a controller: the party's `name`, "Contested", or "Changing hands" for the areas' reserved key.
    public func name(of controller: Controller) -> String {
        if controller.isContested { return catalog.text(.zoneContested) }
        if controller == .transition { return catalog.text(.zoneChangingHands) }
        return region.party(controller.id)?.name.text(in: catalog.language) ?? controller.id
    }

    /// "A → B".
    public func direction(from: Controller, to: Controller) -> String {
        catalog.text(.changeDirection, ["from": name(of: from), "to": name(of: to)])
    }
}
