import ASLLoad
import ASLSource
import Foundation

// Stand-in for the loader being built on branch `load`; removed at its merge.
public enum MachineType: String, Sendable { case standard = "STANDARD", express = "EXPRESS" }
public struct MachineOrigin: Hashable, Sendable { public var file: String; public var resource: String? }
public struct LoadedMachine: Sendable { public var origin: MachineOrigin; public var definition: LocatedNode; public var machineType: MachineType? }
public struct LoadResult: Sendable { public var machines: [LoadedMachine]; public var diagnostics: [Diagnostic]; public var filesScanned: Int }
public enum Loader {
    public static func load(paths: [String]) -> LoadResult {
        var result = LoadResult(machines: [], diagnostics: [], filesScanned: 0)
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            result.filesScanned += 1
            let read = JSONReader.parse(String(decoding: data, as: UTF8.self), file: path)
            result.diagnostics += read.diagnostics
            if let root = read.root { result.machines.append(LoadedMachine(origin: MachineOrigin(file: path, resource: nil), definition: root, machineType: nil)) }
        }
        return result
    }
}
