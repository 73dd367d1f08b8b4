import Canvas
import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap serve` as a user meets it: the viewer loaded in headless Chromium shows map tiles, and
/// SIGTERM stops the server cleanly.
@Suite(.serialized) struct ServeCommandTests {
    @Test func theViewerShowsTilesInChromium() throws {
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = TestPaths.productsDirectory.appendingPathComponent("chronomap")
        server.arguments = [
            "serve", "--port", String(port), "--data", TestPaths.bundledData,
            "--style", TestPaths.packageRoot.appendingPathComponent("styles/default.json").path,
        ]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        // Wait for the line that says where it serves.
        var announced = ""
        let deadline = Date().addingTimeInterval(60)
        while !announced.contains("serving on"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            announced += String(decoding: chunk, as: UTF8.self)
        }
        #expect(announced.contains("serving on http://127.0.0.1:\(port)/"), "\(announced)")

        let screenshot = try TestPaths.makeScratchFolder().appendingPathComponent("viewer.png")
        let chromium = Process()
        chromium.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        chromium.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,900",
            "--virtual-time-budget=20000", "--screenshot=\(screenshot.path)", "http://127.0.0.1:\(port)/",
        ]
        chromium.standardOutput = FileHandle.nullDevice
        chromium.standardError = FileHandle.nullDevice
        try chromium.run()
        chromium.waitUntilExit()
        #expect(chromium.terminationStatus == 0)

        // Tiles have loaded when the page shows the controllers' fills (from the style) in quantity.
        let image = try Surface(contentsOfPNGFile: screenshot.path)
        var tilePixels = 0
        for y in stride(from: 0, to: image.height, by: 4) {
            for x in stride(from: 0, to: image.width, by: 4) {
                let pixel = try image.pixel(x: x, y: y)
                // The parties' colours of region.json: #93bea0 and #efc36a.
                let azerbaijan =
                    abs(pixel.red - 147 / 255) < 0.02 && abs(pixel.green - 190 / 255) < 0.02
                    && abs(pixel.blue - 160 / 255) < 0.02
                let artsakh =
                    abs(pixel.red - 239 / 255) < 0.02 && abs(pixel.green - 195 / 255) < 0.02
                    && abs(pixel.blue - 106 / 255) < 0.02
                if azerbaijan || artsakh { tilePixels += 1 }
            }
        }
        #expect(tilePixels > 2_000, "only \(tilePixels) sampled pixels of tile colour: the tiles did not load")

        server.terminate()
        server.waitUntilExit()
        #expect(server.terminationStatus == 0 || server.terminationReason == .uncaughtSignal)
    }
}
