import Foundation
import Testing

/// `aslkit pr-comment` against a fake `gh` that logs its arguments and answers as the GitHub
/// API would (no GitHub is reachable from the tests).
@Suite struct PRCommentCommandTests {
    /// A folder with a fake `gh` that lists `comments` (JSON lines) and copies posted bodies.
    struct FakeGitHub {
        let folder: URL
        var gh: String { folder.appendingPathComponent("gh").path }
        var log: String { (try? String(contentsOf: folder.appendingPathComponent("calls.log"), encoding: .utf8)) ?? "" }
        var posted: String? { try? String(contentsOf: folder.appendingPathComponent("posted.md"), encoding: .utf8) }

        init(comments: [String], failing: Bool = false) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-gh-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try comments.joined(separator: "\n").write(to: folder.appendingPathComponent("comments.jsonl"), atomically: true, encoding: .utf8)
            let script = """
                #!/bin/bash
                dir="$(dirname "$0")"
                printf '%s\\n' "$*" >> "$dir/calls.log"
                \(failing ? "echo 'HTTP 403: Resource not accessible by integration' >&2; exit 1" : "")
                case "$*" in
                  *--paginate*) cat "$dir/comments.jsonl" ;;
                  *) for a in "$@"; do case "$a" in body=@*) cp "${a#body=@}" "$dir/posted.md" ;; esac; done; echo '{}' ;;
                esac
                """
            try script.write(toFile: gh, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: gh)
            try "## State machine changes\n".write(to: folder.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        }

        func run(_ extra: [String] = []) throws -> CommandLineTests.Result {
            try CommandLineTests.run(["pr-comment", "--repo", "octo/app", "--pr", "12", "--body-file", folder.appendingPathComponent("report.md").path, "--gh", gh] + extra)
        }
    }

    @Test func createsTheCommentWhenNoneIsMarked() throws {
        let github = try FakeGitHub(comments: [#"{"id": 3, "body": "LGTM"}"#])
        let result = try github.run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "created a comment on octo/app#12\n")
        let calls = github.log.split(separator: "\n")
        #expect(calls.first == "api --paginate repos/octo/app/issues/12/comments?per_page=100 --jq .[] | {id: .id, body: .body}")
        #expect(calls.last?.hasPrefix("api --method POST repos/octo/app/issues/12/comments --field body=@") == true)
        #expect(github.posted == "<!-- aslkit:pr-report -->\n## State machine changes\n")
    }

    @Test func updatesTheMarkedComment() throws {
        let github = try FakeGitHub(comments: [#"{"id": 3, "body": "LGTM"}"#, #"{"id": 41, "body": "<!-- aslkit:pr-report -->\nold"}"#])
        let result = try github.run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "updated comment 41 on octo/app#12\n")
        #expect(github.log.split(separator: "\n").last?.hasPrefix("api --method PATCH repos/octo/app/issues/comments/41 --field body=@") == true)
    }

    @Test func dryRunWritesNothing() throws {
        let github = try FakeGitHub(comments: [])
        let result = try github.run(["--dry-run"])
        #expect(result.stdout == "would have created a comment on octo/app#12\n")
        #expect(github.log.split(separator: "\n").count == 1)
        #expect(github.posted == nil)
    }

    @Test func aFailingGitHubIsOneLineAndExitTwo() throws {
        let github = try FakeGitHub(comments: [], failing: true)
        let result = try github.run()
        #expect(result.status == 2)
        #expect(result.stderr == "aslkit pr-comment: \(github.gh) api --paginate repos/octo/app/issues/12/comments?per_page=100 failed: HTTP 403: Resource not accessible by integration\n")
    }

    @Test func hostileArgumentsAreUsageErrors() throws {
        let github = try FakeGitHub(comments: [])
        for repo in ["octo", "--paginate/x", "octo/app/../../x", "octo/app;rm"] {
            let result = try CommandLineTests.run(["pr-comment", "--repo=\(repo)", "--pr", "1", "--body-file", "x", "--gh", github.gh])
            #expect(result.status == 2, "\(repo)")
            #expect(result.stderr.contains("--repo must be OWNER/NAME"), "\(repo): \(result.stderr)")
        }
        #expect(try CommandLineTests.run(["pr-comment", "--repo", "o/r", "--pr", "0", "--body-file", "x"]).status == 2)
        #expect(github.log.isEmpty)
    }
}
