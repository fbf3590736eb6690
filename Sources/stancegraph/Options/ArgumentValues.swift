import ArgumentParser
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

// Typed option values: each string on the command line is parsed once, into the library's type.

extension GraphFormat: ExpressibleByArgument {}

extension DOTEncoder.EdgeMode: ExpressibleByArgument {}

extension AllianceClusters.Method: ExpressibleByArgument {}

extension LayoutEngine: ExpressibleByArgument {
  /// `auto` or one of the engines in ``LayoutEngine/all``.
  public init?(argument: String) {
    let engine = LayoutEngine(rawValue: argument)
    guard engine == .automatic || LayoutEngine.all.contains(engine) else { return nil }
    self = engine
  }

  public static var allValueStrings: [String] {
    [LayoutEngine.automatic.rawValue] + LayoutEngine.all.map(\.rawValue)
  }

  public var defaultValueDescription: String { rawValue }
}

extension RenderFormat: ExpressibleByArgument {
  /// One of the formats in ``RenderFormat/all``.
  public init?(argument: String) {
    let format = RenderFormat(rawValue: argument)
    guard RenderFormat.all.contains(format) else { return nil }
    self = format
  }

  public static var allValueStrings: [String] { RenderFormat.all.map(\.rawValue) }
}

extension PartialDate: ExpressibleByArgument {
  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public init?(argument: String) { self.init(argument) }

  public var defaultValueDescription: String { description }
}

extension Relation: ExpressibleByArgument {
  /// A relation's spelling, as files take it (`allies-with`, `allies_with`, `ally`...).
  public init?(argument: String) { self.init(spelling: argument) }

  public static var allValueStrings: [String] { Relation.allCases.map(\.rawValue) }
}

/// Parsing functions for `@Option(transform:)` where a message says more than ArgumentParser's
/// "the value is invalid": the expected form and a did-you-mean. They build the same typed
/// values as the ``ExpressibleByArgument`` conformances above.
enum ArgumentValue {
  /// A date option: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  static func date(_ text: String) throws -> PartialDate {
    guard let date = PartialDate(argument: text) else {
      throw ValidationError("\"\(text)\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return date
  }

  /// A relation option, with a did-you-mean for a misspelling.
  static func relation(_ text: String) throws -> Relation {
    guard let relation = Relation(argument: text) else {
      let hint = Relation.suggestion(for: text).map { "; \($0)" } ?? ""
      throw ValidationError(
        "unknown relation \"\(text)\"; expected accuses, denies, allies-with or warns\(hint)")
    }
    return relation
  }
}
