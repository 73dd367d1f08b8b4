/// The file formats an animation can be written in, each encoded by ffmpeg.
public enum AnimationFormat: String, Sendable, Hashable, CaseIterable {
    /// H.264 in MP4, yuv420p (what browsers and social networks play), dimensions padded to even numbers, at
    /// ``videoFramesPerSecond`` with each map held by repeated frames.
    case mp4
    /// GIF with one palette for the whole animation, so colours do not flicker from frame to frame.
    case gif
    /// Animated WebP, lossless (map colours are flat, which lossless WebP stores compactly).
    case webp
    /// Animated PNG, full colour.
    case apng

    /// The frame rate of MP4 video: editors and players expect a standard rate, not one frame per map.
    public static let videoFramesPerSecond = 30

    /// The format of a file name's extension, if it names one.
    public init?(pathExtension: String) { self.init(rawValue: pathExtension.lowercased()) }

    /// ffmpeg's output options for the format after the raw frames are read: filters, codec, muxer.
    /// - Parameter metadata: title and comment, written where the container keeps them (MP4).
    func outputArguments(metadata: [String: String]) -> [String] {
        switch self {
        case .mp4:
            // The input's rate is the hold; the fps filter repeats each map until its hold is over.
            let rate = String(Self.videoFramesPerSecond)
            var arguments = [
                "-vf",
                "fps=\(rate),pad=ceil(iw/2)*2:ceil(ih/2)*2:color=white,scale=out_color_matrix=bt709,format=yuv420p",
                "-r", rate,
                "-c:v", "libx264", "-preset", "medium", "-crf", "18", "-tune", "stillimage",
                "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                "-movflags", "+faststart",
            ]
            for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
                arguments += ["-metadata", "\(key)=\(value)"]
            }
            return arguments + ["-f", "mp4"]
        case .gif:
            // One palette from every frame (palettegen sees the whole stream before paletteuse starts), ordered
            // dithering that does not crawl between frames, and only the changed rectangle re-dithered.
            return [
                "-filter_complex",
                "[0:v]split[frames][sample];[sample]palettegen=stats_mode=full:max_colors=256[palette];"
                    + "[frames][palette]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle",
                "-loop", "0", "-f", "gif",
            ]
        case .webp:
            return ["-c:v", "libwebp_anim", "-lossless", "1", "-compression_level", "3", "-loop", "0", "-f", "webp"]
        case .apng:
            return ["-pix_fmt", "rgb24", "-plays", "0", "-f", "apng"]
        }
    }
}
