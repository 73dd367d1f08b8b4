import CCairo
import Foundation

extension Surface {
    /// The one colour every pixel has, or nil when the pixels differ: lets a tile writer store a
    /// solid tile (open country, water) once, however many times it occurs.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for documents.
    public func uniformColor() throws(CanvasError) -> Color? {
        guard kind == .image else { throw .notAnImage(operation: "uniformColor") }
        return try uniformColor(in: PixelBlock(x: 0, y: 0, width: width, height: height))
    }

    /// The one colour every pixel of a block has, or nil when they differ. Two blocks of one colour encode to the
    /// same PNG bytes (``pngData(of:options:)``), so a tile job encodes a solid tile once per colour.
    /// - Parameter block: The device pixels to look at; it must lie inside the image.
    /// - Throws: ``CanvasError/notAnImage(operation:)`` for documents; ``CanvasError/invalidArgument(_:)`` for a
    ///   block outside the image.
    public func uniformColor(in block: PixelBlock) throws(CanvasError) -> Color? {
        guard kind == .image else { throw .notAnImage(operation: "uniformColor") }
        guard block.fits(width: width, height: height) else {
            throw .invalidArgument("\(block) is not inside the \(width)×\(height) image")
        }
        try checkStatus("uniformColor")
        return try withPixelWords { words, wordsPerRow in
            let first = words[block.y * wordsPerRow + block.x]
            for row in block.y..<(block.y + block.height) {
                let start = row * wordsPerRow + block.x
                for word in words[start..<(start + block.width)] where word != first { return nil }
            }
            return Color(premultipliedARGB: first)
        }
    }
}
