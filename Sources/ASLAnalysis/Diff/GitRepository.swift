import ASLLoad
import Foundation

/// Reads versions of files from the git repository around a directory by running `git`
/// (never checking anything out). Every argument is data, never an option: revisions are
/// resolved to commit ids first (`resolveCommit`), only ids and paths git itself reported
/// reach later calls, and paths always follow `--`. `git` runs without a shell.
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

    /// The commit id `revision` names (`git rev-parse --verify --end-of-options REV^{commit}`).
    func resolveCommit(_ revision: String) throws -> String {
        guard !revision.hasPrefix("-") else { throw Failure(description: "'\(revision)' is not a revision") }
        let output: Data
        do {
            output = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        } catch {
            throw Failure(description: "unknown revision '\(revision)': no commit of that name")
        }
        let id = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !id.isEmpty, id.allSatisfy(\.isHexDigit) else {
            throw Failure(description: "git rev-parse gave no commit id for '\(revision)'")
        }
        return id
    }

    /// `git diff --name-status -M` between the commits `base` and `head` (the working tree
    /// when `nil`): changed paths on each side and renames (old → new).
    func changes(base: String, head: String?) throws -> (basePaths: Set<String>, headPaths: Set<String>, renames: [String: String]) {
        let revisions = [base] + (head.map { [$0] } ?? [])
        let arguments = ["diff", "--no-ext-diff", "--no-textconv", "--name-status", "-M", "-z", "--end-of-options"] + revisions + ["--"]
        let fields = try run(arguments).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
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

    /// Files at the commit `revision` (the working tree's tracked files when `nil`) that may
    /// hold a state machine: JSON, YAML or template files mentioning `StartAt` or Step Functions.
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

    /// The text of `path` (as git reported it) at the commit `revision`, or in the working tree
    /// when `nil`. In the working tree a symbolic link reads as its target's name, which is
    /// what git stores for it, and nothing outside the repository is opened.
    func text(of path: String, at revision: String?) throws -> String {
        if let revision {
            return String(decoding: try run(["show", "--no-textconv", "--end-of-options", "\(revision):\(path)"]), as: UTF8.self)
        }
        let full = root + "/" + path
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) { return target }
        guard case .admitted(let resolved) = PathConfinement(root: root, workingDirectory: root).admit(path),
            let data = FileManager.default.contents(atPath: resolved)
        else {
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
