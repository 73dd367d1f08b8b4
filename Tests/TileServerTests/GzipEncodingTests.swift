import Foundation
import Testing

@testable import TileServer

@Suite struct GzipEncodingTests {
    @Test func readsAcceptEncoding() {
        #expect(GzipEncoding.isAccepted(by: "gzip"))
        #expect(GzipEncoding.isAccepted(by: "deflate, gzip;q=0.8, br"))
        #expect(GzipEncoding.isAccepted(by: "GZIP"))
        #expect(GzipEncoding.isAccepted(by: "x-gzip"))
        #expect(GzipEncoding.isAccepted(by: "*"))
        #expect(!GzipEncoding.isAccepted(by: "gzip;q=0"))
        #expect(!GzipEncoding.isAccepted(by: "gzip; q=0, *"))
        #expect(!GzipEncoding.isAccepted(by: "*;q=0"))
        #expect(!GzipEncoding.isAccepted(by: "br, deflate"))
        #expect(!GzipEncoding.isAccepted(by: "identity"))
        #expect(!GzipEncoding.isAccepted(by: nil))
    }

    @Test(.enabled(if: GzipEncoding.isAvailable, "this build has no CompressNIO"))
    func compressesToWhatGunzipRestores() throws {
        let text = Data(String(repeating: "{\"coordinates\":[46.751900,39.815300]},", count: 2000).utf8)
        let compressed = try #require(try GzipEncoding.compressed(text))
        #expect(compressed.count < text.count / 5)
        #expect(Array(compressed.prefix(2)) == [0x1F, 0x8B])
        #expect(try Gunzip.decompress(compressed) == text)
    }
}

/// The system's `gzip -dc`, to check that what the server sends is what any client can read.
enum Gunzip {
    static func decompress(_ data: Data) throws -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chronomap-gunzip-\(UUID().uuidString).gz")
        try data.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }
}
