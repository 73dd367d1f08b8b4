import ArgumentParser
import Chronomap

/// `--world-base`: Natural Earth's countries, borders, water and towns (`world/base.sqlite`), from which `init`
/// cuts a new region's base and every map draws its locator inset.
struct WorldBaseOptions: ParsableArguments {
    @Option(
        name: .customLong("world-base"),
        help: ArgumentHelp(
            "The world base file (default: $CHRONOMAP_WORLD, ./world/base.sqlite, ../share/chronomap/world/base.sqlite).",
            valueName: "file"))
    var worldBase: String?

    /// The world base file.
    /// - Throws: `CommandFailure` listing the places tried (usage when `--world-base` names a missing file).
    func path() throws(CommandFailure) -> String {
        do {
            return try DatasetLocator().resourceFile(explicit: worldBase, file: .worldBase)
        } catch {
            throw CommandFailure(worldBase == nil ? .failure : .usage, "--world-base: \(error.description)")
        }
    }
}

extension WorldBaseOptions {
    /// The locator inset's countries around an extent, from the world base. Without a world base (none given,
    /// none installed) the inset falls back to the data set's own base countries, and a warning says so.
    /// - Throws: `CommandFailure` when the world base given cannot be read, or GEOS fails on it.
    func locator(around extent: BoundingBox) throws(CommandFailure) -> LocatorBase? {
        let file: String
        do { file = try path() } catch {
            if worldBase != nil { throw error }
            printError("chronomap: warning: \(error.message); the locator inset shows the data set's own countries")
            return nil
        }
        do {
            return try LocatorBase(worldBase: WorldBase(path: file), around: extent, engine: GeometryEngine())
        } catch let error as WorldBaseError {
            throw CommandFailure(.failure, error.description)
        } catch {
            throw CommandFailure(.failure, "--world-base: \(error)")
        }
    }
}
