import Testing

@testable import StanceExtraction

@Suite struct SentenceSplitterTests {
  @Test func abbreviationsInitialsAndQuotesDoNotEndSentences() {
    let text = """
      U.S. Defense Secretary Lloyd Austin met Gen. Kim in Sept. 2023. He said: "We are ready." \
      John F. Kennedy spoke of the U.S. The talks ended.
      """
    let sentences = SentenceSplitter.sentences(in: text).map(\.text)
    #expect(
      sentences == [
        "U.S. Defense Secretary Lloyd Austin met Gen. Kim in Sept. 2023.",
        "He said: \"We are ready.\"",
        "John F. Kennedy spoke of the U.S.",
        "The talks ended.",
      ])
  }

  @Test func aHeadlineGluedToTheEndIsJunk() {
    let text = "Russia denied the report.\nUS And China Reestablish Military Talks After Summit\n"
    let sentences = SentenceSplitter.sentences(in: text)
    #expect(sentences.count == 2)
    #expect(sentences[0].junk == nil)
    #expect(sentences[1].junk == .headline)
  }
}
