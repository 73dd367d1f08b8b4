import Foundation

/// HTTP entity tags (RFC 9110 section 8.8.3): made from the data version and a hash of the bytes, so a
/// new data set or style changes every tag; and matched against `If-None-Match` (section 13.1.2).
enum EntityTag {
    /// A strong tag such as `"1.0.0-5f1d0c2a9b3e4d71"`.
    /// - Parameters:
    ///   - data: the representation's bytes.
    ///   - dataVersion: the data set's version.
    ///   - variant: what else distinguishes this representation of the same bytes (`gzip`), if anything.
    static func make(for data: Data, dataVersion: String, variant: String? = nil) -> String {
        let version = String(dataVersion.unicodeScalars.map { isTagCharacter($0) ? Character($0) : "_" })
        let hash = String(fnv1a(data), radix: 16)
        let digits = String(repeating: "0", count: 16 - hash.count) + hash
        return "\"\(version)-\(digits)\(variant.map { "-\($0)" } ?? "")\""
    }

    /// Whether an `If-None-Match` header value names the tag (or is `*`), by the weak comparison
    /// RFC 9110 section 13.1.2 prescribes for it.
    static func ifNoneMatch(_ header: String?, matches tag: String) -> Bool {
        guard let header else { return false }
        let candidates = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return candidates.contains { $0 == "*" || opaque($0) == opaque(tag) }
    }

    /// The tag without its weakness indicator.
    private static func opaque(_ tag: String) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : tag[...]
    }

    /// RFC 9110's `etagc`: visible ASCII but the double quote.
    private static func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x21 || (0x23...0x7E).contains(scalar.value)
    }

    /// FNV-1a, 64 bits: fast, and enough to tell apart the versions of one resource (not a security hash).
    private static func fnv1a(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
