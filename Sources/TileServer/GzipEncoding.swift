import Foundation
import Hummingbird

#if canImport(CompressNIO)
    import CompressNIO
#endif

/// The gzip content coding (RFC 9110 section 8.4.1.3) for the large documents (a day's GeoJSON is
/// hundreds of kilobytes of digits that compress several times over).
///
/// zlib comes through the CompressNIO package; a build without it answers with the identity coding,
/// which every client accepts.
enum GzipEncoding {
    /// Whether this build can compress.
    static var isAvailable: Bool {
        #if canImport(CompressNIO)
            true
        #else
            false
        #endif
    }

    /// Whether an `Accept-Encoding` value (RFC 9110 section 12.5.3) accepts gzip: `gzip` or `x-gzip`
    /// with a non-zero quality, or else `*` with one.
    static func isAccepted(by acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        var wildcard: Bool?
        for item in acceptEncoding.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if coding == "gzip" || coding == "x-gzip" { return quality > 0 }
            if coding == "*" { wildcard = quality > 0 }
        }
        return wildcard ?? false
    }

    /// The bytes gzipped, or nil when this build cannot compress.
    /// - Throws: zlib's failure.
    static func compressed(_ data: Data) throws -> Data? {
        #if canImport(CompressNIO)
            var buffer = ByteBuffer(bytes: data)
            let output = try buffer.compress(with: .gzip())
            return Data(output.readableBytesView)
        #else
            return nil
        #endif
    }
}
