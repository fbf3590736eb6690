import FuzzSupport

LibFuzzer.run { data, size in data.map { fuzzLayout($0, size) } ?? 0 }
