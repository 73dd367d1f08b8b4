import Foundation
import _ChronomapTestSupport

/// Debian's Chromium, headless, as a reader's browser: the page's DOM once its scripts have run, or a screenshot.
///
/// Chromium is waited for on a thread of its own: the test's static server answers on Swift's cooperative pool,
/// which a blocking wait would starve on a small machine (two suites waiting would take both of two cores' threads
/// and the pages would never load).
enum HeadlessChromium {
    static let executable = "/usr/bin/chromium"

    /// The page's DOM after its scripts ran (and the network went quiet, within the budget).
    static func dom(of url: String, width: Int = 1200, height: Int = 900) async throws -> String {
        try await run(["--dump-dom"], url: url, width: width, height: height).output
    }

    /// The page's DOM, and what the page and its frames wrote to the console (Chromium's log lines tagged
    /// `CONSOLE`): script errors, and every load or script a Content-Security-Policy blocked.
    static func domAndConsole(
        of url: String, width: Int = 1200, height: Int = 900
    ) async throws -> (
        dom: String, console: [String]
    ) {
        let (dom, log) = try await run(
            ["--dump-dom", "--enable-logging=stderr", "--v=0"], url: url, width: width, height: height)
        return (dom, log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init))
    }

    /// A screenshot of the page, as PNG at `path`.
    static func screenshot(of url: String, to path: String, width: Int, height: Int) async throws {
        _ = try await run(["--screenshot=\(path)"], url: url, width: width, height: height)
    }

    /// Chromium's standard output and standard error, waited for on a thread of its own.
    private static func run(
        _ arguments: [String], url: String, width: Int, height: Int
    ) async throws -> (
        output: String, log: String
    ) {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try runBlocking(arguments, url: url, width: width, height: height) })
            }.start()
        }
    }

    /// Chromium's standard output, and its standard error (kept in a file, so that neither pipe can fill up while
    /// the other is read).
    private static func runBlocking(
        _ arguments: [String], url: String, width: Int, height: Int
    ) throws -> (
        output: String, log: String
    ) {
        let profile = try TestPaths.makeScratchFolder("chromium-profile")
        let logFile = profile.deletingLastPathComponent().appendingPathComponent("\(profile.lastPathComponent).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: logFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)", "--virtual-time-budget=15000",
                "--run-all-compositor-stages-before-draw", "--force-device-scale-factor=1", "--lang=en-GB",
            ] + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        guard process.terminationStatus == 0 else {
            throw ChromiumFailure(status: process.terminationStatus, url: url)
        }
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return (String(decoding: data, as: UTF8.self), log)
    }

    struct ChromiumFailure: Error, CustomStringConvertible {
        var status: Int32
        var url: String
        var description: String { "chromium exited with \(status) on \(url)" }
    }
}
