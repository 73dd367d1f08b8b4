import Chronomap
import Foundation

/// A whole-history site: `chronomap site` over every key date of the data set, from the first to the last, zooms
/// 5–12 over the wide box, as a user runs it (a child process, its time and peak memory from GNU time). It reports the time,
/// peak memory, the tile files, their bytes on disk (a hard-linked tile counted once) and the share of tile files
/// that are links to another date's identical tile.
///
/// Peak memory must stay flat as dates are added (dates are streamed, no scene is held past its date): the same
/// site is also built over the first half of the history, and the two peaks are printed side by side. Chronomap
/// only: Mapnik has no site.
enum SiteBenchmark {
    /// The wider box users render, as the tile pyramids of the main benchmark.
    static let box = Benchmark.wideBox

    /// What one site run measured.
    struct Figures {
        var days: Int
        var seconds: Double
        var peakKiB: Double
        var tileFiles: Int
        var distinctTiles: Int
        var bytesOnDisk: Int
        /// The share of tile files that are hard links to a tile already written for another date.
        var sharedShare: Double { tileFiles == 0 ? 0 : 1 - Double(distinctTiles) / Double(tileFiles) }
    }

    /// Builds the half-history and the whole-history site and prints both.
    static func run(dataset: Dataset, chronomap: String, scratch: URL, smoke: Bool) throws {
        let keyDays = dataset.keyDates.filter(\.isDrawable).map(\.day).sorted()
        guard let first = keyDays.first, let last = keyDays.last else {
            throw BenchmarkError("the data set has no key dates to build a site of")
        }
        let zooms = smoke ? "5-8" : "5-12"
        let half = keyDays[keyDays.count / 2]
        var results: [(String, Figures)] = []
        for (name, end) in [("first half", half), ("whole history", last)] {
            let folder = scratch.appendingPathComponent("site-\(end)")
            let days = keyDays.filter { $0 <= end }.count
            Benchmark.log("  site of \(name): \(days) dates from \(first) to \(end), z\(zooms) …")
            let figures = try build(
                chronomap: chronomap,
                arguments: [
                    "site", "--from", "\(first)", "--to", "\(end)", "--zoom", zooms, "--bbox",
                    box.map { String($0) }.joined(separator: ","), "--out", folder.path,
                ], folder: folder, days: days)
            results.append((name, figures))
            try? FileManager.default.removeItem(at: folder)
        }
        for (name, figures) in results {
            print(
                "site, \(name) (\(figures.days) dates, z\(zooms), \(box.map { String($0) }.joined(separator: ","))): "
                    + String(
                        format: "%.1f s, peak memory %.0f MiB, %d tile files, %d distinct (%.0f%% shared), %.1f MB",
                        figures.seconds, figures.peakKiB / 1024, figures.tileFiles, figures.distinctTiles,
                        figures.sharedShare * 100, Double(figures.bytesOnDisk) / 1_000_000))
        }
        if let halfRun = results.first?.1, let wholeRun = results.last?.1 {
            print(
                String(
                    format: "site: peak memory whole / first half = %.2f with %.1f× the dates (flat is 1.0)",
                    wholeRun.peakKiB / halfRun.peakKiB, Double(wholeRun.days) / Double(halfRun.days)))
        }
    }

    /// Runs `chronomap site` under GNU time and counts what it wrote.
    static func build(chronomap: String, arguments: [String], folder: URL, days: Int) throws -> Figures {
        let (seconds, peak) = try Benchmark.gnuTime(chronomap, arguments, timeFile: folder.path + ".time")
        var files = 0, bytes = 0
        var inodes = Set<UInt64>()
        let tiles = folder.appendingPathComponent("tiles").path
        let enumerator = FileManager.default.enumerator(atPath: tiles)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".png") else { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: tiles + "/" + relative)
            files += 1
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? UInt64(files)
            if inodes.insert(inode).inserted { bytes += (attributes[.size] as? Int) ?? 0 }
        }
        guard files > 0 else { throw BenchmarkError("the site at \(folder.path) has no tiles") }
        return Figures(
            days: days, seconds: seconds, peakKiB: peak, tileFiles: files, distinctTiles: inodes.count,
            bytesOnDisk: bytes)
    }
}
