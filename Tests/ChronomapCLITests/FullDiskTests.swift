import Foundation
import Testing
import _ChronomapTestSupport

/// A small tmpfs mounted for one test, so that a command meets a really full disk (`ENOSPC`), then is given room.
/// Mounting needs root, which CI has.
final class SmallDisk {
    let folder: URL

    init(kilobytes: Int, _ name: String = #function) throws {
        folder = try TestPaths.makeScratchFolder(name).appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", folder.path])
    }

    deinit {
        _ = try? ExternalTool.output("/usr/bin/umount", ["--lazy", folder.path])
    }

    /// Gives the disk room: a new size, keeping what it holds.
    func resize(kilobytes: Int) throws {
        try Self.mount(["-o", "remount,size=\(kilobytes)k", folder.path])
    }

    /// Every file on the disk, hidden ones included, as paths relative to it.
    var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// Copies files off the disk (to inspect them with tools that need room to write beside them).
    func copy(_ names: [String], to destination: URL) throws {
        for name in names where FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(name), to: destination.appendingPathComponent(name))
        }
    }

    private static func mount(_ arguments: [String]) throws {
        let result = try ExternalTool.output("/usr/bin/mount", arguments)
        guard result.status == 0 else { throw MountFailed(arguments: arguments) }
    }

    struct MountFailed: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "mount \(arguments.joined(separator: " ")) failed (the test needs root)" }
    }
}

/// Commands that meet a full disk: one clear line naming the file, exit status 1, nothing half-written left, and a
/// re-run after space is freed completes.
@Suite(.serialized, .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
struct FullDiskTests {
    let runner = CommandRunner()

    static func pngcheck(_ path: String) throws -> Bool {
        try ExternalTool.output("/usr/bin/pngcheck", ["-q", path]).status == 0
    }

    @Test func renderLeavesNoPartialPNGThenSucceedsWithRoom() throws {
        let disk = try SmallDisk(kilobytes: 64)
        let target = disk.folder.appendingPathComponent("map.png").path
        let arguments = ["render", "--date", "2023-09-19", "--size", "2000x1500", "--out", target]
        let full = try runner.run(arguments)
        #expect(full.status == 1)
        let message = full.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.contains("\n"), "more than one line: \(message)")
        #expect(message.contains(target), "the message does not name the file: \(message)")
        #expect(message.contains("no space left on device"), "\(message)")
        #expect(disk.files.isEmpty, "left on the full disk: \(disk.files)")

        try disk.resize(kilobytes: 8192)
        let again = try runner.run(arguments)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(disk.files.contains("map.png"), "\(disk.files)")
        #expect(try Self.pngcheck(target))
        #expect(!disk.files.contains { $0.hasSuffix(".tmp") }, "\(disk.files)")
    }

    @Test func tilesToAFolderLeaveOnlyWholeTilesThenTheRestAfterRoom() throws {
        let disk = try SmallDisk(kilobytes: 96)
        let folder = disk.folder.appendingPathComponent("tiles").path
        let arguments = ["tiles", "--date", "2023-09-19", "--zoom", "5-9", "--out", folder, "--jobs", "2"]
        let full = try runner.run(arguments)
        #expect(full.status == 1)
        let message = full.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.contains("\n"), "more than one line: \(message)")
        #expect(message.contains(folder), "the message does not name the file: \(message)")
        #expect(message.contains("no space left on device"), "\(message)")
        let leftover = disk.files
        #expect(!leftover.contains { !$0.hasSuffix(".png") }, "not a tile: \(leftover)")
        for tile in leftover { #expect(try Self.pngcheck(folder + "/" + tile.dropFirst("tiles/".count)), "\(tile)") }

        try disk.resize(kilobytes: 16384)
        let again = try runner.run(arguments)
        #expect(again.status == 0, "\(again.standardError)")
        let tiles = disk.files.filter { $0.hasSuffix(".png") }
        // The pyramid's size from the slippy-map formula (OSM wiki) over the extent in region.json.
        #expect(tiles.count == Self.tileCount(zooms: 5...9, west: 45.4, south: 38.9, east: 47.6, north: 40.6))
        #expect(tiles.count > leftover.count)
        #expect(again.standardError.contains("\(leftover.count) already there"), "\(again.standardError)")
        #expect(disk.files.contains("tiles/tilejson.json"))
        for tile in tiles { #expect(try Self.pngcheck(disk.folder.appendingPathComponent(tile).path), "\(tile)") }
    }

    @Test func mbtilesStaysValidOnAFullDiskAndARerunCompletesIt() throws {
        // Room for the first metatiles (the job starts with the largest, about 175 KB of zoom 9), not for all
        // 380 KB: the disk fills mid-run.
        let disk = try SmallDisk(kilobytes: 240)
        let file = disk.folder.appendingPathComponent("t.mbtiles").path
        let arguments = ["tiles", "--date", "2023-09-19", "--zoom", "5-9", "--mbtiles", file, "--jobs", "2"]
        let full = try runner.run(arguments)
        #expect(full.status == 1)
        let message = full.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.contains("\n"), "more than one line: \(message)")
        #expect(message.contains(file), "the message does not name the file: \(message)")
        #expect(message.contains("full") || message.contains("no space"), "\(message)")

        // sqlite3's own check, on a copy (the full disk has no room for the checker's journal).
        let copy = try TestPaths.makeScratchFolder()
        try disk.copy(["t.mbtiles", "t.mbtiles-wal"], to: copy)
        let check = try ExternalTool.output(
            "/usr/bin/sqlite3",
            [copy.appendingPathComponent("t.mbtiles").path, "pragma integrity_check; select count(*) from map"])
        let checkLines = check.output.split(separator: "\n").map(String.init)
        #expect(checkLines.first == "ok", "\(check.output)")
        // The disk filled up mid-run, not before the first tile: some metatiles were committed.
        let committed = try #require(Int(checkLines.last ?? ""))
        #expect(committed > 0)

        try disk.resize(kilobytes: 16384)
        let again = try runner.run(arguments)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardError.contains("\(committed) already there"), "\(again.standardError)")
        let after = try ExternalTool.output(
            "/usr/bin/sqlite3", [file, "pragma integrity_check; select count(*) from tiles"])
        let lines = after.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "ok")
        #expect(Int(lines.last ?? "") == Self.tileCount(zooms: 5...9, west: 45.4, south: 38.9, east: 47.6, north: 40.6))
        #expect(disk.files == ["t.mbtiles"], "\(disk.files)")
    }

    /// Tiles covering a box at each zoom, from the slippy-map formula.
    static func tileCount(zooms: ClosedRange<Int>, west: Double, south: Double, east: Double, north: Double) -> Int {
        zooms.reduce(0) { total, zoom in
            let n = Double(1 << zoom)
            func column(_ longitude: Double) -> Int { Int(((longitude + 180) / 360 * n).rounded(.down)) }
            func row(_ latitude: Double) -> Int {
                let radians = latitude * .pi / 180
                return Int(((1 - log(tan(radians) + 1 / cos(radians)) / .pi) / 2 * n).rounded(.down))
            }
            return total + (column(east) - column(west) + 1) * (row(south) - row(north) + 1)
        }
    }
}
