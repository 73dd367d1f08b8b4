import Foundation

/// A PNG file taken apart without libpng or Cairo, so tests of the encoder do not trust the code under test.
///
/// Decoding pixels is limited to what the tests produce on purpose: level 0 (stored deflate blocks, no Huffman
/// decoding needed) and no interlacing; every colour type, palette bit depth and row filter is decoded.
struct PNGFile {
    struct Chunk {
        var type: String
        var data: [UInt8]
    }

    enum Failure: Error, CustomStringConvertible {
        case malformed(String)
        var description: String {
            switch self {
            case .malformed(let message): return "malformed PNG: \(message)"
            }
        }
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    let bytes: [UInt8]
    let chunks: [Chunk]

    /// Splits the file into chunks, checking the signature and every CRC.
    init(_ data: Data) throws {
        bytes = [UInt8](data)
        guard bytes.starts(with: PNGFile.signature) else { throw Failure.malformed("no PNG signature") }
        var chunks: [Chunk] = []
        var offset = 8
        while offset < bytes.count {
            guard offset + 12 <= bytes.count else { throw Failure.malformed("truncated chunk at \(offset)") }
            let length = Int(PNGFile.bigEndian(bytes, offset))
            guard offset + 12 + length <= bytes.count else {
                throw Failure.malformed("chunk at \(offset) overruns the file")
            }
            let typeBytes = Array(bytes[(offset + 4)..<(offset + 8)])
            let data = Array(bytes[(offset + 8)..<(offset + 8 + length)])
            let storedCRC = PNGFile.bigEndian(bytes, offset + 8 + length)
            guard PNGFile.crc32(typeBytes + data) == storedCRC else {
                throw Failure.malformed("bad CRC in \(String(decoding: typeBytes, as: UTF8.self))")
            }
            chunks.append(Chunk(type: String(decoding: typeBytes, as: UTF8.self), data: data))
            offset += 12 + length
        }
        self.chunks = chunks
    }

    var chunkTypes: [String] { chunks.map(\.type) }

    func chunk(_ type: String) -> Chunk? { chunks.first { $0.type == type } }

    var width: Int { Int(PNGFile.bigEndian(chunks[0].data, 0)) }
    var height: Int { Int(PNGFile.bigEndian(chunks[0].data, 4)) }
    var bitDepth: Int { Int(chunks[0].data[8]) }
    var colorType: Int { Int(chunks[0].data[9]) }

    /// Straight RGBA bytes of every pixel, row by row.
    func decodeStoredPixels() throws -> [[UInt8]] {
        let raw = try inflateStored(chunks.filter { $0.type == "IDAT" }.flatMap(\.data))
        let channels: Int
        switch colorType {
        case 0: channels = 1
        case 2: channels = 3
        case 3: channels = 1
        case 4: channels = 2
        case 6: channels = 4
        default: throw Failure.malformed("colour type \(colorType) is not decoded here")
        }
        let bitsPerPixel = channels * bitDepth
        let rowBytes = (width * bitsPerPixel + 7) / 8
        guard raw.count == height * (rowBytes + 1) else {
            throw Failure.malformed("\(raw.count) bytes of image data for \(height) rows of \(rowBytes)")
        }
        let palette = chunk("PLTE")?.data ?? []
        let transparency = chunk("tRNS")?.data ?? []
        var pixels: [[UInt8]] = []
        var previous = [UInt8](repeating: 0, count: rowBytes)
        for row in 0..<height {
            let start = row * (rowBytes + 1)
            let line = try PNGFile.unfilter(
                type: raw[start], Array(raw[(start + 1)...(start + rowBytes)]),
                previous: previous, distance: max(1, bitsPerPixel / 8))
            previous = line
            for column in 0..<width {
                switch colorType {
                case 0: pixels.append([line[column], line[column], line[column], 255])
                case 2: pixels.append(Array(line[(column * 3)..<(column * 3 + 3)]) + [255])
                case 4: pixels.append([line[column * 2], line[column * 2], line[column * 2], line[column * 2 + 1]])
                case 6: pixels.append(Array(line[(column * 4)..<(column * 4 + 4)]))
                default:
                    let bit = column * bitDepth
                    let index = Int((line[bit / 8] >> (8 - bitDepth - bit % 8)) & UInt8((1 << bitDepth) - 1))
                    guard index * 3 + 2 < palette.count else {
                        throw Failure.malformed("palette index \(index) out of range")
                    }
                    let alpha = index < transparency.count ? transparency[index] : 255
                    pixels.append(Array(palette[(index * 3)..<(index * 3 + 3)]) + [alpha])
                }
            }
        }
        return pixels
    }

    /// The filter types of PNG specification section 9.2, undone, written from the specification's formulas.
    static func unfilter(type: UInt8, _ filtered: [UInt8], previous: [UInt8], distance: Int) throws -> [UInt8] {
        var line = filtered
        for index in line.indices {
            let left = index >= distance ? Int(line[index - distance]) : 0
            let above = Int(previous[index])
            let upperLeft = index >= distance ? Int(previous[index - distance]) : 0
            let prediction: Int
            switch type {
            case 0: prediction = 0
            case 1: prediction = left
            case 2: prediction = above
            case 3: prediction = (left + above) / 2
            case 4:
                let estimate = left + above - upperLeft
                let toLeft = abs(estimate - left), toAbove = abs(estimate - above)
                let toUpperLeft = abs(estimate - upperLeft)
                if toLeft <= toAbove && toLeft <= toUpperLeft {
                    prediction = left
                } else {
                    prediction = toAbove <= toUpperLeft ? above : upperLeft
                }
            default: throw Failure.malformed("filter type \(type)")
            }
            line[index] = UInt8(truncatingIfNeeded: Int(line[index]) + prediction)
        }
        return line
    }

    /// The filter type byte of every row (readable only for stored data).
    func storedFilterTypes() throws -> [UInt8] {
        let raw = try inflateStored(chunks.filter { $0.type == "IDAT" }.flatMap(\.data))
        let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colorType] ?? 4
        let rowBytes = (width * channels * bitDepth + 7) / 8
        return stride(from: 0, to: raw.count, by: rowBytes + 1).map { raw[$0] }
    }

    /// Inflates a zlib stream made only of stored blocks (RFC 1950, RFC 1951 section 3.2.4), checking Adler-32.
    private func inflateStored(_ stream: [UInt8]) throws -> [UInt8] {
        guard stream.count >= 6, stream[0] & 0x0F == 8, (Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0 else {
            throw Failure.malformed("not a zlib stream")
        }
        var output: [UInt8] = []
        var offset = 2
        while true {
            guard offset + 5 <= stream.count else { throw Failure.malformed("truncated deflate block") }
            let header = stream[offset]
            guard (header >> 1) & 3 == 0 else {
                throw Failure.malformed("deflate block type \((header >> 1) & 3) is not stored")
            }
            let length = Int(stream[offset + 1]) | Int(stream[offset + 2]) << 8
            let complement = Int(stream[offset + 3]) | Int(stream[offset + 4]) << 8
            guard length ^ 0xFFFF == complement else { throw Failure.malformed("stored block length check failed") }
            guard offset + 5 + length <= stream.count else { throw Failure.malformed("stored block overruns") }
            output += stream[(offset + 5)..<(offset + 5 + length)]
            offset += 5 + length
            if header & 1 == 1 { break }
        }
        guard offset + 4 <= stream.count, PNGFile.bigEndian(stream, offset) == PNGFile.adler32(output) else {
            throw Failure.malformed("Adler-32 mismatch")
        }
        return output
    }

    static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }
}
