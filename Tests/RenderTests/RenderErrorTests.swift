import Chronology
import Render
import Testing

/// A map that cannot be built says why: the error it was given is kept, not flattened into text.
@Suite struct RenderErrorTests {
    @Test func aSceneErrorKeepsItsCause() throws {
        var caught: DateError?
        do { _ = try Day(iso: "2023-02-30") } catch { caught = error }
        let cause = try #require(caught, "2023-02-30 was read as a day")
        let error = RenderError.scene(cause)
        guard case .scene(let kept) = error else {
            Issue.record("\(error) is not a scene error")
            return
        }
        #expect(kept is DateError, "the cause became \(type(of: kept))")
        #expect(error.description == "cannot build the map: \(cause)")
        #expect(error.description.contains("February 2023 has 28 days"), "\(error)")
    }
}
