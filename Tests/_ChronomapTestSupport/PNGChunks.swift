import Foundation

/// A PNG file's chunks, read by hand from the bytes (PNG specification, section 5): written for the tests, so that
/// what an encoder wrote is checked by code that shares nothing with it.
public struct PNGChunks {
    /// One chunk: its four-letter type and its data.
    public struct Chunk {
        public var type: String
        public var data: Data
    }

    public var chunks: [Chunk]

    /// Splits a PNG file into its chunks.
    /// - Throws: `PNGChunks.Malformed` when the signature or a length is wrong.
    public init(_ png: Data) throws {
        let bytes = [UInt8](png)
        guard bytes.count >= 8, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw Malformed(reason: "no PNG signature")
        }
        var offset = 8
        var chunks: [Chunk] = []
        while offset + 12 <= bytes.count {
            let length =
                Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8
                | Int(bytes[offset + 3])
            guard offset + 12 + length <= bytes.count else { throw Malformed(reason: "chunk runs past the end") }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            chunks.append(Chunk(type: type, data: Data(bytes[(offset + 8)..<(offset + 8 + length)])))
            offset += 12 + length
        }
        self.chunks = chunks
    }

    /// The text chunks by keyword: `tEXt` (Latin-1) and uncompressed `iTXt` (UTF-8).
    public var text: [String: String] {
        var texts: [String: String] = [:]
        for chunk in chunks {
            let parts = chunk.data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let key = String(decoding: parts[0], as: UTF8.self)
            switch chunk.type {
            case "tEXt":
                texts[key] = String(bytes: parts[1], encoding: .isoLatin1)
            case "iTXt":
                // compression flag, method, language tag NUL, translated keyword NUL, text
                let rest = [UInt8](parts[1])
                guard rest.count >= 2, rest[0] == 0 else { continue }
                let fields = rest[2...].split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count == 3 else { continue }
                texts[key] = String(decoding: fields[2], as: UTF8.self)
            default:
                continue
            }
        }
        return texts
    }

    /// `pHYs`: pixels per metre on each axis, if present.
    public var pixelsPerMetre: (x: Int, y: Int)? {
        guard let chunk = chunks.first(where: { $0.type == "pHYs" }), chunk.data.count == 9 else { return nil }
        let b = [UInt8](chunk.data)
        return (
            Int(b[0]) << 24 | Int(b[1]) << 16 | Int(b[2]) << 8 | Int(b[3]),
            Int(b[4]) << 24 | Int(b[5]) << 16 | Int(b[6]) << 8 | Int(b[7])
        )
    }

    /// Width and height from `IHDR`.
    public var size: (width: Int, height: Int)? {
        guard let header = chunks.first, header.type == "IHDR", header.data.count == 13 else { return nil }
        let b = [UInt8](header.data)
        return (
            Int(b[0]) << 24 | Int(b[1]) << 16 | Int(b[2]) << 8 | Int(b[3]),
            Int(b[4]) << 24 | Int(b[5]) << 16 | Int(b[6]) << 8 | Int(b[7])
        )
    }

    /// A PNG that cannot be split into chunks.
    public struct Malformed: Error {
        public var reason: String
    }
}

/// Runs a program and returns its standard output (for the independent tools tests check against:
/// gdalinfo, pdftotext).
public enum ExternalTool {
    public static func output(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
