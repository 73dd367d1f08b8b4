import Foundation
import GeoJSON
import Support

/// What a site's tiles were drawn from (`site.json`): a re-run adds to a folder only when the same data, style
/// and settings would draw the same tiles, so a site never mixes tiles of two data versions or two styles.
struct SiteManifest: Sendable, Equatable {
    var region: String
    var dataVersion: String
    var style: String
    var isOverlay: Bool
    var language: String
    var names: String
    var bbox: [Double]

    static let fileName = "site.json"

    var json: JSONValue {
        [
            "generator": "chronomap site",
            "region": .string(region), "chronomap_data_version": .string(dataVersion), "style": .string(style),
            "overlay": .bool(isOverlay), "lang": .string(language), "names": .string(names),
            "bbox": .array(bbox.map { .number(($0 * 1e6).rounded() / 1e6) }),
        ]
    }

    /// The manifest of a folder, if it has one that can be read.
    static func read(in folder: String) -> SiteManifest? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return SiteManifest(
            region: object["region"] as? String ?? "", dataVersion: object["chronomap_data_version"] as? String ?? "",
            style: object["style"] as? String ?? "", isOverlay: object["overlay"] as? Bool ?? false,
            language: object["lang"] as? String ?? "", names: object["names"] as? String ?? "",
            bbox: (object["bbox"] as? [Double]) ?? [])
    }

    /// What differs from another manifest, in words ("data version 1.0 here, 1.1 now").
    func differences(from other: SiteManifest) -> [String] {
        var differences: [String] = []
        func compare(_ what: String, _ was: String, _ now: String) {
            if was != now { differences.append("\(what) \(was) there, \(now) now") }
        }
        compare("region", other.region, region)
        compare("data version", other.dataVersion, dataVersion)
        compare("style", other.style, style)
        compare("overlay", String(other.isOverlay), String(isOverlay))
        compare("--lang", other.language, language)
        compare("--names", other.names, names)
        let rounded = { (box: [Double]) in box.map { ($0 * 1e6).rounded() / 1e6 } }
        if rounded(other.bbox) != rounded(bbox) {
            differences.append("extent \(rounded(other.bbox).map { "\($0)" }.joined(separator: ",")) there")
        }
        return differences
    }

    func write(in folder: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(Data((JSONTextWriter.string(json) + "\n").utf8), to: folder + "/" + Self.fileName)
    }
}
