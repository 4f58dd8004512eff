@testable import ASLAnalysis
import Testing

@Suite struct PrimePathTests {
    /// By hand: `A B C` cannot grow (B is already on it), and the loop gives two rotations.
    /// `B A` is not prime (A leads back to B, closing a cycle); `B C` is not (A precedes B).
    @Test func simpleLoopPrimePaths() {
        let scope = PathFixtures.paths(PathFixtures.simpleLoop, PathOptions(includePrimePaths: true)).scopes[0]
        #expect(scope.primePaths == PrimePathResult(paths: [["A", "B", "A"], ["A", "B", "C"], ["B", "A", "B"]], capped: false, cap: 1_000))
    }

    @Test func diamondPrimePathsAreItsThreeRoutes() {
        let scope = PathFixtures.paths(PathFixtures.diamond, PathOptions(includePrimePaths: true)).scopes[0]
        #expect(scope.primePaths?.paths == [["C", "X", "E"], ["C", "Y", "E"], ["C", "Z", "E"]])
    }

    @Test func capStopsTheEnumerationAndSaysSo() {
        let scope = PathFixtures.paths(PathFixtures.diamonds(20), PathOptions(includePrimePaths: true, primePathCap: 50)).scopes[0]
        #expect(scope.primePaths?.paths.count == 50)
        #expect(scope.primePaths?.capped == true)
    }

    /// A chain whose every state catches into one Fail state has a prime path per prefix:
    /// the paths listed stop once they hold `listedStates(cap:)` states (100 × the cap), not
    /// at a thousand paths of up to the whole chain (5.7 GB at 50,000 states).
    @Test func listedStatesAreBoundedOnLongChains() throws {
        let count = 3_000
        let states = (0..<count).map { i in
            #""S\#(i)": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "S\#(i + 1)", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}]}"#
        }
        let json = #"{"StartAt": "S0", "States": {"# + states.joined(separator: ", ")
            + #", "S\#(count)": {"Type": "Succeed"}, "Failed": {"Type": "Fail"}}}"#
        let primes = try #require(PathFixtures.paths(json, PathOptions(includePrimePaths: true, primePathCap: 100)).scopes[0].primePaths)
        let listed = primes.paths.reduce(0) { $0 + $1.count }
        #expect(primes.capped)
        #expect(listed > PrimePaths.listedStates(cap: 100) && listed <= PrimePaths.listedStates(cap: 100) + count + 2)
        #expect(primes.paths.count < 100)
        #expect(PrimePaths.listedStates(cap: 1_000) == 100_000 && PrimePaths.listedStates(cap: .max) == 1_000_000)
    }

    @Test func primePathsAreOffByDefault() {
        #expect(PathFixtures.paths(PathFixtures.diamond).scopes[0].primePaths == nil)
    }
}
