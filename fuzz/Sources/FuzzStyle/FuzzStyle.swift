import Chronomap
import Foundation
import FuzzSupport

/// Starts libFuzzer on `fuzz(_:_:)`.
@main enum FuzzStyleMain {
    static func main() { runLibFuzzer(fuzz) }
}

/// libFuzzer's entry point: reads the input as a map style. `StyleError`s are expected; a crash,
/// a hang or a leak is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    do {
        _ = try Style.read(Data(UnsafeBufferPointer(start: data, count: size)))
    } catch {
        _ = "\(error)"
    }
    return 0
}
