import ArgumentParser
import StanceGraph

struct ActorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actors",
    abstract: "List the actors: id, name, kind, aliases, whom they speak for, statement counts.",
    discussion: """
      "out" counts the statements an actor makes, "in" those made about it. --csv prints \
      the columns an actor table takes (id,name,kind,aliases,represents, aliases separated \
      by '|') plus the two counts, so the output can be edited and passed back with --actors.

      Example:
        stancegraph actors Examples/korea-armistice/claims.yaml
        stancegraph actors edges.csv --csv > actors.csv
      """)

  @OptionGroup var input: InputOptions

  @Flag(help: "Print JSON.")
  var json = false

  @Flag(help: "Print CSV.")
  var csv = false

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if json && csv { throw ValidationError("choose one of --json and --csv") }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let records = ActorRecord.records(of: graph)
    if json {
      try JSONOutput.print(records)
    } else if csv {
      print("id,name,kind,aliases,represents,out,in")
      for record in records {
        let fields = [
          record.id, record.name, record.kind, record.aliases.joined(separator: "|"),
          record.represents ?? "", String(record.statementsOut), String(record.statementsIn),
        ]
        print(fields.map(CSVField.quote).joined(separator: ","))
      }
    } else {
      var table = Table(["id", "name", "kind", "aliases", "represents", "out", "in"])
      for record in records {
        table.append([
          record.id, record.name, record.kind, record.aliases.joined(separator: ", "),
          record.represents ?? "", String(record.statementsOut), String(record.statementsIn),
        ])
      }
      print(table.render())
      print(StatementText.count(records.count, "actor"))
    }
  }
}
