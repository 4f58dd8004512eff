import Foundation

/// A file a template names (SAM `DefinitionUri`, Serverless `${file(...)}`), as far as the
/// confinement lets it be read.
enum ReferencedFile {
    case read(ReadResult)
    /// Missing, not a regular file (a folder, a device, a pipe), or its links loop.
    case unreadable
    /// Resolves outside the root: not opened, and nothing about it may be reported.
    case outsideRoot
}

extension PathConfinement {
    /// Reads `path` (as the template's directory makes it, relative to the working
    /// directory); the document keeps `path` as its file name.
    func readReferencedFile(_ path: String) -> ReferencedFile {
        switch admit(path) {
        case .outsideRoot:
            return .outsideRoot
        case .unresolvable:
            return .unreadable
        case .admitted(let resolved):
            // `resolved` holds no links, so what is checked here is what is opened.
            // Read with the input size limit, as every file aslkit reads.
            guard FileSystemEntry(linkAt: resolved)?.kind == .regular, case .success(let bytes) = FileContents.read(resolved) else {
                return .unreadable
            }
            return .read(DocumentReading.read(bytes: bytes, path: path))
        }
    }
}
