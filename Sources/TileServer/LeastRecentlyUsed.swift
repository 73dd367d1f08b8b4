/// Entries kept least recently used first out, bounded by a cost (bytes, or a count): the bookkeeping of the
/// server's tile cache. A doubly linked list threaded through a dictionary by keys; the head is the most
/// recently used. Not thread-safe: its owner (an actor) serialises access.
struct LeastRecentlyUsed<Key: Hashable, Value> {
    private struct Slot {
        var value: Value
        var cost: Int
        var newer: Key?
        var older: Key?
    }

    /// The largest total cost held.
    let capacity: Int
    private var slots: [Key: Slot] = [:]
    private var newest: Key?
    private var oldest: Key?
    /// The total cost held now, never more than ``capacity``.
    private(set) var totalCost = 0

    /// - Parameter capacity: the bound; 0 keeps nothing.
    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// How many entries are held.
    var count: Int { slots.count }

    /// The value, if held; it becomes the most recently used.
    mutating func value(for key: Key) -> Value? {
        guard let slot = slots[key] else { return nil }
        unlink(key)
        link(key, slot.value, cost: slot.cost)
        return slot.value
    }

    /// Stores a value as the most recently used, evicting the least recently used until it fits. A value costing
    /// more than the whole capacity is not stored.
    mutating func insert(_ value: Value, for key: Key, cost: Int) {
        if slots[key] != nil { unlink(key) }
        guard cost <= capacity else { return }
        while totalCost + cost > capacity, let victim = oldest { unlink(victim) }
        link(key, value, cost: cost)
    }

    /// Empties the list.
    mutating func removeAll() {
        slots.removeAll()
        newest = nil
        oldest = nil
        totalCost = 0
    }

    private mutating func link(_ key: Key, _ value: Value, cost: Int) {
        slots[key] = Slot(value: value, cost: cost, newer: nil, older: newest)
        if let previous = newest { slots[previous]?.newer = key }
        newest = key
        if oldest == nil { oldest = key }
        totalCost += cost
    }

    private mutating func unlink(_ key: Key) {
        guard let slot = slots.removeValue(forKey: key) else { return }
        if let newer = slot.newer { slots[newer]?.older = slot.older } else { newest = slot.older }
        if let older = slot.older { slots[older]?.newer = slot.newer } else { oldest = slot.newer }
        totalCost -= slot.cost
    }
}
