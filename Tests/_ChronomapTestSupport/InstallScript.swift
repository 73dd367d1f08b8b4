import Foundation

/// `scripts/install.sh`, what `make install` and `make uninstall` run, run by the tests.
public enum InstallScript {
    /// Runs the script with these arguments and `DESTDIR` (nil: none, whatever the tests' environment has).
    /// - Returns: its exit status and what it wrote to standard error.
    public static func run(_ arguments: [String], destdir: String?) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = TestPaths.packageRoot.appendingPathComponent("scripts/install.sh")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DESTDIR"] = destdir
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }
}
