#if ASLKIT_FUZZ
import Foundation

/// The libFuzzer side, compiled only with `-D ASLKIT_FUZZ` (and `-sanitize=fuzzer`, which
/// links libFuzzer). `LLVMFuzzerRunDriver` lets this `main` choose the target before libFuzzer
/// takes over; `LLVMFuzzerTestOneInput` must still exist for libFuzzer's own `main` to link.
enum LibFuzzerDriver {
    /// The target libFuzzer's C callback runs. Global because a C function pointer carries no
    /// context; set once, before the driver starts, and only read afterwards.
    nonisolated(unsafe) static var current: FuzzTarget?

    static func run(_ target: FuzzTarget, arguments: [String]) -> Int32 {
        current = target
        var argc = Int32(arguments.count)
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = .allocate(capacity: arguments.count + 1)
        for (index, argument) in arguments.enumerated() { argv![index] = strdup(argument) }
        argv![arguments.count] = nil
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            LibFuzzerDriver.testOneInput(data, size)
        }
    }

    static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let target = current else { return 0 }
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        _ = target.run(bytes)
        return 0
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    LibFuzzerDriver.testOneInput(data, size)
}
#endif
