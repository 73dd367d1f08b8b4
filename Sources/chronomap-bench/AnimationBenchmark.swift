import Chronomap
import Foundation

/// The animation of the 2020 war (27 September to 10 November), one frame per change, 1200x900, encoded as MP4:
/// the goal is under 10 s on the project's 2-core machine. Chronomap only (Mapnik has no animation to compare).
enum AnimationBenchmark {
    static let range = ("2020-09-27", "2020-11-10")

    /// Runs the job `runs` times and prints the median wall time and the frame count.
    static func run(dataset: Dataset, renderer: MapRenderer, scratch: URL, runs: Int) throws {
        let ffmpeg: FFmpeg
        do { ffmpeg = try FFmpeg.locate() } catch {
            Benchmark.log("animation: skipped (\(error))")
            return
        }
        let days = FrameInterval.change.days(in: try Day(iso: range.0)...Day(iso: range.1), of: dataset)
        var seconds: [Double] = []
        var frames = 0, bytes = 0
        for run in 1...max(1, runs) {
            let path = scratch.appendingPathComponent("war-\(run).mp4").path
            let start = DispatchTime.now()
            let summary = try AnimationWriter(renderer: renderer, ffmpeg: ffmpeg).write(
                dataset, days: days, options: SceneOptions(width: 1200, height: 900), eventsWindowDays: 3, scale: 1,
                holdSeconds: 1.5, format: .mp4, to: path)
            seconds.append(Benchmark.seconds(start, DispatchTime.now()))
            (frames, bytes) = (summary.frames, summary.bytes)
        }
        let median = seconds.sorted()[seconds.count / 2]
        print(
            "animation \(range.0)..\(range.1), every change, 1200x900 MP4: \(frames) frames, "
                + "\(String(format: "%.2f", median)) s (median of \(seconds.count)), \(bytes) bytes; goal < 10 s")
    }
}
