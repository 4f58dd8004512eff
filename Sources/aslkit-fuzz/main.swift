import Foundation

// aslkit-fuzz TARGET [ARGS…]
//
// Built with `-sanitize=fuzzer,address -D ASLKIT_FUZZ` (Tests/Tools/fuzz.sh), it is a libFuzzer
// binary: ARGS are libFuzzer's (corpus folders, -max_total_time=…). Built normally, it
// replays: each file of ARGS runs once through TARGET (ReplayRunner).
// The target can also come from $ASLKIT_FUZZ_TARGET, so that the command libFuzzer prints to
// reproduce a crash (`aslkit-fuzz crash-…`) works.

var arguments = CommandLine.arguments
let named = arguments.count > 1 ? FuzzTarget.named(arguments[1]) : nil
if named != nil { arguments.remove(at: 1) }
guard let target = named ?? ProcessInfo.processInfo.environment["ASLKIT_FUZZ_TARGET"].flatMap(FuzzTarget.named) else {
    var usage = "usage: aslkit-fuzz TARGET [FILE|FOLDER|libFuzzer flag]...\ntargets:\n"
    for target in FuzzTarget.all { usage += "  \(target.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(target.summary)\n" }
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}

#if ASLKIT_FUZZ
exit(LibFuzzerDriver.run(target, arguments: arguments))
#else
exit(ReplayRunner.run(target, paths: Array(arguments.dropFirst())))
#endif
