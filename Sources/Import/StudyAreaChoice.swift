/// What `init` takes as the study area, the ground the control zones must cover.
public enum StudyAreaChoice: Sendable, Hashable {
    /// The land of the world base inside the extent: the sea is nobody's.
    case land
    /// The land of these countries (ISO 3166 alpha-3, breakaway units counted with their sovereign) inside the extent.
    case countries([String])
    /// The polygons of a file: GeoJSON, or KML, KMZ, GeoPackage, Shapefile and whatever else GDAL reads.
    case file(String)
}
