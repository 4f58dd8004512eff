import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `<g>` elements of an SVG with their id and classes, read with a real XML parser
/// (parsing fails the test if the SVG is not well-formed).
struct SVGStructure {
    struct Element { var id: String; var classes: [String] }

    static func parse(_ bytes: [UInt8]) throws -> [Element] {
        let delegate = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return delegate.elements
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard name == "g" else { return }
            elements.append(Element(id: attributes["id"] ?? "", classes: (attributes["class"] ?? "").split(separator: " ").map(String.init)))
        }
    }
}
