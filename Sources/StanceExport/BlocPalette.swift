import StanceAnalysis

/// Fill colours for alliance blocs: one of twelve light colours that stay apart for each of the
/// twelve largest blocs, grey for smaller blocs and for actors in no bloc.
///
/// The colours are ColorBrewer's qualitative *Set3* scheme with its grey swapped for a tan, so
/// grey keeps one meaning (Harrower and Brewer 2003, "ColorBrewer.org: an online tool for
/// selecting colour schemes for maps", The Cartographic Journal 40(1):27-37,
/// doi:10.1179/000870403235002042). They are light enough for black text. Blocs are ranked by
/// size, largest first, ties by their order in ``AllianceClusters/blocs``.
///
/// - Complexity: O(*b* log *b*) to build for *b* blocs; O(1) per lookup.
struct BlocPalette {
  /// The twelve bloc colours, for the largest bloc first.
  static let colours = [
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#e5c494", "#bc80bd", "#ccebc5", "#ffed6f",
  ]
  /// The fill of smaller blocs and of actors with no bloc.
  static let unaligned = "#e0e0e0"

  /// One line of the legend: a colour and what it stands for.
  struct Entry: Hashable {
    var colour: String
    var label: String
  }

  /// The colour of each bloc, by its index in the blocs given; nil for isolated actors.
  private var byBloc: [String?]

  init(_ blocs: [AllianceClusters.Bloc]) {
    let ranked = blocs.indices.filter { !blocs[$0].isIsolated }.sorted {
      (blocs[$0].members.count, $1) > (blocs[$1].members.count, $0)
    }
    byBloc = Array(repeating: nil, count: blocs.count)
    for (rank, index) in ranked.enumerated() {
      byBloc[index] =
        rank < BlocPalette.colours.count ? BlocPalette.colours[rank] : BlocPalette.unaligned
    }
  }

  /// The fill of bloc `index`, or nil for an isolated actor.
  func colour(ofBloc index: Int) -> String? { byBloc[index] }

  /// Legend entries: each coloured bloc in bloc order, then one for the grey ones, if any.
  func legendEntries(_ blocs: [AllianceClusters.Bloc]) -> [Entry] {
    var entries: [Entry] = []
    var grey = 0
    for (index, bloc) in blocs.enumerated() {
      guard let colour = byBloc[index] else {
        grey += bloc.members.count
        continue
      }
      if colour == BlocPalette.unaligned {
        grey += bloc.members.count
      } else {
        entries.append(Entry(colour: colour, label: "\(index + 1) \(bloc.name)"))
      }
    }
    if grey > 0 { entries.append(Entry(colour: BlocPalette.unaligned, label: "other (\(grey))")) }
    return entries
  }
}
