import Chronology
import Description
import Localization
import Testing

@Suite struct SeriesDescriptionTests {
    static func frame(_ date: String, _ short: String, held: Double) -> SeriesDescription.Frame {
        var map = MapDescriptionTests.description(events: 1)
        map.date = date
        map.areas[0].squareKilometres = held
        return SeriesDescription.Frame(shortDate: short, map: map)
    }

    @Test func anAnimationIsDescribedAsAWhole() {
        let frames = [Self.frame("6 March 2024", "6 Mar", held: 1_000), Self.frame("9 March 2024", "9 Mar", held: 400)]
        let text = SeriesDescription(title: "Riverland", form: .animation(holdSeconds: 1.5), frames: frames).altText(
            .english)
        #expect(
            text.short.hasPrefix(
                "Animation of 2 maps of Riverland, one frame per date from 6 March 2024 to 9 March 2024, 1.5 s each (3 s in all)."
            ))
        #expect(text.short.contains("Valley Council forces 1,000 km² on 6 March 2024, 400 km² on 9 March 2024"))
        #expect(text.short.contains("Dates: 6 Mar, 9 Mar."))
        #expect(text.long.contains("Frame 2, 9 March 2024: Area held: Valley Council forces 400 km²"))
    }

    @Test func aGridNamesItsColumns() {
        let frames = (1...30).map { Self.frame("\($0) March 2024", "\($0) Mar", held: Double($0)) }
        let text = SeriesDescription(title: "Riverland", form: .grid(columns: 6), frames: frames).altText(.english)
        #expect(text.short.hasPrefix("30 maps of Riverland side by side on one extent and scale, 6 to a row"))
        #expect(AltText.wordCount(text.short) < AltText.shortWordLimit)
        #expect(text.long.contains("Map 30, 30 March 2024"))
    }
}
