import ASLModel
import ASLSource
import Foundation

/// Where validation spends its time: each check of the catalogue timed on one machine. For
/// the benchmark, which reports each stage's share.
public enum ValidationProfile {
    /// Seconds per check, in catalogue order, plus the time to build the graphs (`graphs`).
    public static func measure(_ machine: StateMachine, file: String) -> [(check: String, seconds: Double)] {
        let clock = ContinuousClock()
        let context = ValidationContext(machine: machine, file: file, isExpress: false)
        let graphTime = clock.measure { _ = context.graph }
        var result = [("graphs", seconds(graphTime))]
        for check in RuleCatalogue.checks {
            let elapsed = clock.measure { _ = check.run(context) }
            result.append((String(describing: type(of: check)), seconds(elapsed)))
        }
        return result
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
