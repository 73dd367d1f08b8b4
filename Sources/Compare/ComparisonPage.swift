import Changes
import Chronology
import Description
import Foundation
import GeoJSON
import Localization
import Support

/// The self-contained comparison page (no network): both maps as data, a draggable divider, and what changed
/// hands. The page is a run-time file (``RunTimeFile/comparePage``: `Resources/ComparePage/compare.html`, `.css`,
/// `.js`); only its texts and the summary JSON are generated.
enum ComparisonPage {
    static func html(
        before: Data, after: Data, beforeDay: Day, afterDay: Day, changes: ChangeSet, region: Region,
        naming: ControllerNaming
    ) throws(TemplateError) -> String {
        let catalog = naming.catalog
        func resource(_ name: String, _ ext: String) throws(TemplateError) -> String {
            let folder: String
            do { folder = try ResourceLocator.current.locate(.comparePage) } catch {
                throw TemplateError(message: error.description)
            }
            let url = URL(fileURLWithPath: folder).appendingPathComponent("\(name).\(ext)")
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw TemplateError(
                    message: "the comparison page's \(name).\(ext) is missing from the installation: \(url.path)")
            }
            return try HTMLTemplate(contentsOf: url).text
        }
        let summary: JSONValue = [
            "nothing_changed": .string(catalog.text(.pairNothingChanged)),
            "changes": .array(
                changes.areas.map { change in
                    [
                        "direction": .string(naming.direction(from: change.from, to: change.to)),
                        "area": .string(catalog.area(squareKilometres: change.areaKm2)),
                    ]
                }),
            "places": .array(
                changes.places.map { change in
                    let outside = catalog.text(.outsideStudyArea)
                    let direction = catalog.text(
                        .changeDirection,
                        ["from": change.from.map(naming.name) ?? outside, "to": change.to.map(naming.name) ?? outside])
                    return [
                        "name": .string(change.place.englishName ?? change.place.id), "direction": .string(direction),
                    ]
                }),
        ]
        let title = region.title.text(in: catalog.language)
        let template = HTMLTemplate(try resource("compare", "html"))
        return try template.filled(
            text: [
                "lang": catalog.language,
                "title": catalog.text(
                    .pageTitleTwoDates,
                    ["title": title, "before": catalog.longDate(beforeDay), "after": catalog.longDate(afterDay)]),
                "heading": title, "before_label": catalog.longDate(beforeDay),
                "after_label": catalog.longDate(afterDay),
                "before_alt": catalog.text(.pageMapOf, ["date": catalog.longDate(beforeDay)]),
                "after_alt": catalog.text(.pageMapOf, ["date": catalog.longDate(afterDay)]),
                "divider_label": catalog.text(.pageDividerLabel), "changes_heading": catalog.text(.pageChangesHeading),
                "places_heading": catalog.text(.pagePlacesHeading),
                "footnote": catalog.text(
                    .pageFootnote,
                    [
                        "region": region.id, "version": region.version, "date": catalog.longDate(region.asOf),
                        "attribution": region.attribution.text(in: catalog.language),
                    ]),
            ],
            raw: [
                "css": try resource("compare", "css"), "script": try resource("compare", "js"),
                "before_png": before.base64EncodedString(), "after_png": after.base64EncodedString(),
                "summary": HTMLTemplate.scriptSafeJSON(JSONTextWriter.string(summary)),
            ])
    }
}
