import StanceGraph
import Testing

@Suite struct FormatSniffingTests {
  @Test(arguments: [
    ("{\"actors\": []}", GraphFormat.json),
    ("[]", .json),
    ("{\n  \"statements\": []\n}\n", .json),
    (
      "{\"source\": \"US\", \"relation\": \"accuses\", \"target\": \"KP\"}\n{\"source\": \"KP\", \"relation\": \"denies\", \"target\": \"US\"}\n",
      .jsonl
    ),
    ("source,relation,target\nUS,accuses,KP\n", .csv),
    ("target,source,relation,claim\n", .csv),
    ("source\trelation\ttarget\nUS\taccuses\tKP\n", .tsv),
    ("actors:\n  - id: US\nstatements: []\n", .yaml),
    ("# a comment\nstatements:\n  - source: US\n", .yaml),
    ("\u{FEFF}source,relation,target\n", .csv),
  ])
  func contentTellsTheFormat(text: String, format: GraphFormat) {
    #expect(GraphFormat(sniffing: Array(text.utf8)) == format)
  }
}
