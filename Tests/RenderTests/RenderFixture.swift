import Canvas
import Chronology
import Foundation
import Render
import Scene
import _ChronomapTestSupport

/// The bundled data and default style, shared by the render tests (loaded once per process).
enum RenderFixture {
    static let renderer: Result<MapRenderer, any Error> = Result {
        try MapRenderer(styleFile: TestPaths.packageRoot.appendingPathComponent("styles/default.json").path)
    }

    static var referencesFolder: URL { TestPaths.packageRoot.appendingPathComponent("Tests/RenderTests/References") }

    static func scene(_ date: String, options: SceneOptions = SceneOptions()) throws -> Scene {
        let dataset = try BundledData.dataset.get()
        return try renderer.get().scene(of: try dataset.snapshot(on: Day(iso: date)), dataset: dataset, options: options)
    }

    /// The five dates the renderer issue names.
    static let keyDates = ["1994-05-12", "2020-10-20", "2020-11-10", "2023-09-19", "2023-10-15"]
}
