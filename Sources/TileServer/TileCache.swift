import Chronology
import Foundation
import Projection

/// Rendered tiles kept in memory, least recently used first out, bounded by the bytes they hold (not
/// by their number: a solid sea tile is a hundred bytes, a tile of Stepanakert tens of kilobytes).
///
/// Safe to use from many threads: every operation holds one lock for a few dictionary steps.
public final class TileCache: @unchecked Sendable {
    /// What identifies a tile: its day, its XYZ coordinate and its pixel density.
    public struct Key: Sendable, Hashable, CustomStringConvertible {
        /// The day the tile shows.
        public var day: Day
        /// The tile's zoom, column and row.
        public var coordinate: TileCoordinate
        /// 1 for 256 px tiles, 2 for 512 px `@2x` tiles.
        public var scale: Int

        /// - Parameters:
        ///   - day: the day the tile shows.
        ///   - coordinate: the tile's zoom, column and row.
        ///   - scale: 1 or 2 (`@2x`).
        public init(day: Day, coordinate: TileCoordinate, scale: Int) {
            self.day = day
            self.coordinate = coordinate
            self.scale = scale
        }

        /// `2023-09-19/8/161/97@2x`.
        public var description: String { "\(day)/\(coordinate)\(scale == 1 ? "" : "@\(scale)x")" }
    }

    /// A cached tile: its PNG bytes and the entity tag sent as `ETag`.
    public struct Entry: Sendable, Equatable {
        /// The tile's PNG file.
        public var png: Data
        /// A quoted HTTP entity tag (RFC 9110 section 8.8.3) naming the data version and the bytes' hash.
        public var entityTag: String

        /// - Parameters:
        ///   - png: the tile's PNG file.
        ///   - entityTag: its quoted entity tag.
        public init(png: Data, entityTag: String) {
            self.png = png
            self.entityTag = entityTag
        }

        /// The bytes the entry is charged for: the PNG, the tag, and a fixed share for the key and bookkeeping.
        var sizeInBytes: Int { png.count + entityTag.utf8.count + Self.overheadInBytes }

        static let overheadInBytes = 128
    }

    /// A doubly linked list threaded through the dictionary by keys: the head is the most recently used.
    private struct Slot {
        var entry: Entry
        var newer: Key?
        var older: Key?
    }

    /// The most bytes the cache holds.
    public let capacityInBytes: Int
    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]
    private var newest: Key?
    private var oldest: Key?
    private var storedBytes = 0

    /// - Parameter capacityInBytes: the bound; 0 keeps nothing.
    public init(capacityInBytes: Int) {
        self.capacityInBytes = max(0, capacityInBytes)
    }

    /// The bytes held now (never more than ``capacityInBytes``).
    public var sizeInBytes: Int { lock.withLock { storedBytes } }

    /// How many tiles are held now.
    public var count: Int { lock.withLock { slots.count } }

    /// The tile, if cached; it becomes the most recently used.
    public func entry(for key: Key) -> Entry? {
        lock.withLock {
            guard let slot = slots[key] else { return nil }
            moveToFront(key)
            return slot.entry
        }
    }

    /// Stores a tile as the most recently used, evicting the least recently used until it fits.
    /// A tile larger than the whole cache is not stored.
    public func insert(_ entry: Entry, for key: Key) {
        lock.withLock {
            if slots[key] != nil { unlink(key) }
            guard entry.sizeInBytes <= capacityInBytes else { return }
            while storedBytes + entry.sizeInBytes > capacityInBytes, let victim = oldest { unlink(victim) }
            slots[key] = Slot(entry: entry, newer: nil, older: newest)
            if let previous = newest { slots[previous]?.newer = key }
            newest = key
            if oldest == nil { oldest = key }
            storedBytes += entry.sizeInBytes
        }
    }

    /// Empties the cache.
    public func removeAll() {
        lock.withLock {
            slots.removeAll()
            newest = nil
            oldest = nil
            storedBytes = 0
        }
    }

    private func moveToFront(_ key: Key) {
        guard newest != key, let slot = slots[key] else { return }
        unlink(key)
        slots[key] = Slot(entry: slot.entry, newer: nil, older: newest)
        if let previous = newest { slots[previous]?.newer = key }
        newest = key
        if oldest == nil { oldest = key }
        storedBytes += slot.entry.sizeInBytes
    }

    /// Removes a key from the list and the dictionary.
    private func unlink(_ key: Key) {
        guard let slot = slots.removeValue(forKey: key) else { return }
        if let newer = slot.newer { slots[newer]?.older = slot.older } else { newest = slot.older }
        if let older = slot.older { slots[older]?.newer = slot.newer } else { oldest = slot.newer }
        storedBytes -= slot.entry.sizeInBytes
    }
}
