import ArgumentParser
import Chronomap

@main
struct ChronomapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronomap",
        abstract: "Maps of a region as it was on a given date: render, export, timeline and validation.",
        discussion: "Data: data/nagorno-karabakh (or --data DIR, or $CHRONOMAP_DATA). Exit status: 0 success, 1 failure, 64 bad usage, 65 bad data.",
        subcommands: [Render.self, Compare.self, Tiles.self, Serve.self, Export.self, Timeline.self, Validate.self]
    )

    @Flag(name: .long, help: "Print the tool's and the data's versions.")
    var version = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        var line = "chronomap \(ChronomapVersion.string)"
        if let folder = try? DatasetLocator().dataDirectory(explicit: global.data),
           let dataset = try? Dataset.load(from: folder, checkingInvariants: false) {
            line += ", data \(dataset.region.id) \(dataset.region.version) (as of \(dataset.region.asOf))"
        } else {
            line += ", no data folder found"
        }
        print(line)
    }
}
