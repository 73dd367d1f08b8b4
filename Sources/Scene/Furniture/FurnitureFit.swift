import Localization

/// Fits the furniture to the markers: the legend lists only what is drawn, and a marker under a panel is not
/// drawn. So it lays out the furniture, drops the markers it covers, rebuilds the legend and lays out again,
/// until nothing changes (the legend only shrinks, so this ends).
struct FurnitureFit {
    /// The furniture as laid out, the markers it leaves visible, and the legend of what is then drawn.
    struct Result {
        var furniture: FurnitureLayout.Output
        var markers: [Marker]
        var legend: [LegendLine]

        /// The boxes labels and icons must keep out of: the furniture's (by name), then the markers'.
        func takenBoxes(bounds: PixelRect) -> CollisionIndex {
            var collisions = CollisionIndex(bounds: bounds)
            for (name, box) in furniture.boxes.sorted(by: { $0.key < $1.key }) {
                collisions.insert(box, .furniture(name))
            }
            for marker in markers { collisions.insert(marker.box, .marker(marker.id)) }
            return collisions
        }
    }

    let kit: FurnitureKit
    let catalog: Catalog

    /// - Parameters:
    ///   - input: what the furniture shows; its legend is replaced by `legend(markers)`.
    ///   - markers: the markers kept by the declutter.
    ///   - legend: the legend of what is drawn with the given markers.
    func fit(_ input: FurnitureInput, markers: [Marker], legend: ([Marker]) -> [LegendLine]) -> Result {
        var input = input, markers = markers
        input.legend = legend(markers)
        while true {
            let furniture = FurnitureLayout(input: input, kit: kit, catalog: catalog).build()
            let covered = Set(
                markers.filter { marker in furniture.boxes.values.contains { $0.intersects(marker.box) } }.map(\.id))
            guard !covered.isEmpty else { return Result(furniture: furniture, markers: markers, legend: input.legend) }
            markers.removeAll { covered.contains($0.id) }
            input.legend = legend(markers)
        }
    }

    /// Without furniture nothing covers a marker.
    static func none(markers: [Marker], legend: ([Marker]) -> [LegendLine]) -> Result {
        Result(furniture: FurnitureLayout.Output(), markers: markers, legend: legend(markers))
    }
}
