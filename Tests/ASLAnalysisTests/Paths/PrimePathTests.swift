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

    @Test func primePathsAreOffByDefault() {
        #expect(PathFixtures.paths(PathFixtures.diamond).scopes[0].primePaths == nil)
    }
}
