import Foundation

/// Reads versions of files from the git repository around a directory by running `git`
/// (never checking anything out).
struct GitRepository {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository's top-level directory.
    let root: String

    /// Finds the repository containing `directory`.
    init(containing directory: String) throws {
        let output = try Self.git(["rev-parse", "--show-toplevel"], in: directory)
        root = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `git diff --name-status -M` between `base` and `head` (the working tree when `nil`):
    /// changed paths on each side and renames (old → new).
    func changes(base: String, head: String?) throws -> (basePaths: Set<String>, headPaths: Set<String>, renames: [String: String]) {
        let fields = try run(["diff", "--name-status", "-M", "-z", base] + (head.map { [$0] } ?? []) + ["--"]).split(separator: 0)
            .map { String(decoding: $0, as: UTF8.self) }
        var basePaths: Set<String> = [], headPaths: Set<String> = [], renames: [String: String] = [:]
        var i = 0
        while i < fields.count {
            let status = fields[i]
            if status.hasPrefix("R") || status.hasPrefix("C"), i + 2 < fields.count {
                let (old, new) = (fields[i + 1], fields[i + 2])
                if status.hasPrefix("R") { renames[old] = new; basePaths.insert(old) }
                headPaths.insert(new)
                i += 3
            } else if i + 1 < fields.count {
                let path = fields[i + 1]
                if !status.hasPrefix("A") { basePaths.insert(path) }
                if !status.hasPrefix("D") { headPaths.insert(path) }
                i += 2
            } else {
                break
            }
        }
        return (basePaths, headPaths, renames)
    }

    /// Files at `revision` (the working tree's tracked files when `nil`) that may hold a state
    /// machine: JSON, YAML or template files mentioning `StartAt` or Step Functions.
    func candidateFiles(at revision: String?) throws -> Set<String> {
        var arguments = ["grep", "-l", "-I", "-z", "-e", "StartAt", "-e", "StepFunctions", "-e", "stepFunctions"]
        if let revision { arguments.append(revision) }
        arguments += ["--", "*.json", "*.yaml", "*.yml", "*.template"]
        let output: Data
        do {
            output = try run(arguments)
        } catch {
            return []  // `git grep` exits 1 when nothing matches.
        }
        let prefix = revision.map { $0 + ":" } ?? ""
        return Set(output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 })
    }

    /// The text of `path` at `revision`, or in the working tree when `nil`.
    func text(of path: String, at revision: String?) throws -> String {
        if let revision {
            return String(decoding: try run(["show", "\(revision):\(path)"]), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: root + "/" + path) else {
            throw Failure(description: "cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func run(_ arguments: [String]) throws -> Data { try Self.git(arguments, in: root) }

    static func git(_ arguments: [String], in directory: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.prefix(2).joined(separator: " ")) failed: \(text)")
        }
        return data
    }
}
