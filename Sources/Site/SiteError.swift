import Support
import Viewer

/// Why a site cannot be built.
public enum SiteError: Error, Sendable, CustomStringConvertible {
    /// The folder holds a site made from other data or with other settings: its tiles would not match.
    case otherSite(folder: String, differences: [String])
    /// A file cannot be written.
    case writing(AtomicFile.WriteError)
    /// The viewer's files or Leaflet's cannot be had.
    case viewer(ViewerError)
    /// Drawing a map, or computing what changed hands, failed.
    case work(String)

    public var description: String {
        switch self {
        case .otherSite(let folder, let differences):
            "\(folder) holds a site made with other settings (\(differences.joined(separator: "; "))): "
                + "choose another --out folder, or delete this one"
        case .writing(let error): error.description
        case .viewer(let error): error.description
        case .work(let message): message
        }
    }
}
