import Canvas
import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap serve` as a user meets it, on the fixture region (`FixtureRegion`): the viewer loaded in headless
/// Chromium shows map tiles, and SIGTERM stops the server cleanly.
@Suite(.serialized) struct ServeCommandTests {
    @Test func theViewerShowsTilesInChromium() throws {
        let server = try ServerProcess()
        let port = server.port

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
                // The parties' colours of region.json: highland #e6b35c and coast #8fbf7f.
                let highland =
                    abs(pixel.red - 230 / 255) < 0.02 && abs(pixel.green - 179 / 255) < 0.02
                    && abs(pixel.blue - 92 / 255) < 0.02
                let coast =
                    abs(pixel.red - 143 / 255) < 0.02 && abs(pixel.green - 191 / 255) < 0.02
                    && abs(pixel.blue - 127 / 255) < 0.02
                if highland || coast { tilePixels += 1 }
            }
        }
        #expect(tilePixels > 2_000, "only \(tilePixels) sampled pixels of tile colour: the tiles did not load")
    }

    /// SIGTERM while tiles are rendering: the requests in flight and queued are answered in full, then the
    /// process exits with status 0 (not killed by the signal).
    @Test func sigtermFinishesTheRequestsInFlightThenExitsCleanly() throws {
        // One render at a time, so that the later tiles are still waiting when the signal comes.
        let server = try ServerProcess(["--max-renders", "1", "--deadline", "120", "--verbose"])
        // Zoom 11 tiles of dates nothing has drawn yet: each needs its zoom scene built. The tile holding 39° W,
        // 30.75° N, inside the fixture's extent (x = ⌊(180 − 39) / 360 × 2¹¹⌋, y by the Web Mercator formula).
        let dates = FixtureRegion.keyDates
        let paths = dates.map { "/tiles/\($0)/11/802/840.png" }
        let requests = try paths.map { try Curl.Request(server.url($0)) }
        // The server logs each request as it arrives (debug level, --verbose).
        for path in paths {
            #expect(server.waitForLog(containing: path, seconds: 60), "the server never received \(path)")
        }
        let unfinishedAtSignal = requests.filter { !$0.isFinished }.count
        server.terminate()
        let answers = requests.map { $0.response() }
        #expect(
            unfinishedAtSignal > 0, "every tile was answered before SIGTERM: nothing was in flight")
        #expect(answers.count == paths.count)
        for response in answers {
            #expect(response.status == 200, "\(response.headers)")
            #expect(Array(response.body.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
        let exit = try #require(server.waitForExit(seconds: 60), "the server is still running after SIGTERM")
        #expect(exit.reason == .exit)
        #expect(exit.status == 0)
        // Once it has stopped, nothing listens on the port.
        #expect(try Curl.get(server.url("/dates.json"), timeoutSeconds: 5).status == 0)
    }
}
