import ASLGraphviz
import ASLRender
import Foundation

/// SVG and PNG for the commands: laid out by a supervised worker (this executable in its
/// worker mode), with simpler drawings when the full one fails or runs out of time; what
/// happened goes to stderr as notes.
enum Pictures {
    static func draw(_ drawing: MachineDrawing, format: GraphvizFormat, name: String) throws -> [UInt8] {
        let picture = try layout(drawing, format: format)
        for note in picture.notes {
            FileHandle.standardError.write(Data("aslkit: note: \(name): \(note)\n".utf8))
        }
        return picture.bytes
    }

    /// The picture and the notes saying which simpler drawing was used, for a caller that
    /// prints them later (in a stable order, after a parallel run).
    static func layout(_ drawing: MachineDrawing, format: GraphvizFormat) throws -> (bytes: [UInt8], notes: [String]) {
        let candidates = MachineDrawing.simplifications.enumerated().map { index, simplification in
            LayoutCandidate(simplification: simplification) { drawing.dot(attempt: index) }
        }
        let picture = try LayoutSupervisor(worker: LayoutSupervisor.currentExecutable).render(candidates, format: format)
        return (picture.output.bytes, picture.notes)
    }
}
