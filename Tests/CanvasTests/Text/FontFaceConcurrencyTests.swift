import Canvas
import Foundation
import Testing

/// One font face used on several threads at once draws the same pixels as on one thread.
@Suite struct FontFaceConcurrencyTests {
    @Test func oneFaceDrawsOnSeveralThreadsAtOnce() async throws {
        let font = try FontFace(contentsOfFile: FontFace.dejaVuSansPath)
        let reference = try FontFaceConcurrencyTests.render(font)
        let renders = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 {
                group.addTask { try FontFaceConcurrencyTests.render(font) }
            }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        // The reference holds the text (not a blank image every thread could agree on), and every thread drew it.
        #expect(try Surface(pngData: reference).uniformColor() == nil)
        #expect(renders.count == 8)
        #expect(renders.allSatisfy { $0 == reference })
    }

    static func render(_ font: FontFace) throws -> Data {
        let surface = try Surface(width: 240, height: 60)
        for (index, size) in [9.0, 11, 13, 17, 23].enumerated() {
            try surface.drawText(
                "Ağdam Ստեփանակերտ \(index)", at: CanvasPoint(x: 4, y: 10 + Double(index) * 11),
                font: font, size: size, color: .black, halo: .white, haloWidth: 1.5)
            _ = try font.textExtents("Füzuli Հադրութ", size: size)
            _ = try font.missingCharacters(in: "Kəlbəcər")
        }
        return try surface.pngData()
    }
}
