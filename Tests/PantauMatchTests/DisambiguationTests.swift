import Testing
@testable import PantauMatch

/// Same-name innovations at several units: channel first, then the unit named, else no match.
@Suite struct DisambiguationTests {
    @Test func channelDecides() {
        #expect(Sample.ids("Jumat Curhat pekan ini", unit: "polres-tuban") == ["tuban-jumat-curhat"])
        #expect(Sample.ids("Jumat Curhat pekan ini", unit: "polres-banyuwangi") == ["bwi-jumat-curhat"])
    }

    @Test func textDecidesWhenTheChannelIsUnknown() {
        #expect(Sample.ids("Kapolres Banyuwangi hadiri Jumat Curhat") == ["bwi-jumat-curhat"])
        #expect(Sample.ids("Jumat Curhat di Tuban") == ["tuban-jumat-curhat"])
    }

    @Test func textNamingBothMatchesBoth() {
        #expect(Sample.ids("Polres Tuban dan Polres Banyuwangi gelar Jumat Curhat") == ["bwi-jumat-curhat", "tuban-jumat-curhat"])
    }

    @Test func nothingDecidesNoMatch() {
        #expect(Sample.ids("Jumat Curhat digelar serentak") == [])
        #expect(Sample.ids("Jumat Curhat digelar", unit: "polresta-pontianak") == [])
    }

    @Test func parentChannelWithOneChildHoldingTheName() {
        #expect(Sample.ids("Taman Lalu Lintas Senori ramai", unit: "polres-tuban") == ["senori-taman"])
    }

    @Test func uniqueNameFromAnotherUnitsChannelIsNotMatched() {
        let post = MatchPost(id: "1", title: nil, text: "SIMBA kini hadir", url: nil, unitID: "polresta-pontianak")
        #expect(Sample.matcher.match(post).isEmpty)
        #expect(Sample.matcher.explain(post).notes.first?.contains("does not name Polres Tuban") == true)
    }

    @Test func evidenceSaysHowTheUnitWasFound() throws {
        let m = try #require(Sample.matcher.match(MatchPost(id: "1", title: nil, text: "Kapolres Tuban: SIMBA", url: nil,
                                                           unitID: nil)).first)
        #expect(m.evidence == ["acronym: SIMBA", "unit: Kapolres Tuban (named in text)"])
    }
}

/// Units the registry does not know still count as "another unit" when the text names them.
@Suite struct UnregisteredUnitTests {
    @Test func unregisteredPolresClaimsTheName() {
        let post = MatchPost(id: "1", title: nil, text: "Polres Bojonegoro luncurkan SIMBA versi mereka", url: nil, unitID: nil)
        #expect(Sample.matcher.match(post).isEmpty)
        #expect(Sample.matcher.explain(post).notes.contains { $0.contains("Polres Bojonegoro") })
    }

    @Test func aRankIsNotAPlace() {
        #expect(Sample.ids("Kapolres AKBP Fulan tinjau SIMBA") == ["tuban-simba"])
    }

    @Test func everydayWordNamesNeedAKnownUnit() {
        let m = Matcher(units: Sample.units, innovations: [
            .init(id: "psa", unitID: "polres-tuban", name: "Polisi Sahabat Anak"),
        ])
        func ids(_ t: String, _ u: String? = nil) -> [String] {
            m.match(MatchPost(id: "1", title: nil, text: t, url: nil, unitID: u)).map(\.innovationID)
        }
        #expect(ids("Polisi sahabat anak, kata siswa TK") == [])
        #expect(ids("Polisi Sahabat Anak di Tuban") == ["psa"])
        #expect(ids("Polisi Sahabat Anak hadir", "polres-tuban") == ["psa"])
    }

    @Test func polsekCountsAsTheAreaOfTheUnitWhosePlaceFollows() {
        // "Polsek Kota Tuban" is in Tuban's area: the Tuban innovation of a shared name.
        #expect(Sample.ids("Polsek Kota Tuban menggelar Jumat Curhat bersama warga") == ["tuban-jumat-curhat"])
        // A Polsek in Banyuwangi's area is not Polres Tuban: Tuban's SIMBA is not this post's.
        let post = MatchPost(id: "1", title: nil, text: "Kapolsek Kota Banyuwangi memperkenalkan layanan SIMBA", url: nil, unitID: nil)
        #expect(Sample.matcher.match(post).isEmpty)
        #expect(Sample.matcher.explain(post).notes.first?.contains("Kapolsek Kota Banyuwangi") == true)
        // A registered Polsek under Polres Tuban is Tuban's.
        #expect(Sample.ids("Polsek Senori ikut melayani SIMBA") == ["tuban-simba"])
    }

    @Test func polsekWithAnUnknownPlaceSaysNothing() {
        // "Bancar" is no registered place: the Polsek may be under any unit, so the unique name still matches.
        #expect(Sample.ids("Kapolsek Bancar memperkenalkan layanan SIMBA") == ["tuban-simba"])
    }
}
