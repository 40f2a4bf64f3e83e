"""The actors component: who is named in a story, and who each mention means.

Marks every mention of a country (names, demonyms and adjectives), capital
or seat of government, intergovernmental body, armed group or party, and
person; resolves people through the dated leaders table (so "Trump" depends
on the story's date) and through titles and nationality around the name
("Russian Deputy Prime Minister Alexander Novak" -> RUS, GOV). Then links
later mentions to earlier ones inside the story: "Putin" after "Vladimir
Putin", "the Russian leader", "he", "the two leaders".

Results live on ``doc._.wc_mentions`` (in text order) and ``doc._.wc_coref``
(token index -> actors meant by a pronoun or description).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..model import Actor
from .actor_tables import Phrase, Tables, Term, load_tables
from .amount_parse import units
from .extensions import guarded, register_extensions
from .furniture import in_furniture
from .where import venue_token

# Title words -> the office they name in leaders.tsv, to resolve "the Russian president".
TITLE_ROLES = {
    "president": ("HOS",), "king": ("HOS",), "queen": ("HOS",), "emir": ("HOS",), "sultan": ("HOS",),
    "supreme leader": ("HOS",), "crown prince": ("HOG",),
    "prime minister": ("HOG",), "premier": ("HOG",), "chancellor": ("HOG",),
    "leader": ("HOS", "HOG"),
    "foreign minister": ("FM",), "secretary of state": ("FM",), "foreign secretary": ("FM",),
    "defence minister": ("DM",), "defense minister": ("DM",), "defense secretary": ("DM",),
    "defence secretary": ("DM",), "secretary-general": ("UNSG", "NATOSG"),
}
PLURAL_LEADERS = {"leaders", "presidents", "heads", "ministers", "sides", "countries", "nations", "governments",
                  "parties", "signatories", "delegations", "men", "women"}
PRONOUNS_SING = {"he", "him", "his", "she", "her", "hers"}
PRONOUNS_PLUR = {"they", "them", "their", "theirs"}
PRONOUNS_IT = {"it", "its"}
# titles a state's leader is named by ("the visiting Sri Lankan president")
LEADER_TITLES = {"president", "premier", "minister", "leader", "chancellor", "king", "emir", "monarch", "sultan"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
# "the bloc imposed sanctions": a body named again by what it is
# people named by a domestic relation to someone ("her ousted predecessor", "his deputy", "his rival"):
# a party of their own, of the country of the one they are related to (ordinary English usage)
# body words that, after a nationality, begin a body's proper name (besides org_words.tsv's)
NATIONAL_BODY_WORDS = {"organisation", "organization", "centre", "center"}
RELATION_NOUNS = {"predecessor", "successor", "deputy", "rival", "nemesis", "archrival", "arch-rival"}
BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "union", "coalition", "grouping", "movement",
              "militia", "agency", "body", "commission", "council", "court", "tribunal"}
GENERIC_BODIES = {"bloc", "alliance", "organisation", "organization", "coalition", "grouping", "body"}  # any body;
# the others ("the court", "the council") only the one whose name holds the word
ARMED_GROUP_NOUNS = {"rebels", "guerrillas", "insurgents", "militants", "guerrilla", "rebel"}
NON_PERSON_KINDS = ("country", "capital", "igo", "ngo", "org", "group", "seat")
# Group words that stand for people ("the two leaders", "the two men") and for countries or
# sides ("the delegations", "the parties"); both take every member of the group they refer to.
ENVOY_WORDS = {"ambassador", "envoy", "representative", "emissary", "consul", "delegate"}
PERSON_GROUPS = {"leaders", "presidents", "heads", "men", "women", "ministers"}
DEAL_PARTY_WORDS = {"parties", "signatories"}
DEAL_WORDS = {"sign", "agree", "deal", "agreement", "accord", "pact", "treaty", "memorandum", "initiative"}
COUNTRY_GROUPS = {"countries", "nations", "governments", "sides", "parties", "delegations"}

# Name spellings that vary by transliteration (leaders.tsv lists the usual ones, not all):
# Mohammed/Muhammad/Mohamed, -sky/-skyy/-skiy/-ski, a doubled final y or i, Sergei/Sergey,
# an article al-/el- that AP drops, hyphens and diacritics. Both the table's names and the
# story's words are reduced to one key per word before they are compared.
_MUHAMMAD = re.compile(r"^m[uo]h[ae]mm?[ae]d$")
_SKY = re.compile(r"sk(?:yy|iy|yi|ii|ij|y|i)$")
_FINAL_Y = re.compile(r"(?:yy|iy|ii|yi|ij)$")
NAME_ARTICLES = {"al", "el", "ul"}


@lru_cache(maxsize=1 << 16)  # a story repeats its words; the key is a pure function of the word
def name_word_key(word: str) -> str:
    """One word of a name reduced to its transliteration-free key ("Zelenskyy" -> "zelensky")."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    w = w.replace("’", "").replace("'", "")
    if _MUHAMMAD.match(w):
        return "muhammad"
    if len(w) >= 5 and _SKY.search(w):
        return _SKY.sub("sky", w)
    if len(w) >= 5 and _FINAL_Y.search(w):
        return _FINAL_Y.sub("y", w)
    if len(w) >= 5 and w.endswith("ei"):  # Sergei / Sergey, Alexei / Alexey
        return w[:-1] + "y"
    return w


def name_key(text: str, keep_articles: bool = False) -> str:
    """A whole name's key: words split at spaces and hyphens, articles inside the name dropped
    ("Bashar al-Assad" and "Bashar Assad" share one key); a name that starts with its article
    ("El-Sisi said") keeps it, so "El Salvador" never becomes "Salvador"."""
    words = [w for w in re.split(r"[\s\-‐–]+", text) if w]
    keys = [name_word_key(w) for w in words]
    if keep_articles or (keys and keys[0] in NAME_ARTICLES):
        return " ".join(keys)
    kept = [k for k in keys if k not in NAME_ARTICLES]
    return " ".join(kept or keys)


# words that make a country or city word part of the name of a square, street or building
PLACE_NAME_HEADS_BEFORE = {"plaza", "avenida", "calle", "rua", "praça", "praca", "piazza", "via", "place", "rue",
                           "paseo", "boulevard", "avenue", "parque", "estación", "estacion", "puerta"}
PLACE_NAME_HEADS_AFTER = {"street", "square", "avenue", "road", "gate", "boulevard", "lane", "plaza"}
# "the Sea of Japan", "the Gulf of Oman", "the Gulf of Guinea": a body of water named after a country
# is a place, no mention of the country (set K: a launch "into the Sea of Japan" aimed at Japan)
WATER_HEADS_OF = {"sea", "gulf", "bay", "strait", "straits"}
# region words that name a group of states ("the Gulf states", "the four Arab states"): the states
# the story has listed, not an intergovernmental body (set K)
REGION_STATE_WORDS = {"arab", "gulf", "african", "european", "asian", "baltic", "nordic", "western", "latin",
                      "balkan", "sahel", "andean", "caribbean", "pacific", "muslim", "islamic"}


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    actor: Actor

    @property
    def kind(self) -> str:
        return self.actor.kind


@dataclass
class Person:
    actor: Actor
    surname: str
    first_tok: int


def _span_actor(span: Span, ph: Phrase) -> Actor:
    return Actor(text=span.text, name=ph.name, country=ph.country, sector=ph.sector, kind=ph.kind,
                 start=span.start_char, end=span.end_char)


class ActorFinder:
    """Holds the matchers built from the data files (one per pipeline)."""

    def __init__(self, nlp: Language) -> None:
        self.tables: Tables = load_tables()
        self.by_key: dict[str, Phrase] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower_pats: dict[str, list[Doc]] = {}
        exact_pats: dict[str, list[Doc]] = {}
        for ph in self.tables.phrases:
            key = f"{ph.kind}|{ph.country}|{ph.name}|{ph.sector}"
            self.by_key[key] = ph
            # Acronyms and odd casings ("US", "WHO", "IS") must match exactly;
            # other names match in any casing ("RUSSIAN President") but must be capitalised.
            single = " " not in ph.text.strip()
            exact = len(ph.text) <= 3 or (single and any(c.isupper() for c in ph.text[1:]))
            (exact_pats if exact else lower_pats).setdefault(key, []).append(nlp.make_doc(ph.text))
        for key, docs in lower_pats.items():
            self.lower.add(key, docs)
        for key, docs in exact_pats.items():
            self.exact.add(key, docs)
        # every name and alias of leaders.tsv under its transliteration key (name_key)
        self.leader_keys: dict[str, list] = {}
        for alias, terms in self.tables.leaders.items():
            for key in {name_key(alias), name_key(alias, keep_articles=True)}:
                got = self.leader_keys.setdefault(key, [])
                got.extend(t for t in terms if t not in got)
        self.leader_max_words = max((len(k.split()) for k in self.leader_keys), default=1)
        # Every run of leading words of a key: leader_matches stops growing a run as soon as it
        # is no key's beginning, instead of trying every run of up to leader_max_words words.
        self.leader_prefixes = {" ".join(k.split()[:n]) for k in self.leader_keys
                                for n in range(1, len(k.split()) + 1)}
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
        index = lookups.get_table("lemma_index") if lookups is not None and lookups.has_table("lemma_index") else {}
        # English words ("May", "Brown", "Rice"): such a surname alone needs the tagger to call it a name
        self.english_words: set[str] = {w for words in index.values() for w in words}
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for title in self.tables.titles:
            self.title_matcher.add("TITLE", [nlp.make_doc(title)])

    # ---- matching -------------------------------------------------------
    def phrase_spans(self, doc: Doc) -> list[tuple[Span, Phrase]]:
        found: list[Span] = []
        keys: dict[tuple[int, int], str] = {}
        for matcher, need_cap in ((self.lower, True), (self.exact, False)):
            for mid, s, e in matcher(doc):
                if need_cap and not doc[s].text[:1].isupper():
                    continue
                key = doc.vocab.strings[mid]
                span = doc[s:e]
                found.append(span)
                keys.setdefault((s, e), key)
        return [(sp, self.by_key[keys[(sp.start, sp.end)]]) for sp in filter_spans(found)]

    def leader_terms(self, name: str) -> list[Term]:
        return self.tables.leader_terms(name) or self.leader_keys.get(name_key(name), [])

    def leader_matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of every run of words whose key is a leader's name or alias."""
        words: list[tuple[int, str]] = []  # token index, key; hyphens skipped
        for t in doc:
            if t.text in ("-", "‐", "–") or t.tag_ == "HYPH":
                continue
            words.append((t.i, name_word_key(t.text)))
        out = []
        for a in range(len(words)):
            if words[a][1] in NAME_ARTICLES and not doc[words[a][0]].text[:1].isupper():
                continue  # a name starts with its own word, or a capitalised "Al"
            got = None
            parts: list[str] = []
            for b in range(a, min(len(words), a + self.leader_max_words + 2)):
                if b > a and words[b][0] != words[b - 1][0] + 1 and not all(
                        doc[j].text in ("-", "‐", "–") or doc[j].tag_ == "HYPH"
                        for j in range(words[b - 1][0] + 1, words[b][0])):
                    break
                parts.append(words[b][1])
                kept = parts if parts[0] in NAME_ARTICLES else [k for k in parts if k not in NAME_ARTICLES]
                joined = " ".join(kept)
                if joined in self.leader_keys:
                    got = (words[a][0], words[b][0] + 1)
                if kept and joined not in self.leader_prefixes and parts[-1] not in NAME_ARTICLES:
                    break  # no longer run can be a name (an article inside a name is dropped, so go on)
            if got:
                out.append(got)
        return out

    def leader_for(self, name: str, day: str | None) -> tuple[Term | None, bool]:
        """The term of office ``name`` held on ``day`` (or their latest one), and whether it covers day."""
        terms = self.leader_terms(name)
        if not terms:
            return None, False
        covering = [t for t in terms if t.covers(day)]
        if covering:
            # A head of state outranks the same person's other offices.
            order = {"HOS": 0, "HOG": 1, "FM": 2, "DM": 3}
            return min(covering, key=lambda t: order.get(t.role, 4)), True
        past = [t for t in terms if day and t.start <= day] or terms
        return max(past, key=lambda t: t.start), False

    def office_holder(self, iso3: str, roles: tuple[str, ...], day: str | None) -> Term | None:
        for role in roles:
            for t in self.tables.offices.get((iso3, role), ()):
                if t.covers(day):
                    return t
        return None

    # ---- the component --------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        day = (doc._.wc_meta or {}).get("published")
        mentions: list[Mention] = []
        taken: set[int] = set()
        phrase_spans = self.phrase_spans(doc)
        # A surname alone must look like a name: "May" in "1 May" is a date, not Theresa May.
        leader_spans = filter_spans([doc[s:e] for s, e in self.leader_matches(doc)
                                     if doc[s].text[:1].isupper() and
                                     (e - s > 1 or (self._looks_like_name(doc[s]) and doc[s].ent_type_ not in
                                                    ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY")))])
        # A surname inside a longer country name or adjective is no person: "Costa" of "Costa Rican
        # officials" is not Antonio Costa (set L: Costa Rica's officials coded as another country).
        leader_spans = [sp for sp in leader_spans if not any(
            p.start <= sp.start and sp.end <= p.end and (p.end - p.start) > (sp.end - sp.start)
            for p, _ in phrase_spans)]
        # People first: a leader's name outranks a country word inside it ("Georgia" in a name).
        phrase_at = {i: ph for sp, ph in phrase_spans for i in range(sp.start, sp.end)}
        phrase_tokens = set(phrase_at)
        for span in self._person_spans(doc, leader_spans, phrase_tokens):
            actor = self._person_actor(doc, span, day, phrase_at)
            mentions.append(Mention(span.start, span.end, actor))
            taken.update(range(span.start, span.end))
        for span, ph in phrase_spans:
            if taken.intersection(range(span.start, span.end)):
                continue
            if ph.kind in ("country", "capital", "adjective") and self._inside_place_name(doc, span):
                continue  # "Plaza Italia", "Avenida Brasil", "Damascus Gate": a street, not a country
            mentions.append(Mention(span.start, span.end, _span_actor(span, ph)))
            taken.update(range(span.start, span.end))
        surnames = {name_word_key(w) for m in mentions if m.kind == "person" and len(m.actor.text.split()) > 1
                    for w in m.actor.text.split()[1:]}
        for ent in doc.ents:
            if ent.label_ == "ORG" and len(ent) == 1 and name_word_key(ent.text) in surnames \
                    and ent.root.dep_ not in ("compound", "nmod", "amod"):  # "the Zondo commission" is a body
                continue  # "Vallejo" after "Camila Vallejo": the person again, not a town (see below)
            if ent.label_ == "ORG" and not taken.intersection(range(ent.start, ent.end)):
                country, _, _ = self._context_of_name(doc, ent, phrase_at)
                country = country or self._country_inside(doc, ent, phrase_at)
                sector = self._org_sector(ent)
                code, org_sector = self._org_kind(ent)
                # "Nikola Selakovic, Secretary General of ...": a name with a title in apposition is a
                # person NER took for a body; as a person, a later surname finds it (set L)
                titled = len(ent) > 1 and not code and not org_sector and all(
                    w.text[:1].isupper() and w.pos_ == "PROPN" for w in ent) and any(
                    c.dep_ == "appos" and c.lower_ in self.tables.titles for c in ent.root.children)
                actor = Actor(text=ent.text, name=_strip_det(ent), country=country or code,
                              sector=sector or org_sector, kind="person" if titled else "org",
                              start=ent.start_char, end=ent.end_char)
                if not actor.country and not code and not org_sector:
                    actor = self._as_place(ent) or actor
                mentions.append(Mention(ent.start, ent.end, actor))
                taken.update(range(ent.start, ent.end))
        mentions = self._korean_halves(doc, mentions, taken)
        mentions = self._national_bodies(doc, mentions, taken)
        mentions.sort(key=lambda m: m.start)
        mentions = self._later_short_names(doc, mentions, taken)
        furniture = [f for f in doc._.wc_furniture or () if f[2] != "headline"]
        if furniture:
            # datelines, bylines and credits name no party ("SEOUL", "Reuters", a photographer)
            mentions = [m for m in mentions if not in_furniture(furniture, doc[m.start].idx)]
        # the country of a currency names no party: "800,000 U.S. dollars", "Hong Kong dollars" (real news set I:
        # China's donation to Zimbabwe came out as aid to the United States)
        mentions = [m for m in mentions if not _of_a_currency(doc, m) and not _a_language_or_ethnicity(doc, m)]
        self._adjective_of_longer_name(mentions)
        self._place_unplaced(doc, mentions)
        doc._.wc_mentions = mentions
        doc._.wc_coref = self._coreference(doc, mentions, day)
        return doc

    def _korean_halves(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """'The North' and 'the South' in a story about the Koreas are North and South Korea (set K:
        'The North' took the country of another party in its sentence)."""
        named = {m.actor.country for m in mentions}
        if "PRK" not in named:
            return mentions
        added = []
        for tok in doc:
            if tok.i in taken or tok.text not in ("North", "South") or not (
                    any(c.lower_ == "the" for c in tok.children) or (tok.i > 0 and doc[tok.i - 1].lower_ == "the")):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and not doc[tok.i + 1].is_punct:
                continue  # "the North Atlantic", "the South China Sea": part of a longer name
            iso = "PRK" if tok.text == "North" else "KOR"
            added.append(Mention(tok.i, tok.i + 1, Actor(text=tok.text, name=self.tables.country_name(iso),
                                                          country=iso, sector="", kind="country", start=tok.idx,
                                                          end=tok.idx + len(tok))))
            taken.add(tok.i)
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    @staticmethod
    def _inside_place_name(doc: Doc, span: Span) -> bool:
        """Is the country or city word part of the proper name of a square, street or building?"""
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.text[:1].isupper() and before.lower_ in PLACE_NAME_HEADS_BEFORE:
            return True
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text[:1].isupper() \
                and doc[span.start - 2].lower_ in WATER_HEADS_OF:
            return True  # "Sea of Japan", "Gulf of Oman": a sea, not the country
        return after is not None and after.text[:1].isupper() and after.lower_ in PLACE_NAME_HEADS_AFTER

    @staticmethod
    def _later_short_names(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """A surname NER missed after the full name ("Evan Gershkovich ... Gershkovich, 32, who
        stood ..."): a mention of the person, to be resolved like any short name."""
        full = [m for m in mentions if m.kind == "person" and len(m.actor.text.split()) > 1]
        if not full:
            return mentions
        added = []
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or \
                    tok.ent_type_ not in ("", "PERSON", "ORG", "GPE"):
                continue
            if tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN":
                continue  # part of a longer name ("Gershkovich Foundation")
            if tok.ent_type_ in ("ORG", "GPE") and (tok.dep_ in ("compound", "nmod", "amod") or tok.ent_iob_ != "B" or (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")):
                continue  # a word of a longer organisation or place name
            key = name_word_key(tok.text)
            if any(m.end <= tok.i and key in name_words(m.actor.text) for m in full):
                added.append(Mention(tok.i, tok.i + 1, Actor(text=tok.text, name=tok.text, country="", sector="",
                                                             kind="person", start=tok.idx,
                                                             end=tok.idx + len(tok))))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _looks_like_name(self, tok: Token) -> bool:
        """A one-word leader's name: the tagger says so, or it is no English word ("Zelenskyy"
        opening a sentence is often tagged a noun), or the story names the person in full."""
        if tok.pos_ == "PROPN":
            return True
        if tok.pos_ not in ("NOUN", "ADJ", "VERB", "ADV", "X", "INTJ"):
            return False  # "May" as a modal verb
        if tok.lower_ not in self.english_words:
            return True
        key = name_word_key(tok.text)
        return any(t.i != tok.i and t.pos_ == "PROPN" and name_word_key(t.text) == key for t in tok.doc)

    def _person_spans(self, doc: Doc, leader_spans: list[Span], phrase_tokens: set[int]) -> list[Span]:
        out = []
        for sp in filter_spans([*leader_spans, *(e for e in doc.ents if e.label_ == "PERSON")]):
            # Drop a possessive or title that NER sometimes swallows: "Putin’s", "President Xi".
            s, e = sp.start, sp.end
            while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_space):
                e -= 1
            while s < e - 1 and doc[s].lower_ in self.tables.country_names:
                s += 1  # "Ambassador to Myanmar Chen Hai": NER takes the host country into the name
            if any("\n" in doc[k].text for k in range(s, e)):
                continue  # a name never runs across a line (a headline's last words and the next line)
            while s < e - 1 and doc[s].lower_ in self.tables.titles:
                s += 1
            if e <= s or not doc[s:e].text[:1].isupper():
                continue
            # NER sometimes calls a country a person ("Benin opened its borders"): the gazetteer
            # wins over NER, though not over the leaders table.
            if sp.label_ == "PERSON" and all(i in phrase_tokens for i in range(s, e)):
                continue
            out.append(doc[s:e])
        return out

    def _person_actor(self, doc: Doc, span: Span, day: str | None, phrase_at: dict[int, Phrase]) -> Actor:
        name = span.text
        term, current = self.leader_for(name, day)
        if span.start > 0 and doc[span.start - 1].lower_ in self.tables.titles and len(span) == 1:
            # "King Abdullah" in 2006 is Saudi Arabia's king, in 2017 Jordan's, never Afghanistan's
            # Abdullah Abdullah: the title with the name, when it names an office held that day,
            # outranks the bare name; of two such (two King Abdullahs, 2005-2015) the one whose
            # country the story names
            titled_name = f"{doc[span.start - 1].text} {name}"
            titled = [*self.tables.leader_terms(titled_name), *self.leader_keys.get(name_key(titled_name), [])]
            covering = [t for t in titled if t.covers(day)]
            if covering:
                named = {ph.country for ph in phrase_at.values() if ph.country}
                term, current = next((t for t in covering if t.iso3 in named), covering[0]), True
        country, sector, _title = self._context_of_name(doc, span, phrase_at)
        if term is not None:
            country = country or term.iso3
            if current:
                sector = sector or "GOV"
                name = term.name
            elif term.iso3 == country or not country:
                name = term.name
                country = term.iso3
                sector = sector or ("ELI" if day and term.end and term.end < day else "")
        return Actor(text=span.text, name=name, country=country, sector=sector,
                     kind="person", start=span.start_char, end=span.end_char)

    def _context_of_name(self, doc: Doc, span: Span, phrase_at: dict[int, Phrase]) -> tuple[str, str, str]:
        """Country, sector and title from the words around a name: 'Russian Deputy Prime Minister X',
        'X, China's foreign minister,', "Russia's envoy X"."""
        words: list[Token] = []
        i = span.start - 1
        while i >= span.sent.start:
            t = doc[i]
            if t.is_punct and t.text not in ("’s", "'s", "-") and t.tag_ != "HYPH":
                break
            if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or t.lower_ in ("and", "or", "with"):
                break
            if t.pos_ == "DET" and t.lower_ not in ("the",):
                break
            words.insert(0, t)
            i -= 1
        lead: list[Token] = []
        if i > span.sent.start and doc[i].lower_ in ("of", "and", "for", "&") and words \
                and all(w.text[:1].isupper() for w in words):
            # "South Korea's Minister of the Interior and Safety Lee Sang Min": a ministry's name inside
            # the title; the country stands before the title word, not next to the name (set K: the
            # minister took the other signatory's country). Only the country is taken from before it.
            j = i
            while j >= span.sent.start and i - j < 8 and doc[j].lower_ not in self.tables.titles and (
                    doc[j].lower_ in ("of", "and", "for", "the", "&") or (
                        doc[j].text[:1].isupper() and doc[j].ent_type_ != "PERSON" and not doc[j].is_punct)):
                j -= 1
            if j > span.sent.start and doc[j].lower_ in self.tables.titles and doc[j].text[:1].isupper() \
                    and doc[j + 1].lower_ in ("of", "for"):  # the ministry's name follows the title word
                k = j - 1
                while k >= span.sent.start:
                    t = doc[k]
                    if (t.is_punct and t.text not in ("’s", "'s")) or t.lower_ in ("and", "or", "with") \
                            or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") \
                            or (t.pos_ == "DET" and t.lower_ != "the"):
                        break
                    lead.insert(0, t)
                    k -= 1
        if i < span.sent.start and span.sent.start > 0 and words and words[0].text[:1].isupper():
            # "US | Ambassador X": a title's country the sentence splitter cut off as a one-word sentence
            prev = doc[span.sent.start - 1].sent
            if len([t for t in prev if not t.is_space]) == 1 and not prev[0].is_punct:
                words = [t for t in prev if not t.is_space] + words
        if i > span.sent.start and doc[i].lower_ == "to" and doc[i - 1].lemma_.lower() in ENVOY_WORDS:
            # "Chinese Ambassador to Myanmar Chen Hai": the country after 'to' is the host; the
            # envoy's own is before the title
            words = []
            i -= 1
            while i >= span.sent.start and not doc[i].is_punct and doc[i].pos_ not in ("VERB", "AUX", "ADP", "CCONJ"):
                words.insert(0, doc[i])
                i -= 1
        before = list(words)
        for child in span.root.children:
            if child.dep_ == "appos" and not any(k.ent_type_ == "PERSON" for k in child.subtree):
                # (an apposition holding a name of its own is the next person of a list:
                # "U Soe Thein, Chinese Ambassador Chen Hai and officials")
                words.extend(child.subtree)
            elif child.dep_ == "appos" and child.lower_ in self.tables.titles:
                # "X, Secretary of Serbian President Y,": an aide of a country's leader is of that
                # country (set L: the aide coded by the story's venue); the words before Y's name
                words.extend(k for k in child.subtree if k.i < min(
                    (p.i for p in child.subtree if p.ent_type_ == "PERSON"), default=k.i + 1))
            if child.dep_ == "prep" and child.lower_ == "of":
                # "King Abdullah of Jordan", "President Assad of Syria"
                words.extend(t for t in child.subtree if t.dep_ in ("pobj", "compound"))
        country, sector, title = self._country_title(doc, words, phrase_at)
        if not country and lead:
            country = self._country_title(doc, lead, phrase_at)[0]
        if not country and title:
            # "Yangon Region Chief Minister X", "Kharkiv regional governor X": a place in the title
            from .gazetteer import choose

            for w in before:
                # a body's word before the title ("Police spokesman X") is no place: not Police, Poland
                if w.pos_ == "PROPN" and w.text[:1].isupper() and w.lower_ not in self.tables.titles \
                        and w.lower_ not in self.tables.group_nouns:
                    place = choose(w.text, [])
                    if place is not None and place.feature != "country" and place.country:
                        country = place.country
                        break
        return country, sector, title

    def _country_title(self, doc: Doc, words: list[Token], phrase_at: dict[int, Phrase]) -> tuple[str, str, str]:
        t = self.tables
        country, sector, title = "", "", ""
        lowered = " ".join(w.lower_ for w in words)
        for w in words:
            ph = phrase_at.get(w.i)
            if ph is not None and ph.kind in ("igo", "ngo", "country", "adjective", "capital", "group", "seat"):
                country = ph.country
                break
        for w in words:
            w_l = w.lower_
            if not country:
                if w_l in t.adjectives and w.text[:1].isupper():
                    country = t.adjectives[w_l]
                elif w_l in t.country_names and w.text[:1].isupper():
                    country = t.country_names[w_l]
                elif w_l in t.capitals and w.text[:1].isupper():
                    country = t.capitals[w_l]
        if not country:
            # multi-word names in the window: "South Korean", "United States"
            for n in (3, 2):
                for k in range(len(words) - n + 1):
                    phrase = " ".join(x.text for x in words[k:k + n]).lower()
                    iso = t.adjectives.get(phrase) or t.country_names.get(phrase)
                    if iso:
                        country = iso
                        break
                if country:
                    break
        best = ""
        for ttl in t.titles:
            if (f" {ttl} " in f" {lowered} ") and len(ttl) > len(best):
                best = ttl
        if best:
            title, sector = best, t.titles[best]
        return country, sector, title

    def _country_inside(self, doc: Doc, span: Span, phrase_at: dict[int, Phrase]) -> str:
        c, _, _ = self._country_title(doc, list(span), phrase_at)
        return c

    def _as_place(self, ent: Span) -> Actor | None:
        """An 'ORG' that the gazetteer knows as a region ("Crimea"): NER's mistake; a place."""
        from .gazetteer import choose

        name = _strip_det(ent)
        # choose(), not the first candidate: our own additions ("Bali" the island) outrank a small
        # namesake town elsewhere ("Bāli", India)
        p = choose(name, [])
        if p is not None and p.country and p.feature in ("region", "city", "island", "country", "state"):
            return Actor(ent.text, name, p.country, "", "place", ent.start_char, ent.end_char)
        return None

    def _national_bodies(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """"the Egyptian Organisation for Human Rights", "the Syrian Observatory for Human Rights": a
        nationality and a capitalised body word ("Organisation", "Observatory", "Committee", ...), with
        its 'for'/'of' phrase, name a body of that country that the tagger may leave untagged (it marks
        only the nationality). The nationality alone would leave the body out of its own acts."""
        out = []
        for m in mentions:
            end = m.end
            head = doc[end] if end < len(doc) else None
            if m.kind not in ("adjective", "country") or head is None or head.pos_ != "PROPN" \
                    or not head.text[:1].isupper() \
                    or not (head.lower_ in NATIONAL_BODY_WORDS or self.tables.org_words.get(head.lower_)) \
                    or end in taken:
                out.append(m)
                continue
            end += 1
            if m.kind == "country" and not (end + 1 < len(doc) and doc[end].lower_ in ("for", "of")):
                out.append(m)  # "Bahrain Centre for Human Rights"; but not "Syria Army" (the country's army)
                continue
            if end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].text[:1].isupper() \
                    and end + 1 not in taken:
                end += 1
                while end < len(doc) and end not in taken and (doc[end].text[:1].isupper() or (
                        doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
                    end += 1
            span = doc[m.start:end]
            _, sector = self._org_kind(span)
            out.append(Mention(m.start, end, Actor(text=span.text, name=span.text, country=m.actor.country,
                                                   sector=sector, kind="org", start=span.start_char,
                                                   end=span.end_char)))
            taken.update(range(m.start, end))
        return out

    def _org_kind(self, ent: Span) -> tuple[str, str]:
        """('NGO' or '', sector) from the organisation's head word ("... Association", "... Party")."""
        for tok in reversed(ent):
            got = self.tables.org_words.get(tok.lower_)
            if got:
                return got
        return "", ""

    def _org_sector(self, ent: Span) -> str:
        for tok in reversed(ent):
            s = self.tables.group_nouns.get(tok.lemma_.lower()) or self.tables.group_nouns.get(tok.lower_)
            if s:
                return s
        return ""

    def _adjective_of_longer_name(self, mentions: list[Mention]) -> None:
        """"Guinean" in a story that names Guinea-Bissau and never Guinea itself means Guinea-Bissau:
        the bare adjective of a country whose name is a word of another named country's name
        (Guinea / Guinea-Bissau) belongs to the country the story names (set L: GIN for GNB)."""
        named = {m.actor.country for m in mentions if m.kind in ("country", "capital") and m.actor.country}
        names = {c: self.tables.countries[c].name for c in named if c in self.tables.countries}
        for m in mentions:
            a = m.actor
            if m.kind != "adjective" or not a.country or a.country in named or a.country not in self.tables.countries:
                continue
            short = self.tables.countries[a.country].name
            longer = [c for c, n in names.items() if short in n.replace("-", " ").split() and n != short]
            if len(longer) == 1:
                c = longer[0]
                m.actor = replace(a, name=names[c], country=c)

    def _place_unplaced(self, doc: Doc, mentions: list[Mention]) -> None:
        """A titled person or body with no nationality ("President Omar El Bashir") belongs, as a
        careful reader would assume, to the country the sentence names, else the story's own."""
        counts: dict[str, int] = {}
        for m in mentions:
            if m.actor.country and m.actor.country not in ("IGO", "NGO", "IMG") and \
                    m.kind in ("country", "adjective", "capital", "person"):
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
        story = max(counts, key=lambda k: counts[k]) if counts else ""
        # where the story happens, when its places say (the where component runs later, so
        # look the place names up here)
        place_counts: dict[str, int] = {}
        from .gazetteer import choose
        from .where import far_town_with_article, where_someone_is

        staying: dict[str, int] = {}
        named = {m.actor.country for m in mentions if m.kind in ("country", "adjective", "person")
                 and m.actor.country and m.actor.country not in ("IGO", "NGO", "IMG")}
        datelines = [f for f in doc._.wc_furniture or () if f[2] == "dateline"]
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                if in_furniture(datelines, ent.start_char):
                    continue  # a dateline says where the report was filed, not whose people act (set I)
                if ent.text.lower() in self.tables.group_nouns or ent.text.lower() in self.tables.titles:
                    continue  # "Police spokesman ...": a body's or title's word, not the Polish town Police
                p = choose(ent.text, [story] if story else [])
                if p is not None and far_town_with_article(doc, ent, p, sorted(named)):
                    continue
                if p is not None and p.country and p.feature != "country":
                    place_counts[p.country] = place_counts.get(p.country, 0) + 1
                    if where_someone_is(doc, ent.start_char, ent.end_char):
                        staying[p.country] = staying.get(p.country, 0) + 1
        # a lone town of a country the story never names, named as where someone lives or is
        # treated ("treated in London"), is not where the story happens (as where.story_place_country)
        # nor is a lone city of a country the story never names, when it names others ("talks due in
        # Brussels" in a story about Pakistan and the US): a meeting's venue, not whose people act
        place_counts = {c: n for c, n in place_counts.items()
                        if not named or c in named or n >= 2}
        if place_counts:
            story = max(place_counts, key=lambda k: place_counts[k])
        for m in mentions:
            a = m.actor
            if a.country or m.kind not in ("person", "org") or (m.kind == "org" and not a.sector):
                continue
            sent = doc[m.start].sent
            # Countries standing on their own ("in Beirut"), not those qualifying another
            # party ("The US commander"), say where an unplaced person belongs.
            near = [x.actor.country for x in mentions if x.kind in ("country", "adjective", "capital")
                    and sent.start <= x.start < sent.end and x.actor.country and x is not m
                    and doc[x.end - 1].dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod")]
            # a foreign envoy of the sentence ("summoned the Indian high commissioner") is of another
            # country than the official who deals with him: that country is no guess for the official
            envoys = {x.actor.country for x in mentions if x.kind in ("country", "adjective")
                      and sent.start <= x.start < sent.end and x is not m
                      and (doc[x.end - 1].head.lemma_.lower() in ENVOY_WORDS
                           or " ".join(w.lower_ for w in doc[x.end: x.end + 2]) in ("high commissioner",))}
            envoys |= {x.actor.country for x in mentions if x.kind == "person" and x.actor.country and x is not m
                       and sent.start <= x.start < sent.end and x.start > 0
                       and doc[x.start - 1].lower_ in ENVOY_WORDS}  # "US Ambassador X was summoned by ..."
            near = [c for c in near if c not in envoys]
            guess = near[0] if near else (story if story not in envoys else "")
            if not a.sector and not near:
                continue  # an untitled name with no country in its own sentence: leave it unknown
            if m.start > 0 and doc[m.start - 1].lower_ in ENVOY_WORDS and not near:
                continue  # "Ambassador X" with no country: an envoy is mostly foreign to the story's country
            if guess:
                m.actor = replace(a, country=guess)

    # ---- coreference ----------------------------------------------------
    def _coreference(self, doc: Doc, mentions: list[Mention], day: str | None) -> dict[int, list[Actor]]:
        people: list[Person] = []
        by_surname: dict[str, Actor] = {}
        coref: dict[int, list[Actor]] = {}
        full_names: list[tuple[set[str], int, Actor]] = []  # earlier people: name-word keys, words, actor
        for m in mentions:
            if m.kind != "person":
                continue
            a = m.actor
            parts = a.name.split()
            surname = parts[-1].lower() if parts else ""
            short = self._short_mention(a, full_names, lambda x: self.leader_for(x.name, day)[1])
            if short is not None:
                # "Kim" after "Kim Jong Un", "Lula" after "Luiz Inacio Lula da Silva": the person of
                # the earlier full mention, whatever the leaders table would say of the short name
                m.actor = replace(short, text=a.text, start=a.start, end=a.end)
                people.append(Person(m.actor, surname, m.start))
                continue
            words = name_words(a.text) | name_words(a.name)
            if len(a.text.split()) > 1:
                full_names.append((words, len(name_words(a.text)), a))
            known = by_surname.get(surname) or by_surname.get(m.actor.text.lower())
            if known and (len(m.actor.text.split()) == 1 or known.name == a.name):
                # "Putin" after "Vladimir Putin": same person, keep the first mention's identity.
                m.actor = replace(known, text=a.text, start=a.start, end=a.end)
                a = m.actor
            elif surname:
                by_surname[surname] = a
                by_surname[a.name.lower()] = a
            people.append(Person(a, surname, m.start))
        mention_at = {i: m for m in mentions for i in range(m.start, m.end)}
        unsure: set[int] = set()  # sentences whose opening 'he'/'she' could be more than one person
        for tok in doc:
            low = tok.lower_
            if tok.i in mention_at:
                continue
            if tok.pos_ == "PRON" and low in PRONOUNS_SING:
                sent = tok.sent
                decided, p = self._opening_pronoun(doc, tok, people)
                if not decided and sent.start in unsure and not any(
                        sent.start <= x.first_tok < tok.i for x in people):
                    continue  # "He said he would ...": the second is as unknown as the first
                if not decided:
                    p = self._last_person(people, tok.i, doc)
                elif p is None:
                    unsure.add(sent.start)
                if p:
                    coref[tok.i] = [replace(p, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
                    people.append(Person(p, "", tok.i))
                    people.sort(key=lambda x: x.first_tok)
            elif tok.pos_ == "PRON" and low in ("its", "their") and tok.dep_ == "poss" and (
                    owner := self._clause_subject(doc, tok, mention_at, coref)):
                # "Chinese aircraft crossed the line during their drills": the owner is the clause's subject
                coref[tok.i] = [replace(g, text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for g in owner]
            elif (tok.pos_ == "PRON" and low in PRONOUNS_PLUR) or (
                    low in PLURAL_LEADERS and any(c.lower_ in ("two", "both") or c.lower_ == "the"
                                                  for c in tok.children)
                    # "the two men" refers back; "two armed men" are new people
                    and not (low in ("men", "women") and not (
                        any(c.lower_ in ("the", "both") for c in tok.children)
                        and not any(c.dep_ in ("amod", "compound") for c in tok.children)))
                    and not (low == "parties" and any(c.dep_ in ("amod", "compound") for c in tok.children))):
                group = (self._deal_parties(doc, tok, mentions) if low in DEAL_PARTY_WORDS else []) \
                    or self._last_group(doc, tok, mentions, people, coref)
                if group:
                    coref[tok.i] = [replace(g, text=tok.text, start=tok.idx, end=tok.idx + len(tok))
                                    for g in group]
            elif low in ("states", "countries", "nations") and any(c.lower_ == "the" for c in tok.children) and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in REGION_STATE_WORDS for c in tok.children) and (
                    listed := self._last_country_list(doc, tok, mentions, next(
                        (NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in NUMBER_WORDS), None))):
                # "Saudi Arabia, the UAE, Bahrain and Egypt ... the four Arab states": the states listed
                coref[tok.i] = [replace(g, text=tok.text, start=tok.idx, end=tok.idx + len(tok)) for g in listed]
            elif tok.pos_ == "PRON" and low in PRONOUNS_IT and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj",
                                                                             "pobj"):
                body = self._last_body(doc, tok, mentions)
                if body:
                    coref[tok.i] = [replace(body, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
            elif tok.pos_ == "NOUN" and low in BODY_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and not any(
                    c.dep_ in ("compound", "amod", "poss") for c in tok.children):
                # "the bloc", "the alliance": the intergovernmental body or group last named
                named = [m for m in mentions if m.kind in ("igo", "group", "ngo") and (
                    low in GENERIC_BODIES or low in m.actor.name.lower() or low in m.actor.text.lower())]
                body = self._last_body(doc, tok, named)
                if body:
                    coref[tok.i] = [replace(body, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
            elif tok.pos_ == "NOUN" and low in ARMED_GROUP_NOUNS and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                    c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children) and (
                    armed := self._last_body(doc, tok, [m for m in mentions if m.kind == "group" and m.actor.country
                                                        and m.actor.sector in ("REB", "INS", "UAF")])):
                # "FARC negotiators in Havana ... the guerrillas": the armed group last named keeps its own
                # country, not the venue's (set K: the FARC's guerrillas coded CUB)
                coref[tok.i] = [replace(armed, text=tok.text, start=tok.idx, end=tok.idx + len(tok))]
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in RELATION_NOUNS and (
                    related := self._relation_owner(tok, mention_at, coref)):
                # "pardoned her predecessor": another person than "her", of her country
                phrase = doc[tok.left_edge.i:tok.i + 1]
                coref[tok.i] = [Actor(text=phrase.text, name=phrase.text, country=related.country,
                                      sector=related.sector or "GOV", kind="group", start=phrase.start_char,
                                      end=phrase.end_char)]
            elif tok.pos_ == "NOUN" and self._is_definite_title(tok):
                holder = self._resolve_title(doc, tok, people, mention_at, day)
                if holder:
                    coref[tok.i] = [holder]
        return coref

    @staticmethod
    def _relation_owner(tok: Token, mention_at: dict[int, Mention],
                        coref: dict[int, list[Actor]]) -> Actor | None:
        """The one person or body whose predecessor, deputy or rival ``tok`` is (its possessor)."""
        for c in sorted(tok.children, key=lambda c: c.dep_ == "poss"):
            if c.dep_ in ("appos", "compound", "npadvmod") and c.i in mention_at:
                return None  # "his predecessor Laurent Gbagbo": the name says who
            if c.dep_ != "poss":
                continue
            owners = coref.get(c.i) or ([mention_at[c.i].actor] if c.i in mention_at else [])
            if len(owners) == 1 and owners[0].country:
                return owners[0]
        return None

    @staticmethod
    def _short_mention(a: Actor, named: list[tuple[set[str], int, Actor]],
                       in_office: Callable[[Actor], bool] | None = None) -> Actor | None:
        """The earlier full mention that a shorter name ("Kim", "Wang", "Lula") stands for. Two
        different earlier people with that name: the one of them in office that day (the bare surname
        is the leader's, not his nephew's: a relative is named in full), else the country they share,
        else an unknown person."""
        words = name_words(a.text)
        if not words:
            return None
        hits: list[Actor] = []
        for full_words, n, full in named:
            if words <= full_words and len(words) < n and not any(
                    h.name == full.name and h.country == full.country for h in hits):
                hits.append(full)
        if not hits:
            return None
        if len(hits) == 1:
            return hits[0]
        if in_office is not None:
            leaders = [h for h in hits if in_office(h)]
            if len(leaders) == 1:
                return leaders[0]
        countries = {h.country for h in hits}
        sectors = {h.sector for h in hits}
        return Actor(text=a.text, name=a.text, country=countries.pop() if len(countries) == 1 else "",
                     sector=sectors.pop() if len(sectors) == 1 and len(countries) <= 1 else "",
                     kind="person", start=a.start, end=a.end)

    @staticmethod
    def _is_subject(doc: Doc, i: int) -> bool:
        head = doc[i]
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    def _opening_pronoun(self, doc: Doc, tok: Token, people: list[Person]) -> tuple[bool, Actor | None]:
        """'He'/'she' as the subject of a sentence that names no person before it: the person who
        was the main subject (or the speaker) of the sentence before, else of the one before that;
        a sentence whose subject is two people ("Putin and Erdogan met") leaves it unknown, and
        with no such subject, the one person the last sentences name. (False, None) when the
        pronoun is not of this kind and the ordinary rule applies."""
        sent = tok.sent
        if not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == sent.root.i):
            return False, None
        if any(sent.start <= p.first_tok < tok.i for p in people):
            return False, None
        at: dict[int, Person] = {}
        for p in people:
            at.setdefault(p.first_tok, p)
        sents = [x for x in doc.sents if x.end <= sent.start][-2:]
        for prev in reversed(sents):
            subj = [t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            head = subj[0]
            if head.lower_ in PRONOUNS_PLUR or any(c.dep_ == "conj" for c in head.children):
                return True, None  # two or more people, or 'they'
            span = [t.i for t in head.subtree if t.dep_ in ("compound", "flat") or t.i == head.i]
            found = [at[i] for i in range(min(span), max(span) + 1) if i in at]
            if found:
                return True, found[0].actor
            titled = self._titled_subject(doc, head)
            if titled is not None:
                return True, titled  # "Ukraine's health minister said ... He did not say"
            if head.pos_ in ("PROPN", "PRON") or head.ent_type_:
                return True, None  # a country or body is the subject: no person to carry on
        # no subject to follow: the one person the last sentences name, if only one
        lo = sents[0].start if sents else sent.start
        names = {(p.actor.name, p.actor.country) for p in people if lo <= p.first_tok < tok.i}
        if len(names) == 1:
            return True, next(p.actor for p in people if lo <= p.first_tok < tok.i)
        return True, None

    def _titled_subject(self, doc: Doc, head: Token) -> Actor | None:
        """A single office-holder named by title and country ("Ukraine's health minister",
        "the Russian ambassador"), as a person for a later 'he'/'she'."""
        if head.tag_ != "NN":
            return None
        left = doc[head.i - 1].lower_ if head.i else ""
        title = f"{left} {head.lower_}" if f"{left} {head.lower_}" in self.tables.titles else head.lower_
        if title not in self.tables.titles:
            return None
        mention_at = {i: m for m in doc._.wc_mentions or () for i in range(m.start, m.end)}
        for c in head.children:
            m = mention_at.get(c.i)
            if m is not None and c.dep_ in ("poss", "amod", "compound", "nmod") and \
                    m.kind in ("country", "adjective", "capital") and m.actor.country:
                start = min(t.idx for t in head.subtree if t.i <= head.i)
                return Actor(text=doc.text[start:head.idx + len(head)], name=title, country=m.actor.country,
                             sector=self.tables.titles[title], kind="person", start=start,
                             end=head.idx + len(head))
        return None

    def _last_person(self, people: list[Person], before: int, doc: Doc) -> Actor | None:
        """Who 'he' or 'she' is: for a subject pronoun, the last person who was a subject (this
        sentence first, then the previous ones: "Trump met Kim. He said he would ..." is Trump);
        otherwise the last person named. Resolved pronouns count as mentions, so chains hold."""
        cands = [p for p in people if p.first_tok < before]
        if not cands:
            return None
        if self._is_subject(doc, before):
            for p in reversed(cands):
                if self._is_subject(doc, p.first_tok):
                    return p.actor
        return cands[-1].actor

    @staticmethod
    def _plural_subject(doc: Doc, tok: Token, mentions: list[Mention],
                        coref: dict[int, list[Actor]]) -> list[Actor]:
        mention_at = {i: m for m in mentions for i in range(m.start, m.end)}
        sents = [s for s in doc.sents if s.start <= tok.i]
        # (up to two sentences back: "they confirmed X. The aim is to counter China and North Korea.
        # They also agreed ...": the pair named in passing in between is not "they")
        for sent in reversed(sents[-3:]):
            for t in sent:
                if t.i >= tok.i or t.dep_ != "nsubj":
                    continue
                if t.i in coref and len(coref[t.i]) > 1:
                    return list(coref[t.i])
                # every member of the list, however the parser chained it ("the United States,
                # the European Commission, Britain, Canada ... said they")
                conj = [t]
                stack = [t]
                while stack:
                    x = stack.pop(0)
                    more = [c for c in x.children if c.dep_ == "conj" or (c.dep_ == "appos" and c.i in mention_at)]
                    conj.extend(more)
                    stack.extend(more)
                got: list[Actor] = []
                for x in sorted(conj, key=lambda x: x.i):
                    a = mention_at[x.i].actor if x.i in mention_at else None
                    if a is not None and not any(g.name == a.name and g.country == a.country for g in got):
                        got.append(a)
                if len(got) > 1:
                    return got
        return []

    @staticmethod
    def _clause_subject(doc: Doc, tok: Token, mention_at: dict[int, Mention],
                        coref: dict[int, list[Actor]]) -> list[Actor]:
        """The actors named in the subject of the clause a possessive pronoun stands in, when the
        pronoun is outside that subject and the clause has a subject of its own."""
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        subj = next((k for k in v.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or tok.i in {k.i for k in subj.subtree}:
            return []
        plural = subj.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in subj.children)
        if plural != (tok.lower_ == "their") or subj.ent_type_ == "PERSON":
            return []  # "Putin said at the start of their talks": 'their' is not Putin alone
        got: list[Actor] = []
        for k in subj.subtree:
            found = [mention_at[k.i].actor] if k.i in mention_at else coref.get(k.i, [])
            for a in found:
                if a.country and not any(g.name == a.name and g.country == a.country for g in got):
                    got.append(a)
        return got

    @staticmethod
    def _last_body(doc: Doc, tok: Token, mentions: list[Mention]) -> Actor | None:
        """'it': the country or body last named, preferring the subject of the nearest sentence."""
        cands = [m for m in mentions if m.start < tok.i and m.kind in NON_PERSON_KINDS
                 and doc[m.start].sent.start >= max(0, doc[tok.i].sent.start - 80)]
        if not cands:
            return None
        here = [m for m in cands if m.start >= doc[tok.i].sent.start]
        if here and tok.head.dep_ in ("advcl", "relcl") and tok.dep_ in ("nsubj", "nsubjpass"):
            # "those taken by the United States on Monday, when it ordered ...": in a clause of time or
            # a relative clause, 'it' is the body just named in its sentence
            return here[-1].actor
        for m in reversed(cands):
            root = doc[m.end - 1]
            if root.dep_ in ("nsubj", "nsubjpass"):
                return m.actor
        return cands[-1].actor

    @staticmethod
    def _deal_parties(doc: Doc, tok: Token, mentions: list[Mention]) -> list[Actor]:
        """'the parties', 'the signatories' of a deal: every country or body the last earlier sentence
        telling of a deal (signed, agreed, a treaty) names, not only the last two of them ('Russia and
        Ukraine signed deals with Turkey and the UN ... the parties committed': all four; fix-W)."""
        if not any(c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("amod", "compound", "nummod") or c.lower_ in ("two", "both") for c in tok.children):
            return []
        for sent in reversed([s for s in doc.sents if s.end <= tok.sent.start]):
            if not any(t.lemma_.lower() in DEAL_WORDS for t in sent):
                continue
            got: list[Actor] = []
            for m in mentions:
                a = m.actor
                if sent.start <= m.start < sent.end and a.kind in ("country", "igo", "capital") and a.country \
                        and not (a.kind == "capital" and doc[m.end - 1].head.lower_ in ("in", "at")) \
                        and not any(g.name == a.name for g in got):  # 'signed in Vienna': a place, no party
                    got.append(a)
            return got if len(got) >= 3 else []
        return []

    def _last_group(self, doc: Doc, tok: Token, mentions: list[Mention], people: list[Person],
                    coref: dict[int, list[Actor]] | None = None) -> list[Actor]:
        """'they', 'the two leaders', 'both countries': the last two or more actors named together."""
        want_countries = tok.lower_ in COUNTRY_GROUPS
        if tok.pos_ == "PRON" and coref is not None:
            # "they" most often continues the plural subject of this or the last sentence
            subj = self._plural_subject(doc, tok, mentions, coref)
            if subj:
                return subj
        number = next((NUMBER_WORDS[c.lower_] for c in tok.children
                       if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS), None)
        if any(c.lower_ == "both" for c in tok.children):
            number = 2
        if tok.lower_ in PERSON_GROUPS or (want_countries and number is None):
            # "Trump telephoned Putin and said the two leaders would meet", "Ramaphosa announced ...
            # attended by Xi, Lula and Modi, saying the leaders": everyone the sentence names before
            # the word (else the last sentence), never just the last two
            together = self._named_together(doc, tok, mentions, people, number, want_countries)
            if together:
                return together
        if tok.lower_ in ("leaders", "presidents", "heads", "ministers") and any(
                c.lower_ in ("two", "both", "the") for c in tok.children):
            # "the two leaders" of a story are the two people it names most, not the last two named
            counts: dict[str, int] = {}
            first: dict[str, Actor] = {}
            for p in people:
                if p.first_tok < tok.i and p.actor.sector == "GOV":
                    counts[p.actor.name] = counts.get(p.actor.name, 0) + 1
                    first.setdefault(p.actor.name, p.actor)
            top = sorted(counts, key=lambda n: -counts[n])[:2]
            if len(top) == 2 and counts[top[1]] > 1:
                return [first[n] for n in top]
        # "the four countries": as many as the number says; "both", "the two": two
        how_many = next((NUMBER_WORDS[c.lower_] for c in tok.children
                         if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS), 2)
        if how_many > 2:
            listed = self._last_list(doc, tok, mentions, how_many)
            if listed:
                return listed
        if want_countries and any(c.lower_ in ("two", "both") for c in tok.children):
            # "the two sides", "both countries": the two countries the story is about (named most
            # so far), not the last two named in passing
            named: dict[str, int] = {}
            for m in mentions:
                if m.start < tok.i and m.kind in ("country", "adjective", "capital", "person") and \
                        len(m.actor.country) == 3 and m.actor.country not in ("IGO", "NGO", "IMG") and \
                        not venue_token(doc[m.end - 1]):  # "talks in Doha": the host is not a side (fix-C3)
                    named[m.actor.country] = named.get(m.actor.country, 0) + 1
            top = sorted(named, key=lambda k: -named[k])[:2]
            if len(top) == 2 and named[top[1]] >= 2:
                return [Actor(tok.text, self.tables.country_name(k), k, "", "country") for k in top]
            if len(named) == 1 and named[top[0]] >= 2 and tok.lower_ in ("sides", "parties"):
                # "both sides alleged fraud" in a story about one country's election: the two sides
                # of its own dispute, both of that country (real news set I)
                return [Actor(tok.text, self.tables.country_name(top[0]), top[0], "", "country")]
        sent_starts = [s.start for s in doc.sents]
        here = max((s for s in sent_starts if s <= tok.i), default=0)
        window_start = max((s for s in sent_starts if s < here), default=0)
        for lo in (here, window_start, 0):
            # "US-led", "Russia-brokered": a country inside a hyphenated word describes, it takes no part
            usable = [m for m in mentions if lo <= m.start < tok.i and not (
                m.end < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_)]
            if want_countries:
                # "their countries" after "Putin and Xi": the countries of the two people named
                persons = [m.actor for m in usable if m.kind == "person" and m.actor.country]
                if len({a.country for a in persons[-2:]}) == 2:
                    usable = [m for m in usable if m.kind == "person"][-2:]
            # a news agency credited for the report ("AFP reported") is never the "they" of the story
            # (when it was one of two, "they" are the other one)
            credited = [m for m in usable if m.actor.sector == "JRN"]
            usable = [m for m in usable if m.actor.sector != "JRN"]
            pool = [m.actor for m in usable
                    if (m.kind in ("country", "capital", "adjective", "person") if want_countries
                        else m.kind == "person" if tok.lower_ in ("leaders", "presidents", "heads")
                        else m.kind in ("person", "country", "igo", "group", "seat", "capital"))]
            distinct: list[Actor] = []
            for a in reversed(pool):
                if not any(d.country == a.country and (d.name == a.name or want_countries) for d in distinct):
                    distinct.append(a)
                if len(distinct) == how_many:
                    break
            if credited and how_many == 2 and len(distinct) == 1 and tok.pos_ == "PRON":
                return list(distinct)
            if len(distinct) >= min(how_many, 2) and (how_many == 2 or len(distinct) == how_many):
                if want_countries:
                    return [Actor(a.text, self.tables.country_name(a.country), a.country, "", "country")
                            for a in reversed(distinct)]
                return list(reversed(distinct))
        return []

    def _named_together(self, doc: Doc, tok: Token, mentions: list[Mention], people: list[Person],
                        number: int | None, want_countries: bool) -> list[Actor]:
        """The people (or the countries) a group word refers to: those named in its sentence before
        it, else in the sentence before; as many as its number says, or at least two."""
        sent = tok.sent
        prev = [s for s in doc.sents if s.end <= sent.start][-1:]
        for lo, hi in [(sent.start, tok.i), *[(p.start, p.end) for p in prev]]:
            got: list[Actor] = []
            if want_countries:
                for m in mentions:
                    if not (lo <= m.start < hi) or m.kind not in ("country", "capital", "adjective", "person", "seat"):
                        continue
                    if m.end < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_:
                        continue  # "US-led": describes, takes no part
                    c = m.actor.country
                    if len(c) == 3 and c not in ("IGO", "NGO", "IMG") and all(g.country != c for g in got):
                        got.append(Actor(m.actor.text, self.tables.country_name(c), c, "", "country"))
            else:
                for p in people:
                    a = p.actor
                    if lo <= p.first_tok < hi and not any(g.name == a.name and g.country == a.country for g in got):
                        got.append(a)
                if number == 2 and got and len({g.country for g in got}) == 1:
                    # "Modi received the visiting Sri Lankan president ... the two leaders": the other
                    # leader is named by title and nationality only; that state's leader (real news set I)
                    other = next((m for m in mentions if lo <= m.start < hi and m.kind == "adjective"
                                  and len(m.actor.country) == 3 and m.actor.country not in ("IGO", "NGO", "IMG")
                                  and m.actor.country != got[0].country
                                  and doc[m.end - 1].head.lemma_.lower() in LEADER_TITLES), None)
                    if other is not None:
                        title = doc[other.end - 1].head
                        # (a spokesman of the host named after them is not the second leader)
                        got = got[:1]
                        got.append(Actor(f"{other.actor.text} {title.text}", self.tables.country_name(
                            other.actor.country), other.actor.country, "GOV", "country"))
            if (number is None and len(got) >= 2) or (number is not None and len(got) == number):
                return got
            if len(got) >= 2:
                return []  # more people than the number says: leave it to the story-wide rules
        return []

    def _last_list(self, doc: Doc, tok: Token, mentions: list[Mention], n: int) -> list[Actor]:
        """'Saudi Arabia, the UAE, Bahrain and Egypt ... The four countries': the last list of n
        parties named together ('and', commas)."""
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        for m in reversed([m for m in mentions if m.start < tok.i and m.kind in ("country", "igo", "capital")]):
            head = doc[m.end - 1]
            while head.dep_ in ("conj", "appos") and head.head.i != head.i:
                head = head.head
            group: list[Actor] = []
            stack = [head]
            while stack:
                t = stack.pop(0)
                got = at.get(t.i)
                if got is not None and got.actor.country and all(g.country != got.actor.country for g in group):
                    group.append(got.actor)
                stack.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
            if len(group) == n:
                group.sort(key=lambda a: a.start)
                return [Actor(a.text, a.name, a.country, a.sector, a.kind) for a in group]
        return []

    def _last_country_list(self, doc: Doc, tok: Token, mentions: list[Mention], n: int | None) -> list[Actor]:
        """The last list of countries named together before tok: n of them when a number is said,
        else any list of two or more ('the Gulf states' after the states are listed)."""
        if n is not None:
            return self._last_list(doc, tok, mentions, n)
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        for m in reversed([m for m in mentions if m.start < tok.i and m.kind == "country"]):
            head = doc[m.end - 1]
            while head.dep_ in ("conj", "appos") and head.head.i != head.i:
                head = head.head
            group: list[Actor] = []
            stack = [head]
            while stack:  # the list as _last_list walks it: conjuncts and appositions
                t = stack.pop(0)
                got = at.get(t.i)
                if got is not None and got.actor.country and all(g.country != got.actor.country for g in group):
                    group.append(got.actor)
                stack.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
            if len(group) >= 2 and all(a.kind == "country" and a.country for a in group):
                group.sort(key=lambda a: a.start)
                return [Actor(a.text, a.name, a.country, a.sector, a.kind) for a in group]
        return []

    def _is_definite_title(self, tok: Token) -> bool:
        if tok.lower_ not in self.tables.titles and tok.lemma_.lower() not in ("leader", "president"):
            return False
        return any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)

    def _resolve_title(self, doc: Doc, tok: Token, people: list[Person], mention_at: dict[int, Mention],
                       day: str | None) -> Actor | None:
        """'the Russian leader' -> the Russian leader named earlier, else the office holder on that day."""
        country = ""
        for c in tok.children:
            m = mention_at.get(c.i)
            if m and m.kind in ("adjective", "country") and c.dep_ in ("amod", "compound", "nmod"):
                country = m.actor.country
        title = tok.lower_
        left = doc[tok.i - 1].lower_ if tok.i else ""
        if f"{left} {title}" in self.tables.titles:
            title = f"{left} {title}"
        if not country:
            return None
        for p in reversed(people):
            if p.first_tok < tok.i and p.actor.country == country and p.actor.sector == "GOV":
                return replace(p.actor, text=tok.text, start=tok.idx, end=tok.idx + len(tok))
        roles = TITLE_ROLES.get(title)
        if roles:
            t = self.office_holder(country, roles, day)
            if t:
                return Actor(tok.text, t.name, country, "GOV", "person", tok.idx, tok.idx + len(tok))
        return None


# words of a name that do not name the person on their own ("da Silva", "bin Salman", "Jr")
NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
                  "bin", "ibn", "bint", "abu", "jr", "sr", "dr", "mr", "mrs", "ms", *NAME_ARTICLES}


def name_words(text: str) -> set[str]:
    """The keys (name_word_key) of a name's own words, particles and initials left out."""
    words = [w for w in re.split(r"[\s\-‐–.]+", text) if w]
    return {name_word_key(w) for w in words if w.lower() not in NAME_PARTICLES and len(w) > 1 and w[:1].isupper()}


def _strip_det(ent: Span) -> str:
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    return " ".join(t.text for t in toks) if toks else ent.text


@Language.factory("wirecoder_actors", requires=["doc.ents", "token.dep", "token.pos"],
                  assigns=["doc._.wc_mentions", "doc._.wc_coref"])
def make_actor_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, ActorFinder(nlp))


def _of_a_currency(doc: Doc, m: Mention) -> bool:
    last = doc[m.end - 1]
    head = last.head if last.dep_ in ("compound", "amod", "nmod") else None
    return head is not None and head.i >= m.end and head.pos_ == "NOUN" and head.lower_ in units().currency


def _a_language_or_ethnicity(doc: Doc, m: Mention) -> bool:
    """'the French-speaking majority' (Cameroon), 'an ethnic Serb' (in Kosovo), 'the South American country': a
    language community, an ethnic group or a continent is no state's party; where they live places them (real
    news sets R, S: coded FRA, SRB and USA)."""
    if m.kind != "adjective":
        return False
    if doc[m.end - 1].lower_ == "american" and m.start > 0 and doc[m.start - 1].lower_ in (
            "south", "latin", "central", "north"):
        return True  # "the South American country": a continent's, not the United States'
    after = [t.lower_ for t in doc[m.end:m.end + 2]]
    if after[:1] == ["speaking"] or after[:2] == ["-", "speaking"]:
        return True
    # ("ethnic Albanians" standing alone keep their name's country: no other word tells who they are)
    return m.start > 0 and doc[m.start - 1].lower_ == "ethnic" and doc[m.end - 1].dep_ in ("amod", "compound")
