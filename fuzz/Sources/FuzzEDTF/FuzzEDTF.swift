import Chronomap
import Foundation
import FuzzSupport

/// Starts libFuzzer on `fuzz(_:_:)`.
@main enum FuzzEDTFMain {
    static func main() { runLibFuzzer(fuzz) }
}

/// libFuzzer's entry point: parses the input, as UTF-8 text, as an EDTF date (`UncertainDate(edtf:)`).
/// `DateError`s are expected; a crash, a hang or a leak is a finding, and so is a window whose earliest day is
/// after its latest.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let value = try UncertainDate(edtf: text)
        if value.earliest > value.latest {
            fatalError("\(text.debugDescription): window \(value.earliest)…\(value.latest) is inverted")
        }
    } catch {
        _ = "\(error)"
    }
    return 0
}
