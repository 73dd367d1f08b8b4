/// A file or folder the tool reads at run time, by where it lies in an installation and in a source checkout:
/// the one table of them, which `scripts/install.sh` mirrors (a file added here is a line added there).
///
/// An installation keeps every one under one root, `share/chronomap/` (or the executable's own folder), with
/// the short paths of ``installedPath``. A source checkout keeps some where their module is
/// (``sourcePath``), so that editing a catalog or the viewer needs no copy step.
public struct RunTimeFile: Sendable, Hashable, CustomStringConvertible {
    /// Its path under an installation's root: `styles/default.json`, `catalogs`.
    public let installedPath: String
    /// Its path under the root of a source checkout, or `nil` when a checkout does not hold it.
    public let sourcePath: String?
    /// Whether it is a folder (a file otherwise); a candidate of the other kind does not count.
    public let isDirectory: Bool
    /// A file a folder must hold to count (`leaflet.js`): an empty folder, such as a package's leftover or a mount
    /// point, is passed over for the next place.
    public let marker: String?
    /// What it is, for messages: "style file", "furniture catalogs".
    public let what: String
    /// Absolute paths tried after the installation's own copy: where a system package puts it.
    public let systemPaths: [String]
    /// The environment variable that may name it instead (`CHRONOMAP_STYLE`), tried before the working folder.
    public let environmentVariable: String?

    /// - Parameters:
    ///   - installedPath: its path under `share/chronomap/` or beside the executable.
    ///   - sourcePath: its path in a source checkout (default: the same as `installedPath`; `nil`: none).
    ///   - isDirectory: a folder rather than a file.
    ///   - marker: a file the folder must hold to count.
    ///   - what: its name in messages.
    ///   - systemPaths: absolute paths tried last.
    ///   - environmentVariable: a variable that may name it.
    public init(
        installedPath: String, sourcePath: String?, isDirectory: Bool, marker: String? = nil, what: String,
        systemPaths: [String] = [], environmentVariable: String? = nil
    ) {
        self.installedPath = installedPath
        self.sourcePath = sourcePath
        self.isDirectory = isDirectory
        self.marker = marker
        self.what = what
        self.systemPaths = systemPaths
        self.environmentVariable = environmentVariable
    }

    public var description: String { what }

    /// A style file of `styles/`: `style(named: "default.json")`.
    public static func style(named name: String) -> RunTimeFile {
        RunTimeFile(
            installedPath: "styles/" + name, sourcePath: "styles/" + name, isDirectory: false, what: "style file",
            environmentVariable: "CHRONOMAP_STYLE")
    }

    /// A bundled data set's folder, `data/<name>`.
    public static func dataSet(named name: String) -> RunTimeFile {
        RunTimeFile(
            installedPath: "data/" + name, sourcePath: "data/" + name, isDirectory: true, marker: "region.json",
            what: "data folder")
    }

    /// The furniture catalogs, one `<language>.json` each.
    public static let catalogs = RunTimeFile(
        installedPath: "catalogs", sourcePath: "Sources/Localization/Resources/Catalogs", isDirectory: true,
        marker: "en.json", what: "furniture catalogs")

    /// The viewer's pages, scripts and style sheets.
    public static let viewer = RunTimeFile(
        installedPath: "viewer", sourcePath: "Sources/Viewer/Resources/Viewer", isDirectory: true,
        marker: "index.html", what: "viewer's files")

    /// The comparison page's HTML, CSS and script.
    public static let comparePage = RunTimeFile(
        installedPath: "compare", sourcePath: "Sources/Compare/Resources/ComparePage", isDirectory: true,
        marker: "compare.html", what: "comparison page's files")

    /// The name of the data set installed with the tool: packaging configuration, so that the engine names no
    /// region.
    public static let defaultDataSetName = RunTimeFile(
        installedPath: "default-data-set.txt", sourcePath: "Sources/Chronology/Resources/default-data-set.txt",
        isDirectory: false, what: "name of the bundled data set")

    /// The world base map (a SQLite file), with its README beside it.
    public static let worldBase = RunTimeFile(
        installedPath: "world/base.sqlite", sourcePath: "world/base.sqlite", isDirectory: false,
        what: "world base", environmentVariable: "CHRONOMAP_WORLD")

    /// Leaflet, the viewer's map library: `leaflet.js`, `leaflet.css`, `images/`. A checkout holds none; the
    /// installation copies Debian's libjs-leaflet, which is also tried itself.
    public static let leaflet = RunTimeFile(
        installedPath: "leaflet", sourcePath: nil, isDirectory: true, marker: "leaflet.js", what: "Leaflet folder",
        systemPaths: ["/usr/share/javascript/leaflet"])
}
