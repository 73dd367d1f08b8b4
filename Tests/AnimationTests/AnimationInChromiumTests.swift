import Animation
import Foundation
import Testing
import _ChronomapTestSupport

/// What a reader's browser makes of each animation: headless Chromium, a decoder independent of ffmpeg's own
/// probe, loads the file from a page beside it and reports what it decoded.
@Suite(.serialized) struct AnimationInChromiumTests {
    /// The page's verdict, written into its DOM: `video <duration> <width> <height>` once the MP4's metadata is
    /// read, `image <width> <height>` once an image has decoded, `error` otherwise.
    static func verdict(of file: String, in folder: URL, asVideo: Bool) throws -> String {
        let element =
            asVideo
            ? """
            <video id="m" muted src="\(file)"></video>
            <script>var m=document.getElementById("m"),o=document.getElementById("o");
            m.addEventListener("loadedmetadata",function(){o.textContent="video "+m.duration+" "+m.videoWidth+" "+m.videoHeight;});
            m.addEventListener("error",function(){o.textContent="error";});</script>
            """
            : """
            <img id="m" src="\(file)">
            <script>var m=document.getElementById("m"),o=document.getElementById("o");
            m.addEventListener("load",function(){o.textContent="image "+m.naturalWidth+" "+m.naturalHeight;});
            m.addEventListener("error",function(){o.textContent="error";});</script>
            """
        let page = folder.appendingPathComponent("page.html")
        try Data(("<!doctype html><html><body><div id=\"o\">waiting</div>" + element + "</body></html>").utf8)
            .write(to: page)
        let result = try ExternalTool.output(
            "/usr/bin/chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom",
                page.absoluteString,
            ])
        #expect(result.status == 0)
        guard let start = result.output.range(of: "<div id=\"o\">"),
            let end = result.output[start.upperBound...].range(of: "</div>")
        else { return "no verdict in: \(result.output.prefix(300))" }
        return String(result.output[start.upperBound..<end.lowerBound])
    }

    /// The MP4 plays for as long as its frames are held: 3 frames of 0.5 s.
    @Test func theMP4LoadsWithItsDurationAndSize() throws {
        let folder = try TestPaths.makeScratchFolder("animation-chromium-mp4")
        _ = try AnimationWriterTests.write(.mp4, in: folder)
        let words = try Self.verdict(of: "series.mp4", in: folder, asVideo: true).split(separator: " ")
        #expect(words.first == "video", "\(words)")
        guard words.count == 4 else { return }
        let seconds = try #require(Double(words[1]))
        #expect(abs(seconds - Double(AnimationWriterTests.days.count) * 0.5) < 0.05, "\(seconds) s")
        #expect(words[2] == "320" && words[3] == "240")
    }

    @Test(arguments: [AnimationFormat.gif, .webp, .apng])
    func theImageFormatsDecode(format: AnimationFormat) throws {
        let folder = try TestPaths.makeScratchFolder("animation-chromium-\(format.rawValue)")
        _ = try AnimationWriterTests.write(format, in: folder)
        #expect(try Self.verdict(of: "series.\(format.rawValue)", in: folder, asVideo: false) == "image 320 240")
    }
}
