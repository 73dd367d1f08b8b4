import Foundation
import Testing

@testable import TileServer

@Suite struct EntityTagTests {
    @Test func namesTheVersionAndTheBytes() {
        let tag = EntityTag.make(for: Data("abc".utf8), dataVersion: "1.0.0")
        #expect(tag.hasPrefix("\"1.0.0-"))
        #expect(tag.hasSuffix("\""))
        #expect(tag == EntityTag.make(for: Data("abc".utf8), dataVersion: "1.0.0"))
        #expect(tag != EntityTag.make(for: Data("abd".utf8), dataVersion: "1.0.0"))
        #expect(tag != EntityTag.make(for: Data("abc".utf8), dataVersion: "1.0.1"))
        #expect(EntityTag.make(for: Data(), dataVersion: "v \"2\"") == "\"v__2_-cbf29ce484222325\"")
    }

    @Test func ifNoneMatchUsesTheWeakComparison() {
        let tag = "\"1.0.0-00ff\""
        #expect(EntityTag.ifNoneMatch(tag, matches: tag))
        #expect(EntityTag.ifNoneMatch("W/" + tag, matches: tag))
        #expect(EntityTag.ifNoneMatch("\"other\", " + tag, matches: tag))
        #expect(EntityTag.ifNoneMatch("*", matches: tag))
        #expect(!EntityTag.ifNoneMatch("\"other\"", matches: tag))
        #expect(!EntityTag.ifNoneMatch(nil, matches: tag))
    }
}
