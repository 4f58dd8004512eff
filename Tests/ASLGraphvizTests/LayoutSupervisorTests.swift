import Foundation
import Testing

@testable import ASLGraphviz

/// The supervisor against stand-in workers (shell scripts), so dying, hanging and garbage
/// answers are shown without Graphviz misbehaving on cue.
@Suite struct LayoutSupervisorTests {
    static func script(_ body: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-worker-\(UUID().uuidString).sh")
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
        return url
    }

    @Test func aWorkerThatHangsIsKilledAtTheDeadline() throws {
        let worker = try Self.script("exec sleep 60")
        defer { try? FileManager.default.removeItem(at: worker) }
        #expect(throws: GraphvizError.timedOut(seconds: 0.3)) {
            try LayoutSupervisor(worker: worker).render(dot: "digraph { a }", format: .svg, deadline: 0.3)
        }
    }

    @Test func aWorkerThatCrashesIsATypedError() throws {
        let worker = try Self.script("cat >/dev/null; kill -SEGV $$")
        defer { try? FileManager.default.removeItem(at: worker) }
        #expect(throws: GraphvizError.workerCrashed("killed by signal 11 (SIGSEGV)")) {
            try LayoutSupervisor(worker: worker).render(dot: "digraph { a }", format: .svg, deadline: 20)
        }
    }

    @Test func aGarbledAnswerIsNotTakenForAPicture() throws {
        let worker = try Self.script("cat >/dev/null; echo '<svg>'")
        defer { try? FileManager.default.removeItem(at: worker) }
        #expect(throws: GraphvizError.workerCrashed("exited with status 0 without an answer (out of memory past 3072 MB?)")) {
            try LayoutSupervisor(worker: worker).render(dot: "digraph { a }", format: .svg, deadline: 20)
        }
    }

    @Test func theNextCandidateIsDrawnWhenTheFirstFails() throws {
        // Echoes a well-formed reply whose bytes are the input, except for the input "hang".
        let worker = try Self.script("""
            input=$(cat); [ "$input" = hang ] && exec sleep 60
            n=$(printf %s "$input" | wc -c | tr -d ' '); printf 'aslkit-layout ok %s 0\\n%s{"warnings":[],"notes":[]}' "$n" "$input"
            """)
        defer { try? FileManager.default.removeItem(at: worker) }
        let candidates = [
            LayoutCandidate(simplification: nil) { "hang" },
            LayoutCandidate(simplification: "simpler") { "digraph { b }" },
        ]
        let picture = try LayoutSupervisor(worker: worker).render(candidates, format: .svg, deadlines: [0.3, 20])
        #expect(picture.candidate == 1)
        #expect(picture.output.bytes == Array("digraph { b }".utf8))
        #expect(picture.notes == [
            "the full drawing could not be laid out: the Graphviz layout took longer than 0.3 s and was stopped",
            "drawn instead as a simpler picture: simpler",
        ])
    }

    @Test func repliesRoundTrip() {
        let output = GraphvizOutput(bytes: Array("<svg/>\n".utf8), usedFallback: true, warnings: ["Warning: x"], notes: ["scaled"])
        #expect(LayoutReply.decode(LayoutReply.rendered(output).encoded()) == .rendered(output))
        #expect(LayoutReply.decode(LayoutReply.failed(.syntax("line 3")).encoded()) == .failed(.syntax("line 3")))
        #expect(LayoutReply.decode(Array("aslkit-layout ok 99 0\nshort".utf8)) == nil)
    }

    @Test func anOversizedBitmapIsScaledToFit() {
        #expect(BitmapScale.factor(width: 500, height: 500) == nil)
        let factor = BitmapScale.factor(width: 720, height: 72_000)  // 960 × 96,000 px at 96 dpi
        #expect(factor.map { abs($0 - 16_384.0 / 96_000) < 1e-9 } == true)
    }
}
