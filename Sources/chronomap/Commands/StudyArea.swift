import ArgumentParser
import Chronomap
import Foundation

extension ChronomapCommand {
    /// `chronomap study-area`: the ground a data set's control zones cover, shown or changed.
    struct StudyArea: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "study-area",
            abstract: "Show the data set's study area (the ground the control zones cover), or change it.",
            discussion: """
                With no argument, prints the study area's size and the base's countries it lies in. With one, sets it as \
                `init --study-area` would have: the land of the countries named (ISO 3166 alpha-3 codes), all the land inside \
                the extent (land), or a file's polygons; cut from the data set's own base. Only study_area in region.json \
                changes: the rest of the file keeps its bytes. Zones made for the old study area must be imported again \
                (a warning says so).
                """)

        @Argument(
            help: ArgumentHelp(
                "The new study area: ISO 3166 alpha-3 codes (FRA or BEL,LUX), land (all the land inside the extent), or a file of polygons (GeoJSON, KML, KMZ, GeoPackage, Shapefile).",
                valueName: "codes|land|file"))
        var studyArea: StudyAreaArgument?

        @OptionGroup var global: GlobalOptions

        @OptionGroup var world: WorldBaseOptions

        func validate() throws {
            if case .file(let file)? = studyArea?.choice, !FileManager.default.fileExists(atPath: file) {
                throw ValidationError("\(file): no such file (nor ISO 3166 alpha-3 codes, nor land)")
            }
            // Changing a data set found by default would be a surprise: the folder is named.
            if studyArea != nil { try ChronomapCommand.Import.requireDataSet(global.data, toChange: true) }
        }

        func run() throws {
            try reportingFailures {
                global.bootstrapLogging()
                let folder = try global.dataDirectory()
                // The world base only adds the extent that holds the countries named; without one, that is left out.
                let worldBase = world.worldBase == nil ? try? world.path() : try world.path()
                let report: StudyAreaEditor.Report
                do throws(ImportError) {
                    report = try StudyAreaEditor().run(
                        StudyAreaEditor.Request(
                            dataDirectory: folder, studyArea: studyArea?.choice, worldBase: worldBase))
                } catch {
                    throw CommandFailure(error.status, error.description)
                }
                for warning in report.warnings { printError("warning: \(warning)") }
                let size = report.size
                guard studyArea != nil else {
                    print("study area: \(size)")
                    return
                }
                if let file = report.file {
                    printError("the study area is now \(size)")
                    print(file)
                } else {
                    printError("the study area is already this one: \(size); nothing changed")
                }
            }
        }
    }
}
