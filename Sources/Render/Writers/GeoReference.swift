import Foundation
import Projection
import Support

/// The files that georeference a PNG: an ESRI world file (`.pgw`) and a GDAL PAM sidecar
/// (`.png.aux.xml`) naming EPSG:3857, so `gdalinfo` reports the corners and QGIS drops the image in place.
public enum GeoReference {
    /// EPSG:3857 as WKT 1, as `gdalsrsinfo -o wkt1 EPSG:3857` (GDAL 3.6) prints it.
    public static let webMercatorWKT =
        #"PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]"#

    /// The PAM sidecar's text.
    public static var auxXML: String {
        "<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">\(webMercatorWKT)</SRS>\n</PAMDataset>\n"
    }

    /// The world file path beside an image: `map.png` → `map.pgw`.
    public static func worldFilePath(forImage path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().appendingPathExtension("pgw").path
    }

    /// The world file and the sidecar of an image, as files to write beside it (with
    /// `AtomicFile.write(together:)`, so that the image never appears without them).
    public static func files(
        besideImage path: String, viewport: Viewport, scale: Double
    ) -> [(path: String, data: Data)] {
        [
            (worldFilePath(forImage: path), Data(viewport.worldFile(scale: scale).utf8)),
            (path + ".aux.xml", Data(auxXML.utf8)),
        ]
    }
}
