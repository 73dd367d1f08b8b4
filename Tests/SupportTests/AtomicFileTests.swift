import Foundation
import Support
import Testing

@Suite struct AtomicFileTests {
    /// A fresh folder of the test's own.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func contents(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func writesTheBytesAndReplacesAnOldFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.txt"
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try Self.contents(of: folder) == ["a.txt"])
    }

    @Test func writesFilesThatBelongTogether() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(together: [
            (folder + "/map.png", Data([1, 2, 3])), (folder + "/map.pgw", Data("world".utf8)),
            (folder + "/sub/map.png.txt", Data("alt".utf8)),
        ])
        #expect(try Self.contents(of: folder) == ["map.pgw", "map.png", "sub"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/map.png")) == Data([1, 2, 3]))
        #expect(try String(contentsOfFile: folder + "/sub/map.png.txt", encoding: .utf8) == "alt")
    }

    /// The last of three files cannot be written (its folder's place is taken by a file): the first two must not
    /// appear either, an older version of the first stays as it was, and no temporary file is left.
    @Test func writesNoneOfTheFilesWhenOneFails() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Data("old image".utf8), to: folder + "/map.png")
        try AtomicFile.write(Data("a file, not a folder".utf8), to: folder + "/blocked")
        let blocked = folder + "/blocked/map.png.txt"
        #expect {
            try AtomicFile.write(together: [
                (folder + "/map.png", Data("new image".utf8)), (folder + "/map.pgw", Data("world".utf8)),
                (blocked, Data("alt".utf8)),
            ])
        } throws: { error in
            (error as? AtomicFile.WriteError)?.path == blocked
        }
        #expect(try Self.contents(of: folder) == ["blocked", "map.png"])
        #expect(try String(contentsOfFile: folder + "/map.png", encoding: .utf8) == "old image")
    }
}
