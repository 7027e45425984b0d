/// Data: places of port units ("Polres Pelabuhan Tanjung Perak") that texts also write without
/// "Pelabuhan" ("Polres Tanjung Perak"), and the reverse. Only ports whose name is not also a city
/// with a Polres of its own ("Polres Pelabuhan Makassar" is not "Polrestabes Makassar").
enum PortUnits {
    static let places: Set<[String]> = [["tanjung", "perak"], ["tanjung", "priok"], ["belawan"]]
}
