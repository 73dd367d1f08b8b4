import ArgumentParser
import Chronomap
import Foundation
import Logging
import TileServer

extension ChronomapCommand {
    /// `chronomap serve`: tiles, TileJSON and GeoJSON of any day over HTTP, and a viewer with a date slider.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve tiles of any date over HTTP, with a viewer page (a map with a date slider).",
            discussion: """
                Routes: / (the viewer, the same page and URL scheme as `chronomap site`: #2023-09-19/10/39.82/46.75, #D1..D2/z/lat/lon), \
                /embed.html, /tiles/<date>/{z}/{x}/{y}.png (and {y}@2x.png, zooms 0-16), /tiles/<date>.json (TileJSON), \
                /export/<date>.geojson, /events/<date>.json, /legend/<date>/<z>.json, /changes/<d1>_<d2>.geojson, /dates.json. \
                Tiles are rendered on demand and kept in memory (--cache-mb). The viewer needs Leaflet from libjs-leaflet; it works \
                with no internet. Ctrl-C stops the server.
                """)

        @Option(
            name: .long,
            help: ArgumentHelp("The address to listen on (0.0.0.0 for every interface).", valueName: "address"))
        var host: String = "127.0.0.1"

        @Option(name: .long, help: ArgumentHelp("The TCP port (0 for any free port).", valueName: "port"))
        var port: Int = 8080

        @Option(
            name: .customLong("cache-mb"),
            help: ArgumentHelp("Memory for rendered tiles, in megabytes (0 for none).", valueName: "MB"))
        var cacheMegabytes: Int = 256

        @Option(
            name: .customLong("max-renders"),
            help: ArgumentHelp("Renders run at the same time (default: one per core).", valueName: "n"))
        var maximumRenders: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(
            name: .customLong("max-queue"),
            help: ArgumentHelp(
                "Renders that may wait for a worker; beyond them requests get 503 with Retry-After.", valueName: "n"))
        var maximumQueue: Int = 32

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Seconds a request waits for its render before a 503 with Retry-After (the render is still cached).",
                valueName: "seconds"))
        var deadline: Double = 10

        @Option(name: .long, help: LeafletLocation.help)
        var leaflet: String?

        @OptionGroup var labels: LabelOptions

        @OptionGroup var reading: BasemapOptions
        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard (0...65535).contains(port) else {
                throw ValidationError("--port: \(port) is not a TCP port (0 to 65535)")
            }
            guard cacheMegabytes >= 0 else { throw ValidationError("--cache-mb: must be 0 or more megabytes") }
            guard maximumRenders >= 1 else { throw ValidationError("--max-renders: must be 1 or more") }
            guard maximumQueue >= 0 else { throw ValidationError("--max-queue: must be 0 or more") }
            guard deadline.isFinite, deadline > 0 else {
                throw ValidationError("--deadline: must be a number of seconds above 0")
            }
            guard !host.isEmpty else { throw ValidationError("--host: give an address such as 127.0.0.1") }
        }

        func run() async throws {
            var server: MapServer?
            try reportingFailures {
                let dataset = try global.loadDataset()
                let renderer = try style.makeRenderer(variant: reading.styleVariant)
                let options = try labels.sceneOptions(for: dataset.region)
                let configuration = TileServerConfiguration(
                    host: host, port: port, cacheSizeInMegabytes: cacheMegabytes,
                    leafletDirectory: try LeafletLocation.folder(leaflet),
                    maximumConcurrentRenders: maximumRenders, maximumQueuedRenders: maximumQueue,
                    renderDeadline: .milliseconds(Int((deadline * 1000).rounded())))
                let chosenBasemap = try reading.chosenBasemap()
                do {
                    server = try MapServer(
                        dataset: dataset, renderer: renderer, configuration: configuration, options: options,
                        logger: Logger(label: "chronomap.server"), basemap: chosenBasemap, isOverlay: reading.overlay)
                } catch {
                    throw CommandFailure(.failure, "\(error)")
                }
            }
            guard let server else { return }
            let configuration = server.configuration
            do {
                try await server.run { port in
                    // Unbuffered: a script waiting for this line must see it while the server runs.
                    FileHandle.standardOutput.write(Data("serving on \(configuration.url(port: port))\n".utf8))
                }
            } catch {
                printError("chronomap: \(error)")
                throw ExitCode(CommandFailure.Status.failure.rawValue)
            }
        }
    }
}
