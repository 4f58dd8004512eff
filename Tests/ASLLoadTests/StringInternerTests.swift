import Testing

@testable import ASLLoad

@Suite struct StringInternerTests {
    static func intern(_ text: String, in interner: inout StringInterner) -> String {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { interner.string(UnsafeBufferPointer($0)) }
    }

    /// The address of a string's UTF-8 storage: equal for two values that share it.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func aRepeatedLongValueIsMadeOnce() {
        var interner = StringInterner()
        let arn = "arn:aws:lambda:us-east-1:123456789012:function:w"
        let first = Self.intern(arn, in: &interner)
        let second = Self.intern(arn, in: &interner)
        #expect(first == arn && second == arn)
        #expect(Self.storage(first) != nil)
        #expect(Self.storage(first) == Self.storage(second))
    }

    @Test func shortValuesAreNotKept() {
        var interner = StringInterner()
        #expect(Self.intern("States.ALL", in: &interner) == "States.ALL")
        #expect(Self.intern("", in: &interner) == "")
    }

    /// Enough distinct values to grow the table several times: every value comes back as
    /// itself, and one seen early is still shared afterwards.
    @Test func everyValueSurvivesGrowing() {
        var interner = StringInterner()
        let values = (0..<5_000).map { "arn:aws:states:::lambda:invoke/\($0)" }
        let first = Self.intern(values[7], in: &interner)
        for value in values { #expect(Self.intern(value, in: &interner) == value) }
        let again = Self.intern(values[7], in: &interner)
        #expect(again == values[7])
        #expect(Self.storage(again) == Self.storage(first))
    }

    /// Values of one length ending in the same two bytes share a cache slot: taken in turn,
    /// each still comes back as itself and shared.
    @Test func valuesSharingACacheSlotStayApart() {
        var interner = StringInterner()
        let values = ["arn:aws:lambda:function:aX-w0", "arn:aws:lambda:function:aY-w0", "arn:aws:lambda:function:aZ-w0"]
        let first = values.map { Self.intern($0, in: &interner) }
        for _ in 0..<3 {
            for (index, value) in values.enumerated() {
                let again = Self.intern(value, in: &interner)
                #expect(again == value)
                #expect(Self.storage(again) == Self.storage(first[index]))
            }
        }
    }
}
