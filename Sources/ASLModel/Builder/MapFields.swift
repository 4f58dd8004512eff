import ASLLoad

/// The offsets of a Map state's own fields, found in one pass over its members by key length
/// first, as `StateMachineBuilder`'s `CommonFields`: the Map builder looked up to thirteen
/// keys by name, each a search of every member. The first of duplicate keys counts, as for
/// `node[key]`.
struct MapFields: Equatable {
    var itemProcessor: Int?
    var iterator: Int?
    var itemReader: Int?
    var itemBatcher: Int?
    var items: Int?
    var label: Int?
    var maxConcurrency: Int?
    var maxConcurrencyPath: Int?

    init(_ members: LocatedNode.Members) {
        for index in members.indices {
            let key = members.key(at: index)
            switch key.utf8.count {
            case 5:
                if key == "Items" { if items == nil { items = index } }
                else if key == "Label", label == nil { label = index }
            case 8: if key == "Iterator", iterator == nil { iterator = index }
            case 10: if key == "ItemReader", itemReader == nil { itemReader = index }
            case 11: if key == "ItemBatcher", itemBatcher == nil { itemBatcher = index }
            case 13: if key == "ItemProcessor", itemProcessor == nil { itemProcessor = index }
            case 14: if key == "MaxConcurrency", maxConcurrency == nil { maxConcurrency = index }
            case 18: if key == "MaxConcurrencyPath", maxConcurrencyPath == nil { maxConcurrencyPath = index }
            default: break
            }
        }
    }
}

/// The offsets of a Wait state's four duration fields, found in one pass as `MapFields`.
struct WaitFields: Equatable {
    var seconds: Int?
    var secondsPath: Int?
    var timestamp: Int?
    var timestampPath: Int?

    init(_ members: LocatedNode.Members) {
        for index in members.indices {
            let key = members.key(at: index)
            switch key.utf8.count {
            case 7: if key == "Seconds", seconds == nil { seconds = index }
            case 9: if key == "Timestamp", timestamp == nil { timestamp = index }
            case 11: if key == "SecondsPath", secondsPath == nil { secondsPath = index }
            case 13: if key == "TimestampPath", timestampPath == nil { timestampPath = index }
            default: break
            }
        }
    }
}
