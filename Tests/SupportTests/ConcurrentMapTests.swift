import Foundation
import Support
import Testing

@Suite struct ConcurrentMapTests {
    /// The results come back in the elements' order even when later elements finish first.
    @Test func resultsKeepTheElementsOrder() {
        let delays = [40, 30, 20, 10, 0]
        let results = delays.concurrentMap { milliseconds in
            Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
            return "slept \(milliseconds)"
        }
        #expect(results == ["slept 40", "slept 30", "slept 20", "slept 10", "slept 0"])
    }

    @Test func emptyAndSingleArraysAreMapped() {
        #expect([Int]().concurrentMap { $0 * 2 }.isEmpty)
        #expect([21].concurrentMap { $0 * 2 } == [42])
    }
}
