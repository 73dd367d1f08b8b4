import Chronomap
import Foundation
import FuzzSupport

/// Starts libFuzzer on `fuzz(_:_:)`.
@main enum FuzzJSONMain {
    static func main() { runLibFuzzer(fuzz) }
}

/// libFuzzer's entry point: parses the input as JSON. Syntax errors are expected; a crash, a
/// hang or a leak is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Data(UnsafeBufferPointer(start: data, count: size))
    do {
        let value = try GeoJSONReader.parseJSON(input, file: "fuzz.json")
        // Whatever parses must be writable, and written text must parse back to the same value.
        let text = JSONTextWriter.string(value)
        let reparsed = try GeoJSONReader.parseJSON(Data(text.utf8), file: "written.json")
        if reparsed != value { fatalError("JSON written from a parsed value parses differently: \(text)") }
    } catch {
        if error.diagnostics.isEmpty { fatalError("a syntax error without a diagnostic") }
    }
    return 0
}
