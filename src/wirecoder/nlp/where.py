"""The places component: place names resolved to coordinates and GeoNames ids.

Candidates come from spaCy's GPE, LOC and FAC entities. Each is looked up in
the offline gazetteer and disambiguated with the story's own countries: the
country written beside it ("Tianjin, China") first, then the countries the
story names most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Location
from .extensions import guarded, register_extensions
from .gazetteer import Place, candidates, choose

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def story_countries(doc: Doc) -> list[str]:
    counts: Counter[str] = Counter()
    for m in doc._.wc_mentions or ():
        c = m.actor.country
        if len(c) == 3 and c not in ("IGO", "NGO", "IMG"):
            counts[c] += 1
    dateline = (doc._.wc_meta or {}).get("dateline")
    if dateline:
        for p in candidates(dateline)[:1]:
            counts[p.country] += 1
    return [c for c, _ in counts.most_common()]


def named_countries(doc: Doc) -> set[str]:
    """Countries the story names as such: by name, adjective or a person of theirs (not by a
    town or capital, which may be only where someone is)."""
    return {m.actor.country for m in doc._.wc_mentions or () if m.kind in ("country", "adjective", "person")
            and len(m.actor.country) == 3 and m.actor.country not in ("IGO", "NGO", "IMG")}


# words telling where someone lives or stays, not where an act happens
STAY_WORDS = {"live", "reside", "exile", "treatment", "treat", "stay", "hospital", "asylum", "base", "study",
              "flee", "settle", "refuge", "self-exile", "hide", "shelter"}


def where_someone_is(doc: Doc, start: int, end: int) -> bool:
    """Is the place named in a relative clause ("Thaksin, who lives in Dubai") or as where someone
    lives, stays or is treated ("to seek medical treatment in London")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.dep_ in ("relcl", "acl") or t.lemma_.lower() in STAY_WORDS for t in span.root.ancestors)


# the place of talks between others (fix-C3): where they meet, never whose they are
MEETING_NOUNS = {"talk", "talks", "meeting", "negotiation", "negotiations", "summit", "conference", "dialogue",
                 "round", "consultations"}


# deal nouns a town's name may name ("the Brussels agreement", "the Oslo accords")
DEAL_NAME_NOUNS = {"agreement", "accord", "accords", "deal", "treaty", "pact", "declaration", "protocol", "process"}


def venue_token(t: Token) -> bool:
    """'talks in Doha', 'the Doha talks', 'talks in the Qatari capital', 'resumed talks in Mexico City'."""
    if t.dep_ in ("compound", "nmod", "amod") and t.head.lemma_.lower() in MEETING_NOUNS | {"capital"}:
        return t.head.lemma_.lower() != "capital" or venue_token(t.head)
    if t.dep_ in ("compound", "nmod") and t.head.lemma_.lower() in DEAL_NAME_NOUNS and t.i < t.head.i:
        # "the Brussels agreement", "the Minsk accords": a deal named for the city it was made in, whose
        # host is no side (set L: Brussels coded BEL as a party); a country's name ("the Iran deal")
        # names a side, so only towns count
        place = choose(t.text, [])
        return place is not None and place.feature != "country"
    up = t
    while up.dep_ in ("compound", "flat", "amod") and up.head.i != up.i:
        up = up.head
    if up.dep_ != "pobj" or up.head.lower_ not in ("in", "at"):
        return False
    gov = up.head.head
    if gov.lemma_.lower() in MEETING_NOUNS or gov.lower_ in MEETING_NOUNS:
        return True
    return gov.pos_ == "VERB" and any(k.dep_ in ("dobj", "obj") and k.lower_ in MEETING_NOUNS for k in gov.children)


def story_place_country(doc: Doc) -> str:
    """The country most of the story's places (and its dateline) lie in; '' if it names none."""
    counts: Counter[str] = Counter()
    datelines = [(s, e) for s, e, k in doc._.wc_furniture or () if k == "dateline"]
    # a dateline the cleaner left in the text ("Nairobi, (APP - ... 2020 ) :"): where the reporter
    # filed from, weighed as a dateline, not as a town the story happens in (real news set I)
    filed = [p for p in doc._.wc_places or () if p.country and any(s <= p.start < e for s, e in datelines)]
    places = [p for p in doc._.wc_places or () if p.country and p not in filed]
    named = named_countries(doc)
    seen = Counter(p.country for p in places)
    for p in places:
        if named and p.country not in named and seen[p.country] < 2 and where_someone_is(doc, p.start, p.end):
            # "Nasheed, who is being treated in London", "Thaksin, who lives in Dubai": a lone town
            # of a country the story never names is where someone is, not where the story happens
            continue
        counts[p.country] += 2 if p.feature != "country" else 1  # a town says more than a name
    dateline = (doc._.wc_meta or {}).get("dateline")
    if dateline:
        # where the reporter files from ("ADDIS ABABA" for talks on South Sudan, "VIENNA" for a
        # story on Ukraine): it decides only when the story names no other place
        for p in candidates(dateline)[:1]:
            counts[p.country] += 1
    elif filed:
        counts[filed[0].country] += 1
    return counts.most_common(1)[0][0] if counts else ""


def _pinned_country(doc: Doc, ent: Span) -> str | None:
    """'Tianjin, China' / 'Moscow, Idaho': the name after the comma says where."""
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        nxt = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ in PLACE_LABELS), None)
        if nxt is not None:
            for p in candidates(nxt.text):
                if p.feature in ("country", "state"):
                    return p.country
    return None


def possessor_place(doc: Doc, root: Token, countries: list[str]) -> Place | None:
    """'Honiara's Chinatown': the town or country named as the owner of a place."""
    poss = next((k for k in root.children if k.dep_ == "poss" and k.i < root.i), None)
    if poss is None or poss.pos_ != "PROPN":
        return None
    owner = doc[poss.left_edge.i: poss.i + 1].text
    got = choose(owner, countries)
    return got if got is not None and got.feature in ("city", "country", "state") else None


# words that are mostly part of a longer proper name when NER tags them alone
NAME_PARTS = {"republic", "union", "kingdom", "state", "states", "island", "islands", "coast", "federation",
              "emirates", "territories", "territory", "strip", "bank", "gulf", "sea"}


def far_town_with_article(doc: Doc, ent: Span, place: Place, countries: list[str]) -> bool:
    """'the Alameda' (an avenue of Santiago), 'the Mall': a town is named without an article, so a
    town of a country the story never names that shares the name is not meant."""
    article = ent.text.startswith("the ") or (ent.start > 0 and doc[ent.start - 1].text == "the")
    return article and place.feature == "city" and not place.curated and bool(countries) \
        and place.country not in countries


def find_places(doc: Doc) -> list[Location]:
    countries = story_countries(doc)
    out: list[Location] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if len(ent) == 1 and ent.text.lower() in NAME_PARTS and (
                (ent.start > 0 and doc[ent.start - 1].is_title) or (ent.end < len(doc) and doc[ent.end].is_title)
                or (ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].lower_ == "the")):
            # "the Democratic Republic of the Congo": a word of a longer name, not Republic, Missouri
            continue
        if len(ent) == 1 and any(m.kind == "person" and m.start == ent.start for m in doc._.wc_mentions or ()):
            continue  # "Vallejo" after "Camila Vallejo": the person again, not the Californian town
        wider = next((m for m in doc._.wc_mentions or () if m.kind == "country" and m.start <= ent.start
                      and ent.end <= m.end and m.end - m.start > len(ent)), None)
        if wider is not None:
            # "Guinea-Bissau" tagged only as "Guinea": the country the actor finder read (set L: GIN for GNB)
            name = wider.actor.name
        owner = possessor_place(doc, ent.root, countries)
        place: Place | None = choose(name, countries, owner.country if owner else _pinned_country(doc, ent))
        if owner is not None and (place is None or place.country != owner.country):
            # "Honiara's Chinatown", "Kyiv's Podil district": a part of the city that owns it, whatever
            # a town of that name elsewhere is called
            out.append(Location(name=name, country=owner.country, lat=owner.lat, lon=owner.lon,
                                feature="district", start=ent.start_char, end=ent.end_char))
            continue
        if place is None:
            continue
        if far_town_with_article(doc, ent, place, countries):
            continue
        out.append(Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                            geonameid=place.geonameid, feature=place.feature,
                            start=ent.start_char, end=ent.end_char))
    return out


def _where(doc: Doc) -> Doc:
    doc._.wc_places = find_places(doc)
    return doc


@Language.factory("wirecoder_where", requires=["doc.ents", "doc._.wc_mentions"], assigns=["doc._.wc_places"])
def make_where(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, _where)
