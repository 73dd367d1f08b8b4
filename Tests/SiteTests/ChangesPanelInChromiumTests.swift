import Foundation
import Testing
import _ChronomapTestSupport

/// The viewer's "Changes on this date" panel, opened in headless Chromium on the handover fixture's site: what
/// changed hands in the sides' wording and the reader's language, with `compare`'s figures, never an id.
@Suite(.serialized) struct ChangesPanelInChromiumTests {
    /// The texts of the items of the list with an id, from a DOM dump.
    static func items(ofList id: String, in dom: String) throws -> [String] {
        let start = try #require(dom.range(of: "<ul id=\"\(id)\">"))
        let end = try #require(dom[start.upperBound...].range(of: "</ul>"))
        return dom[start.upperBound..<end.lowerBound].components(separatedBy: "</li>").compactMap { part in
            guard let open = part.range(of: "<li"), let close = part[open.upperBound...].firstIndex(of: ">") else {
                return nil
            }
            return String(part[part.index(after: close)...])
                .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "\u{00A0}", with: " ")
                .replacingOccurrences(of: "\u{202F}", with: " ")
        }
    }

    static func panel(_ fragment: String) async throws -> [String] {
        let folder = try HandoverSiteFixture.site.get()
        let dom = try await StaticServer.serving(folder.path, log: StaticServer.Log()) { base in
            try await HeadlessChromium.dom(of: base + "index.html" + fragment)
        }
        return try items(ofList: "key-changes", in: dom)
    }

    /// The data's ids, none of which a reader should see.
    static let ids = ["upland", "lowland", "zone-", "truce ", "ford", "control zone"]

    @Test func aChangeDateSaysWhatChangedHands() async throws {
        let lines = try await Self.panel("#2024-03-05/6/39.50/46.50")
        // 46.1–46.25 E from 39 to 40 N: 1,432.43 km² (pyproj), as `compare` rounds it.
        #expect(
            lines == [
                "Upland Council forces \u{2192} Lowland Guard: 1,432 km\u{00B2}",
                "Ford: Upland Council forces \u{2192} Lowland Guard",
                "Begins: Truce zone",
            ], "\(lines)")
        for id in Self.ids { #expect(!lines.joined(separator: "\n").contains(id), "\(id) in \(lines)") }
    }

    @Test func theReadersLanguageWordsTheSides() async throws {
        let lines = try await Self.panel("?lang=ru#2024-03-05/6/39.50/46.50")
        #expect(
            lines == [
                "силы Нагорного совета \u{2192} Равнинная гвардия: 1 432 км\u{00B2}",
                "Ford: силы Нагорного совета \u{2192} Равнинная гвардия",
                "Начало: зона перемирия",
            ], "\(lines)")
    }

    @Test func theFirstDateSaysEachSidesGroundIsNew() async throws {
        let lines = try await Self.panel("#2024-01-01/6/39.50/46.50")
        // 46.25–47 E and 46–46.25 E from 39 to 40 N: 7,162.12 and 2,387.38 km² (pyproj).
        #expect(
            lines == [
                "Lowland Guard: +7,162 km\u{00B2} (not held before)",
                "Upland Council forces: +2,387 km\u{00B2} (not held before)",
            ], "\(lines)")
    }
}
