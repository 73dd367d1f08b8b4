import Foundation
import Testing
import _ChronomapTestSupport

/// Every output is the same bytes from two processes. Swift seeds its hashing afresh in each process, so a
/// dictionary's or set's order that leaks into a file shows only across processes, never within one; each command
/// here runs twice as its own process (with `SWIFT_DETERMINISTIC_HASHING` cleared) and the files are compared.
@Suite(.serialized) struct TwoProcessDeterminismTests {
    let runner = CommandRunner()
    static let randomHashing = ["SWIFT_DETERMINISTIC_HASHING": ""]

    /// The files a run wrote (relative path → bytes), and what it printed.
    func outputs(of arguments: [String], in folder: URL, into run: String) throws -> ([String: Data], String) {
        let out = folder.appendingPathComponent(run)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let arguments = arguments.map { $0.replacingOccurrences(of: "{run}", with: run) }
        let result = try runner.run(arguments, in: folder, environment: Self.randomHashing)
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
            let url = out.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return (files, result.standardOutput.replacingOccurrences(of: run, with: "{run}"))
    }

    @Test func everyOutputIsTheSameBytesFromTwoProcesses() throws {
        let (folder, data) = try AnyRegionTests().makeRiverland()
        let style = AnyRegionTests.style
        let commands: [[String]] = [
            ["render", "--date", "2024-03-06", "--size", "800x600", "--out", "{run}/map.png"],
            ["render", "--date", "2024-03-06", "--size", "800x600", "--out", "{run}/map.svg"],
            ["export", "--date", "2024-03-06", "--out", "{run}/map.geojson"],
            [
                "compare", "--before", "2024-03-01", "--after", "2024-03-09", "--size", "600x400", "--out-dir", "{run}",
                "--json",
            ],
            ["areas", "--json", "--csv", "{run}/areas.csv", "--chart", "{run}/areas.png"],
            ["timeline", "--json"],
        ]
        var filesCompared = 0
        for command in commands {
            let arguments = command + ["--data", data] + (["export", "timeline"].contains(command[0]) ? [] : style)
            let (first, firstPrinted) = try outputs(of: arguments, in: folder, into: "first-\(command[0])")
            let (second, secondPrinted) = try outputs(of: arguments, in: folder, into: "second-\(command[0])")
            #expect(first.keys.sorted() == second.keys.sorted(), "\(command)")
            for (path, bytes) in first {
                #expect(!bytes.isEmpty && second[path] == bytes, "\(command): \(path) differs between processes")
                filesCompared += 1
            }
            #expect(firstPrinted == secondPrinted, "\(command): what it printed differs between processes")
        }
        // Every command wrote a file or printed JSON: at least the 2 maps, the export, the pair, the CSV and chart.
        #expect(filesCompared >= 7, "\(filesCompared) files compared")
    }
}
