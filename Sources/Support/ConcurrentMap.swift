import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` on every core: `transform` runs for the elements side by side, and the results come back in the
    /// elements' order.
    ///
    /// For a few pieces of independent work that each take milliseconds (the layers of a data set, the panels of a
    /// grid); the work must not rely on the order in which it runs.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = ConcurrentResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(self[index]))
        }
        return results.collected()
    }
}

/// The results of `concurrentPerform`'s iterations, each set once by the iteration that computed it.
private final class ConcurrentResults<Value: Sendable>: Sendable {
    private let values: Mutex<[Value?]>

    init(count: Int) { values = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Value) { values.withLock { $0[index] = value } }

    /// Every value, in index order. `concurrentPerform` returns only after every iteration has run, so each is set.
    func collected() -> [Value] { values.withLock { $0.map { $0! } } }
}
