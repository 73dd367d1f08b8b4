import ArgumentParser
import Chronomap
import Foundation
import Logging

extension ChronomapCommand {
    /// `chronomap animate`: the maps of a range of days as one animation, encoded by ffmpeg.
    struct Animate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "animate",
            abstract: "Animate the maps of a range of days: MP4, GIF, WebP or APNG, encoded by ffmpeg.",
            discussion: """
                One full map per frame (date, legend, events, sources), all on one extent (the region's, widened to \
                the events drawn; --bbox to choose). Needs Debian's ffmpeg package ($CHRONOMAP_FFMPEG overrides its \
                path). The alt text goes beside the file (<out>.txt, <out>.long.txt).
                """)

        @Option(
            name: .long, help: ArgumentHelp("The first day, YYYY-MM-DD.", valueName: "date"),
            transform: Day.parseArgument)
        var from: Day

        @Option(
            name: .long, help: ArgumentHelp("The last day, YYYY-MM-DD.", valueName: "date"),
            transform: Day.parseArgument)
        var to: Day

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Which days get a frame: change (each day zones, routes or the day's events change; the default) or Nd (every N days).",
                valueName: "change|Nd"),
            transform: FrameInterval.parseArgument)
        var every: FrameInterval = .change

        @Option(name: .long, help: ArgumentHelp("Seconds each frame shows.", valueName: "seconds"))
        var hold = 1.5

        @Option(name: .long, help: ArgumentHelp("The file to write: .mp4, .gif, .webp or .apng.", valueName: "file"))
        var out: String

        @OptionGroup var map: MapOptions
        @OptionGroup var shape: LayoutOptions
        @OptionGroup var style: StyleOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard from <= to else {
                throw ValidationError("--from: \(from) is later than --to \(to); give the earlier day first")
            }
            guard hold.isFinite, (0.05...60).contains(hold) else {
                throw ValidationError("--hold: \(hold) is not a number of seconds from 0.05 to 60")
            }
            guard AnimationFormat(pathExtension: pathExtension(out)) != nil else {
                throw ValidationError("--out: \(out) does not end in .mp4, .gif, .webp or .apng")
            }
            if let preset = shape.preset, preset.format != .png {
                throw ValidationError(
                    "--preset: \(preset.rawValue) is a \(preset.format.rawValue.uppercased()) page, not a size for an animation"
                )
            }
            try shape.check(size: map.size, format: nil, formatFlag: "--out")
        }

        func run() throws {
            try reportingFailures {
                let ffmpeg: FFmpeg
                do { ffmpeg = try FFmpeg.locate() } catch { throw CommandFailure(.failure, "--out: \(error)") }
                let dataset = try global.loadDataset()
                let range: ClosedRange<Day>
                do { range = try dataset.drawableRange(from: from, to: to) } catch {
                    throw CommandFailure(.usage, "--to: \(error)")
                }
                let days = every.days(in: range, of: dataset)
                let options = try map.sceneOptions(region: dataset.region, shape: shape)
                let renderer = try style.makeRenderer()
                let progress = ProgressReporter(
                    total: days.count, unit: "frames", itemUnit: nil, logger: Logger(label: "chronomap.animate"))
                let summary: AnimationWriter.Summary
                do {
                    summary = try AnimationWriter(renderer: renderer, ffmpeg: ffmpeg).write(
                        dataset, days: days, options: options, eventsWindowDays: map.eventsWindow.days,
                        scale: map.scale,
                        holdSeconds: hold, format: AnimationFormat(pathExtension: pathExtension(out)) ?? .mp4, to: out,
                        progress: { progress.advance() })
                } catch {
                    throw CommandFailure(.failure, "--out: \(error)")
                }
                progress.finish()
                print(summary.path)
            }
        }
    }
}
