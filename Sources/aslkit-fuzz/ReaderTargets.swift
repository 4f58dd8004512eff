import ASLLoad

/// `JSONReader` on any bytes: strict JSON into a located tree.
enum JSONReaderTarget {
    static let target = FuzzTarget(name: "json", summary: "JSONReader.parse (ASLLoad)") { bytes in
        let file = "fuzz.json"
        return LocatedChecks.check(JSONReader.parse(bytes, file: file), of: bytes, file: file)
    }
}

/// `YAMLReader` on any bytes: libyaml's events, CloudFormation tags, duplicate keys, alias and depth limits.
enum YAMLReaderTarget {
    static let target = FuzzTarget(name: "yaml", summary: "YAMLReader.parse (ASLLoad, through libyaml)") { bytes in
        let file = "fuzz.yaml"
        return LocatedChecks.check(YAMLReader.parse(bytes, file: file), of: bytes, file: file)
    }
}
