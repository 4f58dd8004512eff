import ASLRender
import ArgumentParser
import Foundation

/// `aslkit pr-comment`: creates or updates the one aslkit comment of a pull request, through
/// the GitHub CLI (`gh`, on every GitHub-hosted runner; it reads `GH_TOKEN`). The body goes to
/// `gh` as a file, never through a shell.
struct PRCommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pr-comment",
        abstract: "Create or update aslkit's one comment on a pull request (found by a hidden marker).",
        discussion: "Reads the report (e.g. from aslkit diff) and calls gh api. Exit status: 0 done, 2 when gh fails or the input is unusable.")

    @Option(help: "The repository, OWNER/NAME.")
    var repo: String

    @Option(help: "The pull request number.")
    var pr: Int

    @Option(name: .customLong("body-file"), help: "The report to post (Markdown).")
    var bodyFile: String

    @Option(help: "The GitHub CLI to call.")
    var gh = "gh"

    @Flag(name: .customLong("dry-run"), help: "Print what would be done, call nothing that writes.")
    var dryRun = false

    func validate() throws {
        let parts = repo.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed) && !$0.hasPrefix("-") }) else {
            throw ValidationError("--repo must be OWNER/NAME, got '\(repo)'")
        }
        guard pr > 0 else { throw ValidationError("--pr must be a positive number, got \(pr)") }
    }

    func run() throws {
        do {
            try post()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("aslkit pr-comment: \(failure.description)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func post() throws {
        guard let report = FileManager.default.contents(atPath: bodyFile).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw CommandFailure("cannot read the report \(bodyFile)")
        }
        let listed = try call(["api", "--paginate", "repos/\(repo)/issues/\(pr)/comments?per_page=100", "--jq", ".[] | {id: .id, body: .body}"])
        let existing = try listed.split(separator: "\n").map { line -> StickyComment.Existing in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = (object["id"] as? NSNumber)?.intValue, let body = object["body"] as? String
            else { throw CommandFailure("gh api listed a comment aslkit cannot read") }
            return StickyComment.Existing(id: id, body: body)
        }
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-comment-\(ProcessInfo.processInfo.processIdentifier).md")
        try Data(StickyComment.body(report: report).utf8).write(to: body)
        defer { try? FileManager.default.removeItem(at: body) }
        let plan = StickyComment.plan(existing: existing)
        let arguments: [String] =
            switch plan {
            case .create: ["api", "--method", "POST", "repos/\(repo)/issues/\(pr)/comments", "--field", "body=@\(body.path)"]
            case .update(let id): ["api", "--method", "PATCH", "repos/\(repo)/issues/comments/\(id)", "--field", "body=@\(body.path)"]
            }
        let what = switch plan {
            case .create: "created a comment on \(repo)#\(pr)"
            case .update(let id): "updated comment \(id) on \(repo)#\(pr)"
            }
        if dryRun {
            print("would have \(what)")
            return
        }
        _ = try call(arguments)
        print(what)
    }

    /// Runs `gh` with `arguments` (no shell) and returns its standard output.
    private func call(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [gh] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw CommandFailure("cannot run \(gh): \(error.localizedDescription)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
            throw CommandFailure("\(gh) \(arguments.prefix(3).joined(separator: " ")) failed: \(reason)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Why `pr-comment` could not do its work: one line on standard error, exit status 2.
private struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
