import Foundation
import Testing
import _ChronomapTestSupport

/// `chronomap animate` as a user runs it, including what goes wrong, on the fixture region (`FixtureRegion`).
@Suite struct AnimateCommandTests {
    let runner = CommandRunner()

    @Test func writesAnMP4AndItsAltText() throws {
        let folder = try TestPaths.makeScratchFolder()
        let out = folder.appendingPathComponent("war.mp4").path
        let outcome = try runner.run([
            "animate", "--from", "2024-05-01", "--to", "2024-05-03", "--every", "1", "--size", "320x240", "--hold",
            "0.5",
            "--out",
            out, "--data", FixtureRegion.folder.get(),
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == out + "\n")
        let probe = try ExternalTool.output(
            "/usr/bin/ffprobe",
            [
                "-v", "error", "-count_frames", "-show_entries", "stream=codec_name,nb_read_frames", "-of", "csv=p=0",
                out,
            ])
        // 3 maps (1, 2 and 3 May, a map a day), each held 0.5 s, at the MP4's 30 frames a second: 45 frames.
        #expect(probe.output.trimmingCharacters(in: .whitespacesAndNewlines) == "h264,45")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "war.mp4", "war.mp4.long.txt", "war.mp4.txt",
            ])
    }

    @Test(arguments: [
        (
            ["--from", "2024-05-01", "--to", "2024-03-05", "--out", "a.mp4"], Int32(64),
            "chronomap: --from: 2024-05-01 is later than --to 2024-03-05"
        ),
        (
            ["--from", "2023-01-01", "--to", "2023-12-31", "--out", "a.mp4"], 64,
            "chronomap: --to: 2023-01-01 to 2023-12-31 has no day maps can be drawn for"
        ),
        (
            ["--from", "2024-03-05", "--to", "2024-05-01", "--out", "a.avi"], 64,
            "chronomap: --out: a.avi does not end in .mp4, .gif, .webp or .apng"
        ),
        (
            ["--from", "2024-03-05", "--to", "2024-05-01", "--out", "a.gif", "--every", "week"], 64,
            "chronomap: --every: \"week\" is not change or a number of days"
        ),
        (
            ["--from", "2024-03-05", "--to", "2024-05-01", "--out", "a.gif", "--hold", "0"], 64,
            "chronomap: --hold: 0.0 is not a number of seconds from 0.05 to 60"
        ),
    ])
    func badInputIsOneLineAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(["animate"] + arguments + ["--data", FixtureRegion.folder.get()], in: folder)
        #expect(outcome.status == status)
        #expect(outcome.standardError.hasPrefix(message), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Without ffmpeg: one line naming the Debian package, exit 1, no file.
    @Test func missingFFmpegNamesTheDebianPackage() throws {
        let folder = try TestPaths.makeScratchFolder()
        let outcome = try runner.run(
            [
                "animate", "--from", "2024-03-05", "--to", "2024-05-01", "--out", "war.gif", "--data",
                FixtureRegion.folder.get(),
            ], in: folder, environment: ["CHRONOMAP_FFMPEG": "/nonexistent"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "chronomap: --out: ffmpeg not found at /nonexistent ($CHRONOMAP_FFMPEG): install Debian's ffmpeg package (apt-get install ffmpeg) or fix the path\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
