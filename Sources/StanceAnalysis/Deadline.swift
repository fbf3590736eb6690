/// The time a search may take: after it, the search stops and reports the best it has found
/// and what it proved.
///
/// ```swift
/// let deadline = Deadline(seconds: 10)
/// while !deadline.hasPassed { … }
/// ```
///
/// A deadline reads the monotonic clock (`ContinuousClock`), so it is immune to changes of the
/// wall-clock time. Results that depend on a deadline depend on the machine's speed; node
/// budgets do not.
public struct Deadline: Sendable {
  private let start: ContinuousClock.Instant
  private let end: ContinuousClock.Instant?

  /// A deadline `seconds` from now; nil for none.
  public init(seconds: Double?) {
    start = .now
    if let seconds, seconds.isFinite {
      end = start.advanced(by: .milliseconds(Int64(max(0, seconds) * 1000)))
    } else {
      end = nil
    }
  }

  /// No deadline.
  public static var none: Deadline { Deadline(seconds: nil) }

  public var hasPassed: Bool {
    guard let end else { return false }
    return ContinuousClock.now >= end
  }

  /// Seconds left (infinity without a deadline, 0 once it has passed).
  public var remainingSeconds: Double {
    guard let end else { return .infinity }
    return max(0, Deadline.seconds(ContinuousClock.now.duration(to: end)))
  }

  /// Seconds since the deadline was set.
  public var elapsedSeconds: Double { Deadline.seconds(start.duration(to: .now)) }

  static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) * 1e-18
  }
}
