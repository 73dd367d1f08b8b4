import Foundation

/// Running the jobs: processes timed by GNU time, JSON figures from child processes, the files they write.
extension Benchmark {
    /// A whole command, as a user runs it: wall time from process start to exit and peak memory, both from GNU
    /// time (`/usr/bin/time`, an independent measure, to the hundredth of a second: Foundation's `waitUntilExit`
    /// polls every 50 ms, which rounded every figure up to the next 0.05 s), and the size of the file it wrote.
    static func timedCommand(_ executable: String, _ arguments: [String], output: String) throws -> [String: Double] {
        let (wall, peak) = try gnuTime(executable, arguments, timeFile: output + ".time")
        guard let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? nil else {
            throw BenchmarkError("\(executable) \(arguments.joined(separator: " ")) wrote no \(output)")
        }
        return ["wall_seconds": wall, "peak_memory_kib": peak, "bytes": Double(bytes)]
    }

    /// Runs a command under GNU time: its wall time in seconds and its peak memory in KiB, both as GNU time
    /// measures them. The time file is removed afterwards.
    static func gnuTime(_ executable: String, _ arguments: [String], timeFile: String) throws -> (Double, Double) {
        defer { try? FileManager.default.removeItem(atPath: timeFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["--format", "%e %M", "--output", timeFile, executable] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let figures = (try? String(contentsOfFile: timeFile, encoding: .utf8))?.split(separator: "\n").last?
            .split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard process.terminationStatus == 0, let figures, figures.count == 2 else {
            throw BenchmarkError(
                "\(executable) \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus))")
        }
        return (figures[0], figures[1])
    }

    static func python(_ arguments: [String]) throws -> [String: Double] {
        try runJSON("/usr/bin/python3", ["bench/mapnik/render.py"] + arguments)
    }

    /// The bytes of the PNG files under `folder/{z}/`, by zoom.
    static func bytesPerZoom(in folder: String) throws -> [Int: Double] {
        var bytes: [Int: Double] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".png"), let zoom = relative.split(separator: "/").first.flatMap({ Int($0) })
            else { continue }
            let size = try FileManager.default.attributesOfItem(atPath: folder + "/" + relative)[.size] as? Int ?? 0
            bytes[zoom, default: 0] += Double(size)
        }
        return bytes
    }

    static func runJSON(_ executable: String, _ arguments: [String]) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            throw BenchmarkError(
                "\(executable) \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus))")
        }
        return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    /// A new folder for the jobs' files, in memory (`/dev/shm`) where the machine has one. Both sides write there:
    /// on this machine's shared disk the same 855-tile job took 0.32 s or 0.5-0.8 s depending on what the disk was
    /// still doing (the site run writes 211,136 files), and the figures are of the renderers, not of the disk.
    static func scratchFolder(_ name: String) throws -> URL {
        let memory = URL(fileURLWithPath: "/dev/shm")
        let parent =
            FileManager.default.isWritableFile(atPath: memory.path) ? memory : FileManager.default.temporaryDirectory
        let folder = parent.appendingPathComponent("\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        log("scratch folder: \(folder.path)")
        return folder
    }

    /// Writes out what earlier work left to the disk (a build, the other side's tiles, the files just removed)
    /// before a timed job, so that its write-back does not land in the job's time: the disk of these machines is
    /// shared, and a tile job's 855 files took 0.31 s on a settled file system and up to 0.6 s after a build.
    static func settleFileSystem() { sync() }
}
