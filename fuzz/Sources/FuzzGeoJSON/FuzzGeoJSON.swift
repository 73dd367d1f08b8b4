import Chronomap
import Foundation
import FuzzSupport

/// Starts libFuzzer on `fuzz(_:_:)`.
@main enum FuzzGeoJSONMain {
    static func main() { runLibFuzzer(fuzz) }
}

/// libFuzzer's entry point: reads the input as GeoJSON. Diagnostics are expected; a crash, a hang
/// or a leak is a finding, and so is output of the writer that the reader rejects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let result = GeoJSONReader().read(Data(UnsafeBufferPointer(start: data, count: size)), file: "fuzz.geojson")
    for diagnostic in result.diagnostics {
        _ = diagnostic.description
    }
    // What reads without errors must be written as GeoJSON that reads without errors again.
    guard let object = result.object, !result.hasErrors else { return 0 }
    let written = GeoJSONWriter().data(for: object)
    let reread = GeoJSONReader().read(written, file: "written.geojson")
    if reread.hasErrors || reread.object == nil {
        let problems = reread.diagnostics.map(\.description).joined(separator: "\n")
        fatalError("the writer's output does not read back:\n\(problems)\n\(String(decoding: written, as: UTF8.self))")
    }
    return 0
}
