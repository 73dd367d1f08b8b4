import Foundation
import Testing
import _ChronomapTestSupport

/// The viewer's logic in JavaScript (hash parsing and writing, falling back to a state the map can show, dates in
/// words, basemap templates, the embed snippet), run by node's own test runner over
/// `Tests/ViewerTests/JavaScript/*.test.js` against the installed `state.js`.
@Suite struct JavaScriptTests {
    static let node = "/usr/bin/node"

    @Test func theViewersLogicPassesItsNodeTests() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/ViewerTests/JavaScript")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".test.js") }
        #expect(!files.isEmpty, "no JavaScript tests found in \(folder.path)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.node)
        process.arguments = ["--test"] + files.sorted().map { folder.appendingPathComponent($0).path }
        var environment = ProcessInfo.processInfo.environment
        environment["CHRONOMAP_VIEWER_DIR"] =
            TestPaths.packageRoot.appendingPathComponent(
                "Sources/Viewer/Resources/Viewer"
            ).path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "node --test failed:\n\(text)")
        // node's summary: every test passed and there were some.
        let passed = text.split(separator: "\n").first { $0.hasPrefix("# pass ") }.flatMap { Int($0.dropFirst(7)) }
        #expect((passed ?? 0) >= 20, "\(text)")
        #expect(text.contains("# fail 0"))
    }
}
