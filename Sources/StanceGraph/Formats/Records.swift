/// A schema record (an actor, a claim, a statement) as ordered fields, ready for the JSON, YAML
/// and JSON Lines writers, so the three write one schema.
struct Record {
  enum Value {
    case text(String)
    case number(Double)
    case list([String])
    case map([(String, String)])
    case record([Field])
  }

  struct Field {
    var key: String
    var value: Value
  }

  var fields: [Field] = []

  mutating func add(_ key: String, _ value: Value?) {
    if let value { fields.append(Field(key: key, value: value)) }
  }

  static func map(_ attributes: [String: String]) -> Value? {
    attributes.isEmpty ? nil : .map(attributes.sorted { $0.key < $1.key })
  }
}

extension ClaimGraph {
  func record(of actor: Actor) -> Record {
    var record = Record()
    record.add("id", .text(actor.id))
    record.add("name", actor.name == actor.id ? nil : .text(actor.name))
    record.add("kind", .text(actor.kind.rawValue))
    record.add("aliases", actor.aliases.isEmpty ? nil : .list(actor.aliases))
    record.add("represents", actor.represents.map(Record.Value.text))
    record.add("attributes", Record.map(actor.attributes))
    return record
  }

  func record(of claim: Claim) -> Record {
    var record = Record()
    record.add("id", .text(claim.id))
    record.add("text", claim.text == claim.id ? nil : .text(claim.text))
    record.add("attributes", Record.map(claim.attributes))
    return record
  }

  func record(of statement: Statement) -> Record {
    var record = Record()
    record.add("source", .text(actors[statement.source.index].id))
    record.add("relation", .text(statement.relation.rawValue))
    record.add("target", statement.target.map { .text(actors[$0.index].id) })
    record.add("claim", statement.claim.map { .text(claims[$0.index].id) })
    record.add("date", statement.date.map { .text($0.description) })
    record.add("weight", statement.weight == 1 ? nil : .number(statement.weight))
    if let evidence = statement.evidence, !evidence.isEmpty {
      var nested = Record()
      nested.add("document", evidence.document.map(Record.Value.text))
      nested.add("sentence", evidence.sentence.map { .number(Double($0)) })
      nested.add("quote", evidence.quote.map(Record.Value.text))
      record.add("evidence", .record(nested.fields))
    }
    record.add("attributes", Record.map(statement.attributes))
    return record
  }
}

extension TextWriter {
  /// Writes a record as a one-line JSON object.
  mutating func writeJSON(_ record: Record) {
    write(byte: UInt8(ascii: "{"))
    for (index, field) in record.fields.enumerated() {
      if index > 0 { write(", ") }
      writeQuoted(field.key)
      write(": ")
      writeJSON(field.value)
    }
    write(byte: UInt8(ascii: "}"))
  }

  mutating func writeJSON(_ value: Record.Value) {
    switch value {
    case .text(let text): writeQuoted(text)
    case .number(let number): write(number: number)
    case .list(let items):
      write(byte: UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { write(", ") }
        writeQuoted(item)
      }
      write(byte: UInt8(ascii: "]"))
    case .map(let pairs):
      write(byte: UInt8(ascii: "{"))
      for (index, pair) in pairs.enumerated() {
        if index > 0 { write(", ") }
        writeQuoted(pair.0)
        write(": ")
        writeQuoted(pair.1)
      }
      write(byte: UInt8(ascii: "}"))
    case .record(let fields): writeJSON(Record(fields: fields))
    }
  }
}
