import ArgumentParser
import Chronomap

/// `--leaflet` of `serve` and `site`: the folder given, or the one the installation finds.
enum LeafletLocation {
    /// The option's help; it names the places tried rather than one path, which depends on the installation.
    static let help = ArgumentHelp(
        "The Leaflet folder (default: leaflet/ beside the executable or in ../share/chronomap, then "
            + "libjs-leaflet's /usr/share/javascript/leaflet).",
        valueName: "dir")

    /// The Leaflet folder to use.
    /// - Parameter explicit: the `--leaflet` argument, if given (checked when Leaflet is read).
    /// - Throws: `CommandFailure` listing the places tried when none holds Leaflet.
    static func folder(_ explicit: String?) throws(CommandFailure) -> String {
        if let explicit { return explicit }
        do { return try ResourceLocator.current.locate(.leaflet) } catch {
            throw CommandFailure(.failure, "--leaflet: \(error.description); apt-get install libjs-leaflet")
        }
    }
}
