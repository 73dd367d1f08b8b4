import Foundation
import GeoJSON
import Testing

/// Every rule of RFC 7946 that the reader enforces, on fixture files of its own.
///
/// `Fixtures/rfc7946/valid/` holds files that must read without a single diagnostic;
/// `invalid/` and `warning/` hold files each with, beside it, a `.expected` file giving every
/// diagnostic exactly as `chronomap validate` prints it (file, JSON path or line and column, and
/// the RFC section), one per line. `invalid/` fixtures have at least one error, `warning/` ones
/// only warnings. The expected lines were written from the RFC, before the reader was run on them.
@Suite struct RFC7946FixtureTests {
    /// The three folders of fixtures.
    enum Verdict: String, CaseIterable, Sendable {
        case valid, invalid, warning
    }

    /// Every section a diagnostic can cite: each must be cited by at least one expected diagnostic.
    static let citedSections = [
        "2", "3", "3.1", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.5", "3.1.6", "3.1.7",
        "3.1.8", "3.1.9", "3.2", "3.3", "4", "5", "7", "7.1", "11.2",
    ]

    static func folder(_ verdict: Verdict) throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return fixtures.appendingPathComponent("rfc7946").appendingPathComponent(verdict.rawValue)
    }

    /// The files of a folder with an extension, sorted by name.
    static func files(_ verdict: Verdict, extension pathExtension: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder(verdict), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == pathExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The diagnostics a fixture is expected to give, one per line.
    static func expectedLines(of fixture: URL) throws -> [String] {
        let url = fixture.deletingPathExtension().appendingPathExtension("expected")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    static func read(_ fixture: URL) throws -> GeoJSONReader.Result {
        GeoJSONReader().read(try Data(contentsOf: fixture), file: fixture.lastPathComponent)
    }

    @Test(arguments: Verdict.allCases)
    func everyFixtureGivesExactlyTheExpectedDiagnostics(verdict: Verdict) throws {
        let fixtures = try Self.files(verdict, extension: "geojson")
        let folder = try Self.folder(verdict)
        try #require(!fixtures.isEmpty, "no fixtures in \(folder.path)")
        for fixture in fixtures {
            let result = try Self.read(fixture)
            let printed = result.diagnostics.map(\.description)
            let name = fixture.lastPathComponent
            switch verdict {
            case .valid:
                #expect(printed.isEmpty, "\(name)")
                #expect(result.object != nil, "\(name)")
            case .invalid:
                #expect(printed == (try Self.expectedLines(of: fixture)), "\(name)")
                #expect(result.hasErrors, "\(name) has no error")
            case .warning:
                #expect(printed == (try Self.expectedLines(of: fixture)), "\(name)")
                #expect(!printed.isEmpty && !result.hasErrors, "\(name) should give warnings only")
                #expect(result.object != nil, "\(name)")
            }
        }
    }

    @Test(arguments: [Verdict.invalid, .warning])
    func everyFixtureHasItsExpectedFileAndNoExpectedFileIsLeftOver(verdict: Verdict) throws {
        let fixtures = Set(
            try Self.files(verdict, extension: "geojson").map { $0.deletingPathExtension().lastPathComponent })
        let expected = Set(
            try Self.files(verdict, extension: "expected").map { $0.deletingPathExtension().lastPathComponent })
        try #require(!fixtures.isEmpty)
        #expect(fixtures == expected)
    }

    @Test func everyCitedSectionHasAFixture() throws {
        let expectedFiles =
            try Self.files(.invalid, extension: "expected") + Self.files(.warning, extension: "expected")
        try #require(!expectedFiles.isEmpty)
        let text = try expectedFiles.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        for section in Self.citedSections {
            #expect(text.contains("(RFC 7946 section \(section))\n"), "no fixture cites section \(section)")
        }
    }

    @Test func validFixturesSurviveAWriteAndASecondRead() throws {
        let fixtures = try Self.files(.valid, extension: "geojson")
        try #require(!fixtures.isEmpty)
        for fixture in fixtures {
            let object = try #require(try Self.read(fixture).object)
            let reread = GeoJSONReader().read(GeoJSONWriter().data(for: object), file: "written")
            #expect(reread.diagnostics.isEmpty, "\(fixture.lastPathComponent): \(reread.diagnostics)")
            #expect(reread.object == object, "\(fixture.lastPathComponent)")
        }
    }

    @Test func warningFixturesAreWrittenBackWithoutTheirWarnings() throws {
        // The writer rounds, rewinds and drops `crs`: what it writes needs no warning but those
        // about the shape of the data itself (collections, extra numbers, empty geometries).
        let rewritten = [
            "crs", "exterior-clockwise", "hole-counter-clockwise", "ring-last-position-written-differently",
            "ten-decimals", "many-positions-with-too-many-decimals",
        ]
        for name in rewritten {
            let fixture = try Self.folder(.warning).appendingPathComponent(name + ".geojson")
            let object = try #require(try Self.read(fixture).object, "\(name)")
            let reread = GeoJSONReader().read(GeoJSONWriter().data(for: object), file: "written")
            #expect(reread.diagnostics.isEmpty, "\(name): \(reread.diagnostics.map(\.description))")
        }
    }
}
