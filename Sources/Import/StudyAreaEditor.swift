import Chronology
import Foundation
import GeoJSON
import Geodesy
import Support
import Topology
import WorldBase

/// Sets the study area of an existing data set (`chronomap study-area`): the land of the countries named, or all the
/// land inside the extent, cut from the data set's own base as `init` cuts it from the world base; or a file's
/// polygons. Only the `study_area` member of `region.json` changes, byte for byte; the control zones made for the
/// old study area are left for `import snapshots` to make again, and a warning says so.
public struct StudyAreaEditor: Sendable {
    /// What to change.
    public struct Request: Sendable {
        public var dataDirectory: String
        /// The new study area; nil only reports the one the data set has.
        public var studyArea: StudyAreaChoice?
        /// The world base, only for the extent that holds the countries named; nil leaves that warning out.
        public var worldBase: String?

        /// - Parameters: as described on each property.
        public init(dataDirectory: String, studyArea: StudyAreaChoice?, worldBase: String? = nil) {
            self.dataDirectory = dataDirectory
            self.studyArea = studyArea
            self.worldBase = worldBase
        }
    }

    /// What changed.
    public struct Report: Sendable {
        /// `region.json`'s path when it was rewritten; nil when the study area was already this one.
        public var file: String?
        /// The study area's land in each country of the base, largest first: (name, km²). Slivers of the base's
        /// borders at 1:10 million (under 1 km² or a hundredth of the whole) are left out.
        public var countries: [(name: String, km2: Double)]
        /// The whole study area (km², on the WGS 84 ellipsoid).
        public var km2: Double
        /// "1,585 km² (Westland 1,108 km², Eastland 477 km²)": the whole and its countries.
        public var size: String
        /// The countries named reach beyond the extent, the extent holds no land, and the like; and control zones
        /// made for the old study area.
        public var warnings: [String]
    }

    public init() {}

    /// Cuts the new study area and writes it into `region.json`, or, with no new one, measures the study area.
    /// - Throws: `ImportError`: bad data when the data set or the file cannot be read, usage for a code with no land
    ///   inside the extent, failure when GEOS fails or the file cannot be written.
    public func run(_ request: Request) throws(ImportError) -> Report {
        let folder = request.dataDirectory
        let dataset: Dataset
        do { dataset = try Dataset.load(from: folder, checkingInvariants: false) } catch {
            throw ImportError(.badData, error.diagnostics.filter(\.isError).map(\.description))
        }
        let engine: GeometryEngine
        let countries: [BaseCountry]
        do {
            engine = try GeometryEngine()
            countries = try BaseCountry.all(in: dataset, engine: engine)
        } catch {
            throw ImportError(.failure, "cannot read the base's countries: \(error)")
        }
        var warnings: [String] = []
        var area: Geometry?
        switch request.studyArea {
        case nil: area = dataset.region.studyArea
        case .file(let file)?: area = try DataSetInitializer.studyArea(from: file, engine: engine)
        case let choice?:
            let worldBase: WorldBase?
            do {
                worldBase = try request.worldBase.map { path throws(WorldBaseError) in try WorldBase(path: path) }
            } catch {
                throw ImportError(.failure, error.description)
            }
            var cut = StudyAreaCut(
                dataDirectory: folder, extent: dataset.region.extent, worldBase: worldBase, engine: engine)
            cut.isInit = false
            let (land, warning) = try cut.studyArea(choice, countries: countries)
            area = land
            if let warning { warnings.append(warning) }
        }
        var boxRegion = dataset.region
        boxRegion.studyArea = nil
        let newArea = area ?? boxRegion.studyAreaGeometry
        let shares: [CountryShare]
        do { shares = try CountryShare.of(TopologyGeometry(newArea, engine: engine), in: countries) } catch {
            throw ImportError(.failure, "cannot measure the study area: \(error)")
        }
        let km2 = Geodesic.wgs84.areaInSquareKilometres(of: newArea)
        // A file's polygons may take in sea, which the land choices never do: zones must then cover it too.
        let outside = km2 - shares.reduce(0) { $0 + $1.km2 }
        if case .file(let file)? = request.studyArea, !countries.isEmpty, outside >= max(1, km2 / 100) {
            warnings.append(
                "\(file): \(AreaText.squareKilometres(outside)) of the study area lies in no country of the base (sea, "
                    + "or land the base lacks): control zones must cover it too")
        }
        var report = Report(
            file: nil, countries: shares.map { ($0.country.name, $0.km2) }, km2: km2,
            size: AreaText.squareKilometres(km2) + (shares.isEmpty ? "" : " (\(CountryShare.list(shares)))"),
            warnings: warnings)
        // As written: the grid's coordinates read back as the nearest doubles, not always the snapped ones.
        let writer = GeoJSONWriter()
        guard writer.string(for: newArea) != writer.string(for: dataset.region.studyAreaGeometry) else {
            return report
        }
        try write(newArea, into: folder + "/region.json")
        report.file = folder + "/region.json"
        let zones = dataset.features(in: .zones).filter(\.isControlZone).count
        if zones > 0 {
            report.warnings.append(
                "zones.geojson: its \(zones == 1 ? "control zone was" : "\(zones) control zones were") cut to the "
                    + "old study area: run chronomap import snapshots again (with --fill where the snapshots leave "
                    + "ground to a party), then chronomap validate")
        }
        return report
    }

    /// Writes `region.json` with only its `study_area` changed, after checking that the new text reads as the old
    /// one with that member, and nothing else, changed.
    func write(_ area: Geometry, into path: String) throws(ImportError) {
        let text: [UInt8]
        do { text = Array(try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw ImportError(.failure, "\(path): cannot read: \(error.localizedDescription)")
        }
        let value: JSONValue
        do { value = try GeoJSONReader.parseJSON(Data(GeoJSONWriter().string(for: area).utf8), file: nil) } catch {
            throw ImportError(.failure, "cannot write the study area: \(error)")
        }
        guard let spliced = JSONMemberSplice.setting("study_area", to: value, in: text) else {
            throw ImportError(.badData, "\(path): is not a JSON object")
        }
        do {
            guard case .object(var old) = try GeoJSONReader.parseJSON(Data(text), file: path),
                case .object(var new) = try GeoJSONReader.parseJSON(Data(spliced), file: path)
            else { throw ImportError(.badData, "\(path): is not a JSON object") }
            let written = new["study_area"]
            old["study_area"] = nil
            new["study_area"] = nil
            guard old == new, written == value else {
                throw ImportError(.failure, "\(path): the new study area did not splice into the file cleanly")
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(.failure, "\(path): \(error)")
        }
        do { try AtomicFile.write(Data(spliced), to: path) } catch { throw ImportError(.failure, error.description) }
    }
}
