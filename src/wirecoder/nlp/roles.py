"""Who a noun phrase stands for: from a parsed token to a list of actors.

Used by the events and quotes components once the actors component has
marked the story. "Senior Hungarian and Romanian officials" gives two
actors (HUN GOV, ROU GOV); "Israel's high court" gives ISR JUD; "he" gives
whoever the actors component linked it to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor
from .actor_tables import Tables, load_tables
from .actors import Mention
from .amount_parse import units
from .extensions import text_of
from .furniture import in_furniture

# "a state of emergency/siege/war/alert": conditions, not states
STATE_OF = {"emergency", "siege", "war", "alert", "mourning", "calamity", "disaster", "exception", "readiness",
            "insurrection", "shock", "affairs", "play", "flux", "denial"}
ACTOR_KINDS = {"person", "country", "capital", "seat", "igo", "ngo", "group", "org", "adjective", "place"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod"}
ORIGIN_PREPS = {"of", "from", "in"}
# nouns an epithet for a country is built on ("the Stalinist state", "the island nation")
EPITHET_HEADS = {"state", "nation", "country", "regime", "kingdom", "republic"}
# "Iran-backed", "Saudi-led", "Russian-allied": the country before the hyphen sponsors the
# body; it is not the body's own country
# offices every state has, named without their country ("the Foreign Office")
# bare names of a body many states have, which the tables give to one: "the Foreign Office" (GBR); "Congress"
# (USA) in a story about Paraguay's protests is Paraguay's (real news set R)
GENERIC_SEAT = re.compile(r"(?i)^(the )?((foreign|home|interior|defen[cs]e|finance|justice|war) (office|ministry)|"
                          r"congress$)")
SPONSOR_WORDS = {"backed", "led", "allied", "funded", "sponsored", "supported", "aligned", "armed", "trained",
                 "controlled", "friendly", "installed", "brokered", "mediated", "based"}
# people named by their relation to someone of another country: the possessor tells whose, not which country
FOREIGN_RELATIONS = {"counterpart", "counterparts", "host", "hosts", "guest", "guests"}
# nouns that say the name after their 'of' is a place ("the city of Ganja", "the port of Odesa")
PLACE_NOUNS = {"city", "town", "village", "port", "province", "region", "district", "capital", "county",
               "municipality", "state", "island", "governorate", "oblast"}
QUANTITY_HEADS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "million",
                  "millions", "tens", "member", "members", "some", "many", "most", "all", "several", "majority",
                  "part", "number", "handful", "one", "two", "three", "group", "contingent", "unit",
                  # "representatives of the Government of Georgia", "delegates from Russia": those they stand for
                  "representative", "representatives", "delegate", "delegates"}


class RoleResolver:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.tables: Tables = load_tables()
        mentions: list[Mention] = doc._.wc_mentions or []
        self.mention_at: dict[int, Mention] = {i: m for m in mentions for i in range(m.start, m.end)}
        self.coref: dict[int, list[Actor]] = doc._.wc_coref or {}

    def mention(self, tok: Token) -> Mention | None:
        return self.mention_at.get(tok.i)

    def np_actors(self, tok: Token | None) -> list[Actor]:
        """Actors of the noun phrase headed by ``tok`` and of the phrases joined to it by 'and'."""
        if tok is None:
            return []
        out: list[Actor] = []
        heads = [tok, *self._conjuncts(tok)]
        m = self.mention(tok)
        if m is not None and m.end - m.start > 1:
            # a misparsed name ("Barack" as the head, "Obama and Putin" below it): the conjuncts
            # may hang from any word of the name
            for i in range(m.start, m.end):
                if i != tok.i:
                    heads += [c for c in self._conjuncts(tok.doc[i]) if c not in heads]
        for head in heads:
            for a in self.head_actors(head):
                if not any(a.country == b.country and a.name == b.name for b in out):
                    out.append(a)
        return out

    def _conjuncts(self, tok: Token) -> list[Token]:
        """Phrases joined to ``tok`` by 'and' (and lists the parser reads as appositions:
        "The US, Russia, and Switzerland")."""
        out = []

        def joined(x: Token) -> list[Token]:
            return [c for c in x.children if c.dep_ == "conj" or
                    (c.dep_ == "appos" and (m := self.mention(c)) is not None
                     and m.kind in ("country", "igo", "capital") and (m2 := self.mention(x)) is not None
                     and m2.kind in ("country", "igo", "capital"))]

        stack = joined(tok)
        while stack:
            c = stack.pop(0)
            out.append(c)
            stack.extend(joined(c))
        return out

    def head_actors(self, tok: Token) -> list[Actor]:
        if tok.i in self.coref:
            return list(self.coref[tok.i])
        named = self._apposed_name(tok)
        if named is not None:
            return self.np_actors(named)
        m = self.mention(tok)
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in PLACE_NOUNS and (m is None or not m.actor.country):
            # "shelled the city of Ganja": NER may take the town for a person; the words before say it is a place
            town = self._unmarked_place_actor(tok)
            if town:
                return town
        if m is None and tok.pos_ == "NOUN" and tok.lower_ in units().currency:
            return []  # "donate 800,000 U.S. dollars to Zimbabwe": money is given, it is no party (real news set I)
        if m is not None and m.kind == "seat":
            return [self._seat_of_named_country(m)]
        if m is None and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            if in_furniture([f for f in self.doc._.wc_furniture or () if f[2] != "headline"], tok.idx):
                return []  # "PRETORIA" of a dateline is no party
            return self._place_actor(tok)
        if m is None and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ == "pobj" and \
                tok.head.lower_ in ("of", "in", "near", "at", "on", "to"):
            # a town NER did not mark ("the port of Odesa"): the gazetteer knows it; a body's name the parser
            # made a proper noun ("representatives of the Government of Moldova") goes on below
            town = self._unmarked_place_actor(tok)
            if town or not self._sector_of(tok):
                return town
        if m is None and (tok.lemma_.lower() in QUANTITY_HEADS or tok.pos_ == "NUM"):
            # "hundreds of UN troops", "a member of the Syrian parliament": the people counted
            preps = ("of", "from") if tok.lower_.rstrip("s") in ("representative", "delegate") else ("of",)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.np_actors(p)
        if m is None:
            back = self._epithet_country(tok)
            if back:
                return [Actor(self._np_text(tok), self.tables.country_name(back), back,
                              "GOV" if tok.lemma_.lower() == "regime" else "", "country",
                              self._np_start(tok), tok.idx + len(tok))]
        sector = self._sector_of(tok)
        if m is not None and m.kind in ACTOR_KINDS:
            a = m.actor
            if m.kind == "adjective":
                # "Serbians", "thousands of Iraqis": the people of that country; "the Chinese" may be
                # the government or the people, so it stays a country
                people = tok.tag_ in ("NNS", "NNPS") and not sector
                return [Actor(a.text, self.tables.country_name(a.country), a.country,
                              sector or ("CVL" if people else ""), "people" if people else "country",
                              a.start, a.end)]
            return [a]
        if tok.pos_ == "PRON":
            return []
        if not sector:
            # "the Palestinian Islamic Jihad movement", "al-Qaeda's terror network": the named body
            for c in tok.children:
                if c.dep_ in ("compound", "poss", "nmod") and (cm := self.mention(c)) is not None \
                        and cm.kind in ("group", "org", "igo", "ngo", "seat"):
                    return [cm.actor]
            ngo = self._ngo_noun(tok)
            if ngo:
                return [Actor(self._np_text(tok), ngo, "NGO", "", "ngo", self._np_start(tok), tok.idx + len(tok))]
            # "Iraqi Kurds", "Palestinian prisoners": people of a country
            if tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ == "NORP":
                places = [m.actor for c in tok.children if c.dep_ in MODIFIER_DEPS
                          for x in [c, *self._conjuncts(c)] if (m := self.mention(x)) is not None
                          and m.kind in ("country", "adjective", "capital")]
                return [Actor(self._np_text(tok), self.tables.country_name(p.country), p.country, "CVL", "people",
                              self._np_start(tok), tok.idx + len(tok)) for p in places]
            return []
        # A body of people or an office, placed by its modifiers: "Turkish authorities",
        # "Israel's high court", "officials from Hungary", "European Community foreign ministers".
        places = self._modifier_actors(tok)
        if places:
            text = self._np_text(tok)
            return [Actor(text, p.name if p.kind not in ("country", "capital", "adjective") else
                          self.tables.country_name(p.country), p.country, sector or p.sector,
                          p.kind if p.kind in ("igo", "ngo", "group", "org", "seat") else "country",
                          self._np_start(tok), tok.idx + len(tok))
                    for p in places]
        if sector:
            return [Actor(self._np_text(tok), tok.lemma_.lower(), "", sector, "sector",
                          self._np_start(tok), tok.idx + len(tok))]
        return []

    def _apposed_name(self, tok: Token) -> Token | None:
        """'NATO ally Turkey', 'its neighbour Ukraine', 'the group's leader, Abu Mohammed': a
        common noun with a name in apposition stands for the name, not for its modifiers."""
        if tok.pos_ != "NOUN" or self.mention(tok) is not None:
            return None
        for c in tok.children:
            # "the US commander in Iraq, General X": a noun placed by a country keeps it
            if c.dep_ in MODIFIER_DEPS and (m := self.mention(c)) is not None and \
                    m.kind in ("country", "adjective", "capital"):
                return None
            if c.dep_ == "prep" and c.lower_ == "of":
                return None  # "a member of the Syrian parliament, X": the body says whose
        for c in tok.children:
            if c.dep_ == "appos" and (m := self.mention(c)) is not None and \
                    m.kind in ("country", "person", "igo", "group", "capital", "org", "ngo"):
                return c
        return None

    def _epithet_country(self, tok: Token) -> str:
        """'the Stalinist state', 'the island nation', 'the communist regime': an epithet refers back to
        a country the story has just named, not to one its own sentence names (the one that speaks
        or acts on it: "Tokyo accused the communist state"). Nothing named before: unknown."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in EPITHET_HEADS or tok.tag_ != "NN":
            return ""
        kids = list(tok.children)
        if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids):
            return ""
        if tok.lemma_.lower() == "kingdom" and tok.dep_ in ("nsubj", "nsubjpass") and \
                not any(k.dep_ in MODIFIER_DEPS or k.dep_ == "prep" for k in kids):
            # "The kingdom also suspended flights": a bare 'the kingdom' as subject goes on telling of the
            # country the story has just had act, the subject of a sentence before it, not any country
            # that sentence named as its object (real news sets K, L, M)
            for s in reversed([s for s in self.doc.sents if s.end <= tok.sent.start][-2:]):
                subj = [x for x in self.mention_at.values() if s.start <= x.start < s.end
                        and x.kind in ("country", "adjective", "capital") and x.actor.country
                        and x.actor.country not in ("IGO", "NGO", "IMG")
                        and (self.doc[x.end - 1].dep_ in ("nsubj", "nsubjpass") or (
                            self.doc[x.end - 1].dep_ == "poss"
                            and self.doc[x.end - 1].head.dep_ in ("nsubj", "nsubjpass")))]
                if len({x.actor.country for x in subj}) == 1:
                    return subj[0].actor.country
            return ""
        if not any(k.dep_ in ("amod", "compound") and k.i < tok.i and self.mention(k) is None
                   and k.ent_type_ not in ("GPE", "LOC", "ORG", "PERSON") for k in kids):
            return ""  # "the state" alone may be any government; a nationality word places it itself
        if any(k.dep_ in MODIFIER_DEPS and self.mention(k) is not None for k in kids) or \
                any(k.dep_ == "prep" and k.lower_ == "of" for k in kids):
            return ""  # "the Jewish state", "the state of emergency"
        sent = tok.sent
        # the countries that act or speak in its own sentence: those named before it, and subjects
        own = {x.actor.country for x in self.mention_at.values() if sent.start <= x.start < sent.end
               and x.actor.country and (x.start < tok.i or self.doc[x.end - 1].dep_ in ("nsubj", "nsubjpass"))}
        own |= {a.country for i, acts in self.coref.items() if sent.start <= i < tok.i for a in acts}
        earlier = [s for s in self.doc.sents if s.end <= sent.start][-3:]
        for s in reversed(earlier):
            found = [x for x in sorted({id(v): v for v in self.mention_at.values()}.values(),
                                       key=lambda v: v.start)
                     if s.start <= x.start < s.end and x.kind in ("country", "adjective", "capital")
                     and x.actor.country and x.actor.country not in own | {"IGO", "NGO", "IMG"}]
            if found:
                return found[-1].actor.country
        return ""

    def _seat_of_named_country(self, m: Mention) -> Actor:
        """'the German Foreign Office', 'Italy's foreign ministry': a body named with its country
        belongs to that country, whatever country the bare name usually stands for."""
        doc = self.doc
        i = m.start - 1
        while i >= 0 and doc[i].dep_ == "det":
            i -= 1
        for j in (i, i - 1):
            if j < 0:
                continue
            if doc[j].dep_ == "case" and j > 0:  # "Italy 's"
                continue
            other = self.mention(doc[j])
            if other is not None and other is not m and other.kind in ("adjective", "country") and \
                    other.actor.country and other.actor.country != m.actor.country and j >= m.start - 3:
                return replace(m.actor, country=other.actor.country,
                               name=f"{self.tables.country_name(other.actor.country)} {m.actor.text}")
        own = m.actor.country
        from .where import named_countries, story_countries

        if own and GENERIC_SEAT.match(m.actor.text) and own not in named_countries(self.doc):
            # "the Foreign Office" in a story from Islamabad that names Britain nowhere else (by name, adjective
            # or one of its people): the office of the story's own country

            home = next((c for c in story_countries(self.doc) if c != own), "")
            if home:
                return replace(m.actor, country=home, name=f"{self.tables.country_name(home)} {m.actor.text}")
        return m.actor

    def _ngo_noun(self, tok: Token) -> str:
        """'a human rights group', 'aid agencies', 'a charity': a non-governmental body."""
        words = self.tables.org_words
        lemma = tok.lemma_.lower()
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i < tok.i:
                two = f"{c.lemma_.lower()} {lemma}"
                if words.get(two, ("", ""))[0] == "NGO":
                    return self._np_text(tok)
        if tok.pos_ == "NOUN" and words.get(lemma, ("", ""))[0] == "NGO" and lemma in ("charity", "watchdog"):
            return self._np_text(tok)
        return ""

    def owner_actors(self, tok: Token) -> list[Actor]:
        """Whose thing a noun is: 'an Indian proposal', 'a United Nations appeal',
        "President Assad's failure", 'the withdrawal of Serbian forces'."""
        got = self.np_actors(tok)
        if got:
            return got
        out: list[Actor] = []
        for c in tok.children:
            if c.dep_ in MODIFIER_DEPS:
                for x in [c, *self._conjuncts(c)]:
                    out.extend(a for a in self.np_actors(x) if a not in out)
        if not out:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out.extend(a for a in self.owner_actors(p) if a not in out)
                    if out:
                        break
        return out

    def _place_actor(self, tok: Token) -> list[Actor]:
        """A region or town as a party ('imposed blockades in the West Bank'): its country."""
        from .gazetteer import choose
        from .where import story_countries

        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None:
            return []
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        # the place the story most likely means (its countries, then our additions, then population),
        # not the gazetteer's first namesake ("Bali" is Indonesia's island, not a town in India)
        p = choose(name, story_countries(self.doc))
        if p is not None and p.country:
            return [Actor(ent.text, self.tables.country_name(p.country), p.country, "", "place",
                          ent.start_char, ent.end_char)]
        return []

    def _unmarked_place_actor(self, tok: Token) -> list[Actor]:
        from .gazetteer import choose
        from .where import possessor_place, story_countries

        countries = story_countries(self.doc)
        place = possessor_place(self.doc, tok, countries) or choose(tok.text, countries)
        if place is None or not place.country:
            return []
        return [Actor(tok.text, self.tables.country_name(place.country), place.country, "", "place",
                      tok.idx, tok.idx + len(tok))]

    def _sector_of(self, tok: Token) -> str:
        t = self.tables
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "FAC", "PERSON"):
            return ""  # "West Bank" is a place, not a bank
        if tok.lemma_.lower() == "state" and any(
                k.dep_ == "prep" and k.lower_ == "of" and any(p.lemma_.lower() in STATE_OF for p in k.children)
                for k in tok.children):
            return ""  # "a state of emergency" is a condition, not a government
        # A specific body named by a modifier outranks a generic title:
        # "rebel leaders" are rebels, "army spokesman" speaks for the military.
        generic = {"GOV", ""}
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "ADJ"):
                sec = t.group_nouns.get(c.lemma_.lower()) or t.group_nouns.get(c.lower_)
                if sec and sec not in generic and (t.group_nouns.get(tok.lemma_.lower()) or
                                                   t.titles.get(tok.lower_) or "GOV") in generic:
                    return sec
        lemma = tok.lemma_.lower()
        left = tok.doc[tok.i - 1] if tok.i > 0 else None
        if left is not None:
            two = f"{left.lower_} {tok.lower_}"
            two_l = f"{left.lower_} {lemma}"
            for k in (two, two_l):
                if k in t.group_nouns:
                    return t.group_nouns[k]
                if k in t.titles:
                    return t.titles[k]
        return t.group_nouns.get(lemma) or t.group_nouns.get(tok.lower_) or t.titles.get(tok.lower_) or ""

    def _modifier_actors(self, tok: Token) -> list[Actor]:
        found: list[Actor] = []
        for c in tok.children:
            if c.dep_ == "amod" and c.lower_ in SPONSOR_WORDS:
                continue  # "Iran-backed rebels": whose backing it is, not who they are
            if c.dep_ == "poss" and tok.lemma_.lower() in FOREIGN_RELATIONS:
                continue  # "his Turkish counterpart": the one he meets is of another country than his
            if c.dep_ in MODIFIER_DEPS:
                for x in [c, *self._conjuncts(c)]:
                    m = self.mention(x)
                    if m is not None and m.kind in ACTOR_KINDS:
                        found.append(m.actor)
                    elif x.i in self.coref and c.dep_ == "poss":
                        found.extend(self.coref[x.i])
        if not found:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS:
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            inner = self.owner_actors(pobj)
                            # "doctors from two American aid groups": take the place, not the group noun
                            found.extend(a for a in inner if a.country)
        seen: list[Actor] = []
        for a in found:
            if not any(a.country == s.country and a.name == s.name for s in seen):
                seen.append(a)
        return seen

    def _np_start(self, tok: Token) -> int:
        left = min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("relcl", "acl", "punct")),
                   default=tok.i)
        return self.doc[left].idx

    def _np_text(self, tok: Token) -> str:
        start = self._np_start(tok)
        return self.text[start: tok.idx + len(tok)]


def with_text(actors: list[Actor], text: str, start: int, end: int) -> list[Actor]:
    return [replace(a, text=text, start=start, end=end) for a in actors]
