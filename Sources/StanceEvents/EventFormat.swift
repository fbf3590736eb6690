/// The machine-coded event formats ``EventImporter`` reads.
///
/// - ``gdelt1``: GDELT 1.0 events, tab-separated without a header: 57 columns before
///   1 April 2013, 58 (with `SOURCEURL`) after; the layout is chosen per file by column count.
/// - ``gdelt2``: GDELT 2.0 events (`export.CSV`), 61 columns (adds three ADM2 codes).
/// - ``icews``: ICEWS coded event data from Dataverse, 20 columns with a header row.
/// - ``plover``: POLECAT files in the PLOVER ontology, 40 columns with a header row; actor and
///   recipient may list several names separated by `;`, expanded to every pair.
public enum EventFormat: String, CaseIterable, Sendable {
  case gdelt1, gdelt2, icews, plover

  /// The layouts (data files in `Resources/layouts`) a file of this format may have.
  var layoutNames: [String] {
    switch self {
    case .gdelt1: ["gdelt1-57", "gdelt1-58"]
    case .gdelt2: ["gdelt2-61"]
    case .icews: ["icews-20"]
    case .plover: ["plover-40"]
    }
  }

  /// Whether files start with a header row naming the columns.
  var hasHeader: Bool { self == .icews || self == .plover }

  /// Whether `NA` in a field means "missing" (ICEWS and POLECAT write it; GDELT leaves the
  /// field empty).
  var writesNA: Bool { self == .icews || self == .plover }

  /// The mapping table's value column used by default.
  public var defaultPreset: MappingPreset { self == .icews ? .icews : .gdelt }

  /// Dates are `YYYYMMDD` (GDELT's SQLDATE) or `YYYY-MM-DD` (ICEWS, POLECAT).
  var hasCompactDates: Bool { self == .gdelt1 || self == .gdelt2 }
}

/// Which actor field names a statement's source and target.
public enum ActorLevel: String, CaseIterable, Sendable {
  /// The country: GDELT's Actor1CountryCode (CAMEO country codes), ICEWS's Source Country.
  case country
  /// The full CAMEO actor code (GDELT's Actor1Code, `USAGOV`); the name where a format has no
  /// codes (ICEWS, POLECAT).
  case code
  /// The actor's name, which `represents` its country when the row names one.
  case name
}

/// How much one event weighs.
public enum EventWeight: String, CaseIterable, Sendable {
  /// The magnitude of the mapping table's value for the event's code (GDELT's Goldstein scale
  /// by default); the relation carries the sign.
  case goldstein
  /// Every event weighs 1; aggregated, the weight is the number of events.
  case count
  /// GDELT's NumSources (1 where a format has no such column).
  case sources
}

/// The period ``EventImporter`` sums events over when aggregating.
public enum AggregationPeriod: String, CaseIterable, Sendable {
  case day, month, year

  /// The period of a `YYYYMMDD` day, as a sortable integer.
  func key(ofDay day: Int32) -> Int32 {
    switch self {
    case .day: day
    case .month: day / 100
    case .year: day / 10_000
    }
  }
}
