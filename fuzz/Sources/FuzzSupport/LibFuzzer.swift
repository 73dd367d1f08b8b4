import CLibFuzzer
import Foundation

/// Runs libFuzzer with the process's arguments (`-max_total_time=60 corpus/`, …) on a callback,
/// then exits with libFuzzer's status: 0 when the time or run count is used up, non-zero on a finding.
/// - Parameter callback: the target, the same function it exports as `LLVMFuzzerTestOneInput`.
public func runLibFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv, callback)
    exit(status)
}
