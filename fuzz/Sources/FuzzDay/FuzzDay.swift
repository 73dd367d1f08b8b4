import Chronomap
import Foundation
import FuzzSupport

/// Starts libFuzzer on `fuzz(_:_:)`.
@main enum FuzzDayMain {
    static func main() { runLibFuzzer(fuzz) }
}

/// libFuzzer's entry point: parses the input, as UTF-8 text, as a full and as a partial ISO date.
/// `DateError`s are expected; a crash, a hang or a leak is a finding, and so is a parsed day that
/// does not print back as a full date that parses to the same day.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do { checkRoundTrip(of: try Day(iso: text), from: text) } catch { _ = "\(error)" }
    do { checkRoundTrip(of: try Day(partialISO: text), from: text) } catch { _ = "\(error)" }
    return 0
}

/// Stops the run when a parsed day does not print as a date that parses back to it.
func checkRoundTrip(of day: Day, from text: String) {
    let printed = day.description
    guard let again = try? Day(iso: printed), again == day else {
        fatalError("\(text.debugDescription) parsed as \(printed), which does not parse back to the same day")
    }
}
