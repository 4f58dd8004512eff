import Testing

@testable import ASLLoad

/// Keys come from whoever wrote the file. Under a fixed hash such as FNV-1a, keys can be made
/// to share a slot of the key table on purpose (a multicollision, built block by block), and
/// every look-up then scans all of them: 32,768 such keys took 5.2 s instead of 0.07 s.
@Suite struct KeyHashFloodTests {
    /// 2^13 keys of 13 four-letter blocks whose FNV-1a hashes agree in their low 20 bits.
    static func fnvCollidingKeys() -> [[UInt8]] {
        let mask: UInt64 = (1 << 20) - 1
        func step(_ state: UInt64, _ block: [UInt8]) -> UInt64 {
            block.reduce(state) { (($0 ^ UInt64($1)) &* 0x100_0000_01b3) & mask }
        }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var random = SplitMix(seed: 1)  // MutationTests' generator
        var state: UInt64 = 0xcbf2_9ce4_8422_2325 & mask
        var pairs: [([UInt8], [UInt8])] = []
        while pairs.count < 13 {
            var seen: [UInt64: [UInt8]] = [:]
            while true {
                let block = (0..<4).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                let next = step(state, block)
                if let other = seen[next], other != block {
                    pairs.append((other, block))
                    state = next
                    break
                }
                seen[next] = block
            }
        }
        var keys: [[UInt8]] = [[]]
        for (a, b) in pairs { keys = keys.flatMap { [$0 + a, $0 + b] } }
        return keys
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    @Test func theCraftedKeysDoCollideUnderFNV() {
        let keys = Self.fnvCollidingKeys()
        #expect(keys.count == 8_192)
        #expect(Set(keys.map { Self.fnv1a($0) & 0xF_FFFF }).count == 1)
    }

    @Test func theKeyTableSpreadsThem() {
        let keys = Self.fnvCollidingKeys()
        let slots = Set(keys.map { key in key.withUnsafeBufferPointer { KeyTable.hash($0) } & 0xF_FFFF })
        // 8,192 keys in 2^20 slots: about 8,160 distinct by chance; FNV-1a gives 1.
        #expect(slots.count > 8_000)
        var table = KeyTable()
        let ids = keys.map { key in key.withUnsafeBufferPointer { table.id(of: $0) } }
        #expect(Set(ids).count == keys.count)
        #expect(keys.map { key in key.withUnsafeBufferPointer { table.id(of: $0) } } == ids)
    }
}
