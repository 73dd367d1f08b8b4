import Foundation
import Testing
import _ChronomapTestSupport

/// `tiles --shard auto` as each batch engine runs it: one process per array task, with only the variables that engine
/// sets (Slurm's job arrays, Kubernetes' indexed Jobs and AWS Batch's array jobs, as their documentation names them),
/// then `tiles merge`. The merged file must hold the single run's tiles, byte for byte, read back by the sqlite3
/// command-line shell rather than by the writer's own code.
@Suite(.serialized) struct TilesShardAutoTests {
    let runner = CommandRunner()
    static let tasks = 3
    /// Every engine's variables blank, so that a test run inside a real job array reads only what each case sets.
    static let blank = [
        "SLURM_ARRAY_TASK_ID": "", "SLURM_ARRAY_TASK_MIN": "", "SLURM_ARRAY_TASK_STEP": "",
        "SLURM_ARRAY_TASK_COUNT": "",
        "JOB_COMPLETION_INDEX": "", "AWS_BATCH_JOB_ARRAY_INDEX": "", "AWS_BATCH_JOB_ARRAY_SIZE": "",
    ]

    /// Each task's variables, in the order the engine numbers its tasks.
    static let engines: [(name: String, extra: [String], task: @Sendable (Int) -> [String: String])] = [
        (
            "Slurm, --array=1-3", [],
            { task in
                ["SLURM_ARRAY_TASK_ID": "\(task + 1)", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "3"]
            }
        ),
        ("Kubernetes, completions: 3", ["--shards", "3"], { task in ["JOB_COMPLETION_INDEX": "\(task)"] }),
        (
            "AWS Batch, size 3", [],
            { task in ["AWS_BATCH_JOB_ARRAY_INDEX": "\(task)", "AWS_BATCH_JOB_ARRAY_SIZE": "3"] }
        ),
    ]

    /// The rows of an MBTiles file's `tiles` view as the sqlite3 shell prints them, one line per tile.
    func rows(of file: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [
            file.path, "SELECT zoom_level, tile_column, tile_row, hex(tile_data) FROM tiles ORDER BY 1, 2, 3",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func shardsOfEveryEngineMergeIntoTheSingleRunsTiles() throws {
        let (folder, data) = try AnyRegionTests().makeRiverland()
        let job =
            ["tiles", "--date", "2024-03-06", "--zoom", "8-13", "--data", data, "--jobs", "1"] + AnyRegionTests.style
        let whole = try runner.run(job + ["--mbtiles", "whole.mbtiles"], in: folder, environment: Self.blank)
        #expect(whole.status == 0, "\(whole.standardError)")
        let expected = try rows(of: folder.appendingPathComponent("whole.mbtiles"))
        #expect(expected.count > 100, "the single run wrote \(expected.count) tiles")

        for (index, engine) in Self.engines.enumerated() {
            var parts: [String] = []
            for task in 0..<Self.tasks {
                let environment = Self.blank.merging(engine.task(task)) { $1 }
                let run = try runner.run(
                    job + ["--shard", "auto", "--mbtiles", "engine\(index)-part-{shard}.mbtiles"] + engine.extra,
                    in: folder, environment: environment)
                #expect(run.status == 0, "\(engine.name), task \(task): \(run.standardError)")
                let part = "engine\(index)-part-\(task + 1).mbtiles"
                #expect(run.standardOutput == part + "\n", "\(engine.name): the file is named after its part")
                let count = try rows(of: folder.appendingPathComponent(part)).count
                #expect(count > 0 && count < expected.count, "\(engine.name), task \(task) wrote \(count) tiles")
                parts.append(part)
            }
            let merged = "engine\(index)-merged.mbtiles"
            let merge = try runner.run(["tiles", "merge", "--out", merged] + parts, in: folder)
            #expect(merge.status == 0, "\(engine.name): \(merge.standardError)")
            #expect(try rows(of: folder.appendingPathComponent(merged)) == expected, "\(engine.name)")
        }
    }

    /// What the engines cannot tell is a usage error naming the flag and the variable, before any tile is drawn.
    @Test func anUnknownPartIsAUsageErrorNamingTheVariable() throws {
        // The part is read before the data set, so no data set is needed to see the error.
        let data = "no-such-data-set"
        let cases: [([String: String], [String], String)] = [
            ([:], [], "--shard auto: no job array task in the environment"),
            (["JOB_COMPLETION_INDEX": "2"], [], "Kubernetes gives no number of tasks; add --shards N"),
            (["AWS_BATCH_JOB_ARRAY_INDEX": "3", "AWS_BATCH_JOB_ARRAY_SIZE": "3"], [], "AWS Batch task 3 is beyond"),
            (["JOB_COMPLETION_INDEX": "x"], ["--shards", "3"], "JOB_COMPLETION_INDEX=x is not a whole number"),
            (
                ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_STEP": "2"],
                ["--shards", "4"],
                "SLURM_ARRAY_TASK_ID=2 is not on the array's range"
            ),
            (
                ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "8"], ["--shards", "4"],
                "--shards 4 disagrees with the Slurm array's 8 tasks"
            ),
            (
                ["JOB_COMPLETION_INDEX": "1", "AWS_BATCH_JOB_ARRAY_INDEX": "1"], ["--shards", "4"],
                "both JOB_COMPLETION_INDEX and AWS_BATCH_JOB_ARRAY_INDEX are set"
            ),
        ]
        for (variables, extra, message) in cases {
            let run = try runner.run(
                ["tiles", "--date", "2024-03-06", "--data", data, "--shard", "auto", "--mbtiles", "x.mbtiles"] + extra,
                in: try TestPaths.makeScratchFolder(), environment: Self.blank.merging(variables) { $1 })
            #expect(run.status == 64, "\(variables): \(run.standardError)")
            #expect(run.standardError.contains(message), "\(variables): \(run.standardError)")
        }
        let stray = try runner.run(["tiles", "--date", "2024-03-06", "--shard", "2/4", "--shards", "4"])
        #expect(stray.status == 64 && stray.standardError.contains("--shards: only with --shard auto"))
    }
}
