import Synchronization

/// The time a request may wait for its answer, and what happens when it runs out.
enum Deadline {
    /// Runs `operation` in a task of its own and returns its value, unless `limit` passes first.
    ///
    /// The operation is not cancelled when the limit passes: a render that overruns still finishes and
    /// fills the cache, so the client's retry finds the tile ready.
    /// - Throws: `DeadlineExceeded` when the limit passes first; otherwise what `operation` throws.
    static func value<Value: Sendable>(
        within limit: Duration, of operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let work = Task { try await operation() }
        let outcome = Once()
        return try await withCheckedThrowingContinuation { continuation in
            let timer = Task {
                try? await Task.sleep(for: limit)
                guard !Task.isCancelled else { return }
                if outcome.claim() {
                    continuation.resume(throwing: DeadlineExceeded(limit: limit))
                }
            }
            Task {
                let result = await work.result
                timer.cancel()
                if outcome.claim() { continuation.resume(with: result) }
            }
        }
    }
}

/// An answer that was not ready in time.
struct DeadlineExceeded: Error, CustomStringConvertible {
    var limit: Duration

    var description: String { "not ready within \(limit.components.seconds) s" }
}

/// A race's finish line: the first of two racing tasks to claim it wins, the other learns it lost.
private final class Once: Sendable {
    private let isClaimed = Mutex(false)

    /// Claims the win unless it was claimed; returns whether this call claimed it.
    func claim() -> Bool {
        isClaimed.withLock { claimed in
            defer { claimed = true }
            return !claimed
        }
    }
}
