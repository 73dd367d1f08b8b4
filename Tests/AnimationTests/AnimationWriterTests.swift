import Animation
import Canvas
import Chronology
import Description
import Foundation
import Localization
import Render
import Scene
import Testing
import _ChronomapTestSupport

/// Animations as ffprobe (and, for WebP, a RIFF reader of the tests' own) sees them: codec, size, frame count,
/// duration; frames in order; nothing left behind when ffmpeg fails or is missing.
@Suite(.serialized) struct AnimationWriterTests {
    static let days = ["2024-02-01", "2024-03-06", "2024-05-02"]

    static func write(
        _ format: AnimationFormat, width: Double = 320, height: Double = 240, ffmpeg: FFmpeg? = nil, in folder: URL
    ) throws -> AnimationWriter.Summary {
        let path = folder.appendingPathComponent("series.\(format.rawValue)").path
        return try AnimationWriter(renderer: FixtureMap.renderer.get(), ffmpeg: ffmpeg ?? FFmpeg.locate()).write(
            FixtureRegion.dataset.get(), days: days.map { try Day(iso: $0) },
            options: SceneOptions(width: width, height: height), eventsWindowDays: 3, scale: 1, holdSeconds: 0.5,
            format: format, to: path)
    }

    static func probe(_ path: String) throws -> [String: Any] {
        let result = try ExternalTool.output(
            "/usr/bin/ffprobe",
            [
                "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                "stream=codec_name,width,height,pix_fmt,nb_read_frames:format=duration", "-of", "json", path,
            ])
        #expect(result.status == 0)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test(arguments: [(AnimationFormat.mp4, "h264"), (.gif, "gif"), (.apng, "apng")])
    func ffprobeReadsEveryFrameAtItsSize(format: AnimationFormat, codec: String) throws {
        let folder = try TestPaths.makeScratchFolder("animation-\(format.rawValue)")
        let summary = try Self.write(format, in: folder)
        let probe = try Self.probe(summary.path)
        let stream = try #require((probe["streams"] as? [[String: Any]])?.first)
        #expect(stream["codec_name"] as? String == codec)
        #expect(stream["width"] as? Int == 320 && stream["height"] as? Int == 240)
        // GIF and APNG have a frame per map lasting the hold; MP4 repeats each map at 30 frames a second, 15 frames
        // for the 0.5 s hold (APNG gives no container duration, so the frames' own are summed).
        let framesPerMap = format == .mp4 ? 15 : 1
        #expect(Int(stream["nb_read_frames"] as? String ?? "") == Self.days.count * framesPerMap)
        let frames = try ExternalTool.output(
            "/usr/bin/ffprobe",
            ["-v", "error", "-show_entries", "frame=pkt_duration_time", "-of", "csv=p=0", summary.path])
        let durations = frames.output.split(separator: "\n").compactMap { Double($0.split(separator: ",").first ?? "") }
        #expect(durations.count == Self.days.count * framesPerMap)
        let frameDuration = 0.5 / Double(framesPerMap)
        #expect(durations.allSatisfy { abs($0 - frameDuration) < 0.011 }, "\(durations)")
        if format == .mp4 { #expect(stream["pix_fmt"] as? String == "yuv420p") }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let file = "series.\(format.rawValue)"
        #expect(names == [file, file + ".long.txt", file + ".txt"])
    }

    /// MP4 plays at a standard 30 frames a second, each map repeated for the hold: ffprobe's rate is 30/1, and the
    /// decoded frames (grey, as ffmpeg gives them) come in three runs of 15 alike frames (0.5 s at 30 frames a
    /// second). H.264 need not decode a repeated frame bit for bit, so frames count as alike when fewer than 0.1% of
    /// their pixels differ by more than 16 levels.
    @Test func mp4IsThirtyFramesASecondWithEachMapHeld() throws {
        let folder = try TestPaths.makeScratchFolder()
        let summary = try Self.write(.mp4, in: folder)
        let rate = try ExternalTool.output(
            "/usr/bin/ffprobe",
            [
                "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=r_frame_rate", "-of",
                "default=noprint_wrappers=1", summary.path,
            ])
        #expect(rate.output.trimmingCharacters(in: .whitespacesAndNewlines) == "r_frame_rate=30/1")
        let probe = try Self.probe(summary.path)
        let duration = try #require(Double((probe["format"] as? [String: Any])?["duration"] as? String ?? ""))
        #expect(abs(duration - 1.5) < 0.011)
        let grey = folder.appendingPathComponent("frames.grey").path
        let decoded = try ExternalTool.output(
            "/usr/bin/ffmpeg", ["-v", "error", "-i", summary.path, "-f", "rawvideo", "-pix_fmt", "gray", "-y", grey])
        #expect(decoded.status == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: grey)))
        let frameSize = 320 * 240
        #expect(bytes.count == 45 * frameSize)
        var runs: [Int] = []
        for start in stride(from: 0, to: bytes.count - frameSize + 1, by: frameSize) {
            let previous = start - frameSize
            let changed =
                previous < 0
                ? frameSize
                : (0..<frameSize).reduce(0) { count, offset in
                    abs(Int(bytes[start + offset]) - Int(bytes[previous + offset])) > 16 ? count + 1 : count
                }
            if changed * 1000 < frameSize { runs[runs.count - 1] += 1 } else { runs.append(1) }
        }
        #expect(runs == [15, 15, 15])
    }

    /// H.264 in yuv420p needs even sides: 321x241 frames are padded to 322x242.
    @Test func oddSizesArePaddedForH264() throws {
        let folder = try TestPaths.makeScratchFolder()
        let summary = try Self.write(.mp4, width: 321, height: 241, in: folder)
        let stream = try #require((try Self.probe(summary.path)["streams"] as? [[String: Any]])?.first)
        #expect(stream["width"] as? Int == 322 && stream["height"] as? Int == 242)
    }

    /// ffmpeg 5.1 cannot decode animated WebP, so the RIFF chunks are read here: one ANMF chunk per frame, each
    /// lasting the hold, on a canvas of the frame's size.
    @Test func webpHasOneAnimationFramePerDay() throws {
        let folder = try TestPaths.makeScratchFolder()
        let summary = try Self.write(.webp, in: folder)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: summary.path)))
        #expect(Array(bytes[0..<4]) == Array("RIFF".utf8) && Array(bytes[8..<12]) == Array("WEBP".utf8))
        var offset = 12
        var frames: [Int] = []
        var canvas: (Int, Int)?
        func number(_ at: Int, _ count: Int) -> Int { (0..<count).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        while offset + 8 <= bytes.count {
            let type = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let size = number(offset + 4, 4)
            if type == "VP8X" { canvas = (number(offset + 12, 3) + 1, number(offset + 15, 3) + 1) }
            if type == "ANMF" { frames.append(number(offset + 8 + 12, 3)) }
            offset += 8 + size + size % 2
        }
        #expect(canvas.map { $0 == (320, 240) } == true)
        #expect(frames == [500, 500, 500])
    }

    /// APNG is lossless: each decoded frame is, pixel for pixel, the map of its day on the shared extent (its labels
    /// started where the day before had them), so the frames are in order and each shows its own day.
    @Test func eachFrameIsTheMapOfItsDay() throws {
        let folder = try TestPaths.makeScratchFolder()
        let summary = try Self.write(.apng, in: folder)
        let dataset = try FixtureRegion.dataset.get()
        let renderer = try FixtureMap.renderer.get()
        let days = try Self.days.map { try Day(iso: $0) }
        var options = SceneOptions(width: 320, height: 240)
        options.bbox = try SeriesExtent.union(of: days, dataset: dataset, eventsWindowDays: 3)
        // Labels keep still from frame to frame: each day's map is built with the labels of the map before it.
        var previousLabels: [PlacedLabel] = []
        for (index, day) in days.enumerated() {
            let png = folder.appendingPathComponent("frame-\(index).png").path
            let extraction = try ExternalTool.output(
                "/usr/bin/ffmpeg",
                ["-v", "error", "-i", summary.path, "-vf", "select=eq(n\\,\(index))", "-frames:v", "1", png])
            #expect(extraction.status == 0)
            let decoded = try Surface(contentsOfPNGFile: png).argbWords()
            options.previousLabels = previousLabels
            let scene = try renderer.scene(
                of: dataset.snapshot(on: day, eventsWindowDays: 3), dataset: dataset, options: options)
            previousLabels = scene.placedLabels
            let expected = try renderer.image(of: scene).argbWords()
            #expect(decoded.count == expected.count)
            let differing = zip(decoded, expected).filter { $0 != $1 }.count
            #expect(differing == 0, "frame \(index) (\(day)): \(differing) pixels differ")
        }
    }

    /// The animation is described as a whole: its frames, and each side's area on the first and last day, from
    /// pyproj (`FixtureRegion`): the Highland Council holds a 0.8° strip on 1 February and a 1.1° strip on 2 May
    /// (the 0.3° strip still changing hands is counted apart).
    @Test func theAltTextDescribesTheWhole() throws {
        let folder = try TestPaths.makeScratchFolder()
        let summary = try Self.write(.gif, in: folder)
        let short = try String(contentsOfFile: summary.path + ".txt", encoding: .utf8)
        #expect(AltText.wordCount(short) < AltText.shortWordLimit)
        #expect(short.hasPrefix("Animation of 3 maps of Marrowdale, one frame per date from 1 February 2024"))
        let first = FixtureRegion.highlandBeforeKm2
        let last = FixtureRegion.highlandAfterKm2
        #expect(
            short.contains(
                "Highland Council forces \(Catalog.english.area(squareKilometres: first)) on 1 February 2024, "
                    + "\(Catalog.english.area(squareKilometres: last)) on 2 May 2024"))
        let long = try String(contentsOfFile: summary.path + ".long.txt", encoding: .utf8)
        #expect(long.contains("Frame 3, 2 May 2024"))
        // Frame 2's events, by their titles in the fixture's events file.
        #expect(long.contains("Coast League offensive on the Brackwater line"))
    }

    @Test func aMissingFFmpegNamesTheDebianPackage() {
        #expect {
            _ = try FFmpeg.locate(environment: ["CHRONOMAP_FFMPEG": "/nonexistent", "PATH": "/usr/bin"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("/nonexistent") && text.contains("Debian's ffmpeg package")
        }
        #expect(throws: FFmpeg.Failure.self) { _ = try FFmpeg.locate(environment: ["PATH": "/nonexistent"]) }
    }

    /// An ffmpeg that fails leaves neither the animation, nor a temporary file, nor alt text.
    @Test func aFailingEncoderLeavesNothing() throws {
        let folder = try TestPaths.makeScratchFolder()
        #expect(throws: FFmpeg.Failure.self) {
            _ = try Self.write(.mp4, ffmpeg: FFmpeg(path: "/bin/false"), in: folder)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
