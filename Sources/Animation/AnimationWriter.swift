import Canvas
import Chronology
import Description
import Foundation
import Logging
import Render
import Scene
import Support

/// Writes an animation of a range of days: one full map per day (title with its date, legend, events, sources),
/// all on one extent, with labels kept still from frame to frame (``SeriesLabels``), rendered in parallel and encoded by ffmpeg into a temporary file beside the target, which is
/// renamed over it only once complete; then the animation's alt text beside it.
public struct AnimationWriter: Sendable {
    public let renderer: MapRenderer
    public let ffmpeg: FFmpeg
    let logger = Logger(label: "chronomap.animation")

    /// What was written.
    public struct Summary: Sendable {
        public var path: String
        public var frames: Int
        /// Frame size in device pixels.
        public var width: Int
        public var height: Int
        public var bytes: Int
        public var altText: AltText
    }

    /// - Parameters:
    ///   - renderer: builds and paints the frames.
    ///   - ffmpeg: encodes them.
    public init(renderer: MapRenderer, ffmpeg: FFmpeg) {
        self.renderer = renderer
        self.ffmpeg = ffmpeg
    }

    /// Renders the frames of `days` and encodes them.
    /// - Parameters:
    ///   - days: the frames' days, oldest first; at least one.
    ///   - options: the maps' options; their extent is replaced by the union of the days' extents unless it is set.
    ///   - eventsWindowDays: the events window of each map.
    ///   - scale: device pixels per logical pixel.
    ///   - holdSeconds: how long each frame shows.
    ///   - format: the file format.
    ///   - path: the file to write.
    ///   - progress: called once per frame encoded.
    /// - Throws: `RenderError`, `DateError`, ``FFmpeg/Failure`` or `AtomicFile.WriteError`; no partial file is left.
    public func write(
        _ dataset: Dataset, days: [Day], options: SceneOptions, eventsWindowDays: Int, scale: Double,
        holdSeconds: Double, format: AnimationFormat, to path: String, progress: (@Sendable () -> Void)? = nil
    ) throws -> Summary {
        var options = options
        if options.bbox == nil {
            options.bbox = try SeriesExtent.union(of: days, dataset: dataset, eventsWindowDays: eventsWindowDays)
        }
        options.furnitureReserve = try SeriesFurniture.reserve(
            dataset, days: days, options: options, eventsWindowDays: eventsWindowDays, renderer: renderer)
        let width = Int((options.width * scale).rounded()), height = Int((options.height * scale).rounded())
        let frames = try encode(
            dataset, days: days, options: options, eventsWindowDays: eventsWindowDays, scale: scale,
            holdSeconds: holdSeconds, format: format, size: (width, height), path: path, progress: progress)
        let catalog = options.catalog
        let description = SeriesDescription(
            title: dataset.region.title.text(in: catalog.language), form: .animation(holdSeconds: holdSeconds),
            frames: zip(days, frames).map { day, map in
                SeriesDescription.Frame(shortDate: catalog.shortDate(month: day.month, day: day.day), map: map)
            })
        let altText = description.altText(catalog)
        try altText.write(besideImage: path)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Summary(path: path, frames: days.count, width: width, height: height, bytes: bytes, altText: altText)
    }

    /// Runs ffmpeg into a temporary file and feeds it the frames in order while workers render ahead; returns each
    /// frame's description.
    func encode(
        _ dataset: Dataset, days: [Day], options: SceneOptions, eventsWindowDays: Int, scale: Double,
        holdSeconds: Double, format: AnimationFormat, size: (width: Int, height: Int), path: String,
        progress: (@Sendable () -> Void)?
    ) throws -> [MapDescription] {
        var descriptions: [MapDescription] = []
        var failure: (any Error)?
        do {
            try AtomicFile.write(to: path) { temporaryPath throws(AtomicFile.WriteError) in
                do {
                    descriptions = try encode(
                        dataset, days: days, options: options, eventsWindowDays: eventsWindowDays, scale: scale,
                        holdSeconds: holdSeconds, format: format, size: size, into: temporaryPath, progress: progress)
                } catch {
                    // AtomicFile removes the temporary file; the encoder's own error is the one reported.
                    failure = error
                    throw AtomicFile.WriteError(path: path, reason: "\(error)")
                }
            }
        } catch {
            throw failure ?? error
        }
        return descriptions
    }

    private func encode(
        _ dataset: Dataset, days: [Day], options: SceneOptions, eventsWindowDays: Int, scale: Double,
        holdSeconds: Double, format: AnimationFormat, size: (width: Int, height: Int), into temporaryPath: String,
        progress: (@Sendable () -> Void)?
    ) throws -> [MapDescription] {
        let catalog = options.catalog
        func long(_ day: Day?) -> String {
            day.map { catalog.longDate($0) } ?? ""
        }
        let title = catalog.text(
            .gridTitle,
            ["title": dataset.region.title.text(in: catalog.language), "from": long(days.first), "to": long(days.last)])
        let run = try FFmpegRun(
            ffmpeg: ffmpeg, width: size.width, height: size.height, framesPerSecond: Self.rate(holdSeconds),
            output: format.outputArguments(metadata: ["title": title]) + [temporaryPath])
        let labels = try SeriesLabels(
            count: days.count,
            snapshot: { try dataset.snapshot(on: days[$0], eventsWindowDays: eventsWindowDays) }, dataset: dataset,
            options: options, renderer: renderer)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, days.count))
        let pipeline = FramePipeline<(Data, MapDescription)>(count: days.count, capacity: workers * 2)
        let group = DispatchGroup()
        let renderer = self.renderer
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = pipeline.claim() {
                    pipeline.deliver(
                        index,
                        Result {
                            try Self.frame(
                                days[index], dataset: dataset, options: labels.options(options, at: index),
                                eventsWindowDays: eventsWindowDays,
                                scale: scale, renderer: renderer)
                        })
                }
            }
        }
        var descriptions: [MapDescription] = []
        do {
            for _ in days {
                let (pixels, description) = try pipeline.take().get()
                try run.send(pixels)
                descriptions.append(description)
                progress?()
            }
        } catch {
            pipeline.cancel()
            group.wait()
            run.cancel()
            throw error
        }
        group.wait()
        let (status, message) = run.finish()
        guard status == 0 else { throw FFmpeg.Failure.failed(status: status, message: message) }
        logger.debug("encoded \(days.count) frames of \(size.width)x\(size.height) as \(format.rawValue)")
        return descriptions
    }

    /// One frame: the map of a day as raw BGRA bytes (Cairo's native-endian ARGB words on a little-endian
    /// machine), with its description.
    static func frame(
        _ day: Day, dataset: Dataset, options: SceneOptions, eventsWindowDays: Int, scale: Double,
        renderer: MapRenderer
    ) throws -> (Data, MapDescription) {
        let snapshot = try dataset.snapshot(on: day, eventsWindowDays: eventsWindowDays)
        let scene = try renderer.scene(of: snapshot, dataset: dataset, options: options)
        let image = try renderer.image(of: scene, scale: scale)
        let words = try RenderError.drawing { () throws(CanvasError) in try image.argbWords() }
        let description = try MapDescriber(catalog: options.catalog, region: dataset.region).describe(
            snapshot, dataset: dataset, legend: scene.legend, extent: scene.viewport.geographicBox,
            names: options.names,
            showsNamesLine: scene.showsDualNames)
        return (words.withUnsafeBytes { Data($0) }, description)
    }

    /// Frames per second as the rational ffmpeg takes: `1000/1500` for 1.5 s a frame (milliseconds, exact).
    static func rate(_ holdSeconds: Double) -> String {
        "1000/\(max(1, Int((holdSeconds * 1000).rounded())))"
    }
}
