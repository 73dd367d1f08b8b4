import Foundation

/// Runs pngcheck (Debian package `pngcheck`), an independent validator of PNG structure: chunk order and CRCs,
/// IHDR fields, PLTE and tRNS sizes, and the zlib stream of the image data, inflated with zlib.
///
/// The tests that use it are skipped when it is not installed; the test target installs nothing itself.
enum PNGCheck {
    static let path = "/usr/bin/pngcheck"

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// pngcheck's verdict on the bytes: whether it found no error, and what it printed.
    static func check(_ data: Data) throws -> (isValid: Bool, output: String) {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("chronomap-pngcheck-\(UUID().uuidString).png")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-v", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, output)
    }
}
