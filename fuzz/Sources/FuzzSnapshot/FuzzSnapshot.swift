import Chronomap
import Foundation
import FuzzSupport

/// Starts libFuzzer on `fuzz(_:_:)`.
@main enum FuzzSnapshotMain {
    static func main() { runLibFuzzer(fuzz) }
}

/// A two-party data set in a scratch folder, made once per process with `chronomap init`'s code.
let dataDirectory: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronomap-fuzz-\(getpid())").path
    let box = BoundingBox(
        southWest: Position(longitude: 0, latitude: 0), northEast: Position(longitude: 1, latitude: 1))
    guard let day = try? Day(iso: "2024-01-01"),
        (try? DataSetInitializer().create(
            DataSetInitializer.Request(
                directory: folder, id: "fuzz", name: "Fuzz", extent: box, firstDate: day, asOf: day,
                parties: [("a", "A"), ("b", "B")])))
            != nil
    else { fatalError("cannot make the fuzz data set in \(folder)") }
    return folder
}()

/// libFuzzer's entry point: the input is one snapshot file of 1 January 2024, imported into the data set with
/// `--fill b`. `ImportError`s are expected; a crash, a hang or a leak is a finding, and so is an import that
/// reports success but leaves a data set that does not validate.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = dataDirectory + "/../snapshot-2024-01-01.geojson"
    FileManager.default.createFile(atPath: file, contents: Data(UnsafeBufferPointer(start: data, count: size)))
    let request = SnapshotImporter.Request(
        files: [file], dataDirectory: dataDirectory, controllerProperty: "holder", fill: "b")
    do {
        _ = try SnapshotImporter().run(request)
        let problems = Dataset.validate(directory: dataDirectory).filter(\.isError)
        if !problems.isEmpty { fatalError("imported, but the data set does not validate: \(problems[0])") }
    } catch {
        _ = "\(error)"
    }
    return 0
}
