import Foundation
import Projection
import Support
import Synchronization
import Tiles

/// The tiles of a site, `tiles/<date>/{z}/{x}/{y}.png`, each distinct tile stored once: a tile whose bytes equal
/// a tile already in the site (the same place on another date, or any tile this run wrote elsewhere) becomes a hard
/// link to that file instead of a copy. Dates whose drawing is the same at a place share one file, so do places
/// whose drawing is the same (solid water or land, a straight line across the same ground), and a static host that
/// copies links as files still serves the same bytes.
///
/// What is there is found lazily: the first time a place is written, the files of the other dates at that place
/// are read once and hashed (FNV-1a, 64 bits); a hash that matches is checked byte for byte before linking. Each
/// place keeps one path per distinct tile, so memory follows the distinct tiles, not the dates times the places; so
/// does the run's index of tiles by content (solid tiles by their bytes, which are a few hundred; others by hash).
final class TileStore: Sendable {
    /// The site's `tiles` folder.
    let folder: String
    /// Every date of the site, to look at the same place on other dates.
    let days: [String]
    /// What is known to be stored; held while a tile is stored, so two dates never race to write one place.
    private let known = Mutex(Known())

    /// What a run stored.
    struct Counts: Sendable, Equatable {
        /// Tiles written as files of their own.
        var written = 0
        /// Tiles stored as hard links to identical tiles.
        var linked = 0
        /// Bytes of the files written.
        var bytes = 0
    }

    private struct Stored {
        var hash: UInt64
        var path: String
    }

    private struct Known {
        var byPlace: [TileCoordinate: [Stored]] = [:]
        var solids: [Data: String] = [:]
        /// The newest file of each other distinct tile this run wrote, by hash.
        var written: [UInt64: String] = [:]
        var counts = Counts()
    }

    init(folder: String, days: [String]) {
        self.folder = folder
        self.days = days
    }

    /// The counts so far.
    var totals: Counts { known.withLock { $0.counts } }

    /// Where a date's tile is.
    func path(of tile: TileCoordinate, on day: String) -> String {
        "\(folder)/\(day)/\(tile.z)/\(tile.x)/\(tile.y).png"
    }

    /// Whether a date's tile is there.
    func contains(_ tile: TileCoordinate, on day: String) -> Bool {
        FileManager.default.fileExists(atPath: path(of: tile, on: day))
    }

    /// Stores a rendered tile of a date: a hard link when an identical tile is in the site, else a new file.
    /// - Throws: `AtomicFile.WriteError` when the file cannot be written.
    func store(_ tile: TileRenderer.RenderedTile, on day: String) throws(AtomicFile.WriteError) {
        let target = path(of: tile.coordinate, on: day)
        let hash = Self.hash(tile.png)
        try known.withLock { (known) throws(AtomicFile.WriteError) in
            var candidates = stored(at: tile.coordinate, in: &known).filter { $0.hash == hash && $0.path != target }
            if tile.isSolid, let path = known.solids[tile.png], path != target {
                candidates.insert(Stored(hash: hash, path: path), at: 0)
            } else if let path = known.written[hash], path != target, !candidates.contains(where: { $0.path == path }) {
                candidates.append(Stored(hash: hash, path: path))
            }
            for candidate in candidates where FileManager.default.contents(atPath: candidate.path) == tile.png {
                if Self.link(candidate.path, to: target) {
                    // The place already knows these bytes by the candidate's path: a link adds nothing to look up,
                    // so what is held grows with the distinct tiles, not with the dates.
                    known.counts.linked += 1
                    return
                }
            }
            try AtomicFile.write(tile.png, to: target)
            known.counts.written += 1
            known.counts.bytes += tile.png.count
            known.byPlace[tile.coordinate, default: []].append(Stored(hash: hash, path: target))
            // A file system caps the links to one file (ext4 at 65,000), and a solid tile of water or land is shared
            // by more places than that across a history; links go to the newest copy from then on.
            if tile.isSolid { known.solids[tile.png] = target } else { known.written[hash] = target }
        }
    }

    /// The tiles at a place on every date, read from the folder the first time the place is asked for.
    private func stored(at tile: TileCoordinate, in known: inout Known) -> [Stored] {
        if let stored = known.byPlace[tile] { return stored }
        var found: [Stored] = []
        for day in days {
            let path = path(of: tile, on: day)
            if let data = FileManager.default.contents(atPath: path) {
                let hash = Self.hash(data)
                if !found.contains(where: { $0.hash == hash }) { found.append(Stored(hash: hash, path: path)) }
            }
        }
        known.byPlace[tile] = found
        return found
    }

    /// Links `target` to the file at `existing`: the link is made under a temporary name beside the target and
    /// renamed over it, as every file of Chronomap is written. Returns false when the file system refuses
    /// (no hard links there): the caller then writes a copy.
    static func link(_ existing: String, to target: String) -> Bool {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
        else {
            return false
        }
        let temporaryPath =
            folder + "/." + url.lastPathComponent
            + ".\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard Foundation.link(existing, temporaryPath) == 0 else { return false }
        guard rename(temporaryPath, target) == 0 else {
            unlink(temporaryPath)
            return false
        }
        return true
    }

    /// FNV-1a, 64 bits: quick to compute, and only ever confirmed byte for byte.
    static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }
}
