"""From a trigger candidate to a full PLOVER event record.

Reads actor and recipient from the parse, sets the auxiliary modes, applies
PLOVER's future rules, finds the event's date and place, and fills in the
CAMEO, Goldstein, quad class, PLOVER score, contexts and confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event, Evidence, Location, stable_id
from ..model import Span as TextSpan
from .event_lexicon import EventLexicon
from .roles import RoleResolver
from .triggers import Candidate
from .when import DateMention

BACKGROUND_CONFIDENCE = 0.3  # told in passing in a clause of time or cause
MATERIAL_WORDS = {"business", "trade", "economic", "investment", "commercial", "energy", "gas", "oil", "arms",
                  "defence", "defense", "military", "security", "loan", "supply", "purchase", "export", "import"}
WEAPONS = {"bomb", "missile", "rocket", "shell", "mortar", "drone", "mine", "grenade", "bullet", "gunfire", "fire",
           "explosive", "device", "ied", "artillery", "shelling", "strike", "airstrike", "attack", "blast",
           "explosion", "gunman", "sniper", "tank", "warplane", "jet", "helicopter", "car", "truck", "vehicle"}


def advcl_condition(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)

RECIPIENT_PREPS = ("with", "to", "against", "at", "on", "upon", "into", "toward", "towards", "from", "for",
                   "over", "between", "of")
NOUN_ACTOR_PREPS = ("by",)
NOUN_RECIPIENT_PREPS = ("of", "on", "against", "with", "for", "to", "upon", "into", "in", "between", "from")
LOCATION_PREPS = ("in", "at", "near", "outside", "inside", "across", "throughout", "to")
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "'d", "’d"}
DEONTIC = {"must", "should", "ought"}
INTENT_HEADS = {"plan", "intend", "vow", "pledge", "promise", "threaten", "warn", "prepare", "decide", "aim",
                "be willing", "be ready", "be prepared", "consider", "seek", "want", "propose", "offer"}
PAST_MARKERS = {"since", "after", "following", "before", "until", "ago", "during"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"}  # future: AGREE (PLOVER; CONCEDE as in its gold)
COERCIVE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
THREAT_MODES = {"SANCTION": "relations", "COERCE": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence"}
THREAT_CAMEO = {"SANCTION": "131", "COERCE": "137", "ASSAULT": "138", "MOBILIZE": "138"}
AGREE_CAMEO = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONCEDE": "035",
               "RETREAT": "035"}
REQUEST_MODE = {"RETREAT": "yield", "CONCEDE": "yield", "AID": "assist", "COOPERATE": "assist",
                "CONSULT": "meet", "AGREE": "meet"}
REQUEST_CAMEO = {"RETREAT": "105", "CONCEDE": "105", "AID": "103", "COOPERATE": "101", "CONSULT": "106",
                 "SUPPORT": "102", "AGREE": "107"}
QUAD_OF_TYPE = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
                "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4,
                "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


@dataclass
class Draft:
    """An event being built; becomes an :class:`Event` at the end."""

    etype: str
    mode: str
    cameo: str
    actor: list[Actor]
    recipient: list[Actor]
    aux: set[str] = field(default_factory=set)
    rule: list[str] = field(default_factory=list)


class EventBuilder:
    def __init__(self, doc: Doc, lex: EventLexicon, roles: RoleResolver) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each call: read it once
        self.lex = lex
        self.roles = roles
        meta = doc._.wc_meta or {}
        self.article_id = meta.get("article_id", "")
        self.published = meta.get("published")
        self.dates: list[DateMention] = doc._.wc_dates or []
        self.places: list[Location] = doc._.wc_places or []
        self.sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        self.paragraph_contexts: dict[int, list[str]] = {}
        self._story: str | None = None
        self._where: str | None = None
        self._dates_of: dict[tuple[int, int], DateMention | None] = {}

    # ---- participants ------------------------------------------------------
    def subject(self, verb: Token, stative: bool = False) -> tuple[list[Actor], bool]:
        """Actors of the verb's subject, and whether the verb is passive. ``stative``: a passive
        form that names a state of its subject ("Israel is opposed to ...")."""
        passive = not stative and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.roles.np_actors(p), True
        for c in verb.children:
            if c.dep_ in ("nsubj", "expl", "csubj") or (stative and c.dep_ == "nsubjpass"):
                return self.roles.np_actors(c), False
        if passive:
            return [], True
        # Controlled and coordinated verbs take their governor's subject:
        # "agreed to undertake", "met and agreed", "rebels ... dismissed, saying",
        # "has been indicted ... and will resign" (the one indicted resigns).
        head = verb
        for _ in range(4):
            if head.dep_ in ("xcomp", "conj", "advcl", "acomp") and head.head.i != head.i:
                came_by = head.dep_
                head = head.head
                if head.pos_ in ("VERB", "AUX", "ADJ"):
                    for c in head.children:
                        if c.dep_ == "nsubj":
                            return self.roles.np_actors(c), False
                        if c.dep_ == "nsubjpass" and came_by in ("conj", "xcomp"):
                            # "has been indicted and will resign", "is scheduled to attend"
                            return self.roles.np_actors(c), False
                        if c.dep_ == "agent" and came_by != "conj":
                            return self.roles.np_actors(next(iter(c.children), c)), False
            elif head.dep_ == "relcl":
                return self.roles.np_actors(head.head), False
            elif head.dep_ == "acl" and head.head.dep_ in ("dobj", "obj") and head.head.head.i != head.head.i:
                # "issued a declaration demanding ...": the declaration's issuer demands
                return self.subject(head.head.head)[0], False
            else:
                break
        return [], False

    def objects_actors(self, tok: Token, preps: tuple[str, ...], skip: set[int]) -> list[Actor]:
        """Who the verb or noun ``tok`` acts on: its object, then its prepositional objects in the
        order of ``preps``; failing those, whose thing the object is ("rejected an Indian proposal")."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative") and c.i not in skip]
        for c in objs:
            got = self.roles.np_actors(c)
            if got:
                return got
        pobjs = [p for want in preps for c in tok.children if c.dep_ in ("prep", "agent", "dative")
                 and c.lower_ == want for p in c.children if p.dep_ == "pobj" and p.i not in skip]
        for p in pobjs:
            got = self.roles.np_actors(p)
            if got:
                return got
        # "reaffirmed U.S. support for Israel": what the object is for or against comes before
        # whose it is
        for o in objs:
            for want in ("for", "to", "against", "on", "with", "into"):
                for ch in o.children:
                    if ch.dep_ == "prep" and ch.lower_ == want:
                        for p in ch.children:
                            got = self.roles.np_actors(p) if p.dep_ == "pobj" else []
                            if got:
                                return got
        for c in objs + pobjs:
            got = self.roles.owner_actors(c)
            if got:
                return got
        return []

    def clause_actors(self, verb: Token, exclude: list[Actor]) -> list[Actor]:
        """Last resort for a recipient: the first other party named in the verb's own clause,
        outside its subject ("refused to commit to any assistance to the US-led war")."""
        subj = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "csubj") for t in c.subtree}
        keys = {(a.country, a.name) for a in exclude}
        countries = {a.country for a in exclude}
        for t in verb.subtree:
            if t.i in subj or t.i == verb.i:
                continue
            if t.dep_ in ("advcl", "relcl", "parataxis") and t.head.i == verb.i:
                continue
            m = self.roles.mention(t)
            if m is None or m.kind not in ("country", "adjective", "capital", "igo", "person", "group", "seat"):
                continue
            got = self.roles.head_actors(t) if m.kind != "adjective" else [
                Actor(m.actor.text, self.roles.tables.country_name(m.actor.country), m.actor.country, "", "country",
                      m.actor.start, m.actor.end)]
            got = [a for a in got if a.country and (a.country, a.name) not in keys and a.country not in countries]
            if got:
                return got
        return []

    def verb_roles(self, c: Candidate) -> tuple[list[Actor], list[Actor]]:
        v = c.head
        actor, passive = self.subject(v, stative=c.entry.pattern.startswith("be "))
        recipient: list[Actor] = []
        if passive:
            for ch in v.children:
                if ch.dep_ == "nsubjpass":
                    recipient = self.roles.np_actors(ch)
        skip = {x for x in c.tokens if x != v.i}
        if c.entry.inverse:
            # "received weapons from X": X gave, the subject got
            giver = [a for ch in v.children if ch.dep_ == "prep" and ch.lower_ == "from"
                     for p in ch.children if p.dep_ == "pobj" for a in self.roles.np_actors(p)]
            return giver, actor
        if v.dep_ == "acl" and v.tag_ == "VBN" and not recipient:
            # "10 Russian soldiers killed in Ukraine": the noun a participle describes underwent it
            recipient = self.roles.np_actors(v.head)
            passive = True
        if not recipient:
            recipient = self.objects_actors(v, RECIPIENT_PREPS, skip)
        if recipient and actor and all(r.sector in ("MIL", "COP") and r.country in {a.country for a in actor}
                                       for r in recipient):
            # "withdrew its troops from Lebanon": one's own forces are what is moved, not the other side
            skip |= {t.i for ch in v.children if ch.dep_ in ("dobj", "obj") for t in ch.subtree}
            recipient = self.objects_actors(v, ("from", "to", "into", "against", "in"), skip)
        if not recipient:
            # "imposed sanctions on Russia", "held talks with X": look inside the object noun
            for o in v.children:
                if o.dep_ in ("dobj", "obj", "nsubjpass"):
                    recipient = self.objects_actors(o, NOUN_RECIPIENT_PREPS, set())
                    if recipient:
                        break
        if not recipient and c.etype in ("REQUEST", "ACCUSE", "REJECT", "THREATEN"):
            # "demanded that the US cancel ...": the one asked is the complement's subject
            for ch in v.children:
                if ch.dep_ in ("ccomp", "xcomp"):
                    for s in ch.children:
                        if s.dep_ in ("nsubj", "nsubjpass"):
                            recipient = self.roles.np_actors(s)
        return actor, recipient

    def noun_roles(self, c: Candidate) -> tuple[list[Actor], list[Actor]]:
        n = c.noun or c.head
        actor: list[Actor] = []
        recipient: list[Actor] = []
        for ch in n.children:
            if ch.dep_ == "poss" or (ch.dep_ in ("amod", "compound", "nmod") and ch.i not in c.tokens):
                got = self.roles.np_actors(ch)
                if got and not actor:
                    actor = got
            elif ch.dep_ == "prep" and ch.lower_ in NOUN_ACTOR_PREPS:
                for p in ch.children:
                    if p.dep_ == "pobj":
                        actor = self.roles.np_actors(p) or actor
        for want in NOUN_RECIPIENT_PREPS:
            if recipient:
                break
            for ch in n.children:
                if ch.dep_ == "prep" and ch.lower_ == want:
                    for p in ch.children:
                        if p.dep_ == "pobj":
                            got = self.roles.np_actors(p)
                            if want == "between":
                                actor = actor + [a for a in got if a not in actor]
                            elif want == "in" and c.etype not in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE"):
                                continue
                            elif got:
                                recipient = got
        if c.kind == "light":
            subj, _ = self.subject(c.head, stative=True)
            actor = subj or actor
            if not recipient:
                recipient = self.objects_actors(c.head, RECIPIENT_PREPS, set(c.tokens))
        elif not recipient and n.dep_ in ("nsubj",) and c.etype in ("SANCTION", "ASSAULT", "COERCE"):
            # "Western sanctions have pushed Moscow to ...": what the measure bears on
            recipient = self.objects_actors(n.head, (), {n.i})
        if n.dep_ == "pobj" and not actor and n.head.dep_ == "prep" and n.head.head.i != n.i:
            # "the talks held by X" handled above; "in talks with Y" keeps the clause subject
            pass
        return actor, recipient

    # ---- modes -----------------------------------------------------------------
    def clause_verb(self, tok: Token) -> Token:
        """The verb whose clause ``tok`` sits in (a noun's governing verb; a verb itself)."""
        t = tok
        for _ in range(8):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                return t
            t = t.head
        return t

    def reporting_verb(self, tok: Token) -> Token | None:
        """The 'said' a clause is reported under, if any."""
        t = self.clause_verb(tok)
        for _ in range(4):
            if t.dep_ in ("ccomp", "parataxis") and t.head.i != t.i:
                h = t.head
                from .triggers import match_verb

                got = match_verb(h, self.lex)
                if got and got[0].type == "SAY":
                    return h
                t = h
            elif t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
            else:
                return None
        return None

    def aux_modes(self, c: Candidate) -> set[str]:
        modes: set[str] = set()
        verb = self.clause_verb(c.head)
        chain = [verb]
        t = verb
        while t.dep_ in ("xcomp", "conj") and t.head.i != t.i and len(chain) < 4:
            t = t.head
            chain.append(t)
        said = self.reporting_verb(c.head)
        past_report = said is not None and said.tag_ in ("VBD", "VBN")
        for v in chain:
            kids = list(v.children)
            for k in kids:
                low = k.lower_
                if k.dep_ == "neg" and v is chain[0]:
                    modes.add("negation")
                if k.dep_ == "aux":
                    if low in FUTURE_AUX:
                        modes.add("future")
                    elif low in ("would", "'d", "’d") and past_report:
                        modes.add("future")  # "said it would allow": future seen from the past
                    elif low in HYPOTHETICAL_AUX:
                        modes.add("hypothetical")
                if k.dep_ == "advcl" and any(m.lower_ in ("if", "unless") and m.dep_ == "mark" for m in k.children):
                    modes.add("hypothetical")
            if v.lower_ == "going" and any(k.dep_ == "xcomp" for k in kids):
                modes.add("future")
            if v.lemma_.lower() in ("plan", "intend", "expect", "schedule", "due", "set", "prepare") and \
                    any(k.dep_ == "xcomp" for k in kids):
                modes.add("future")
        if c.kind == "noun":
            # "sanctions on North Korea could be adjusted": the modal is about the adjusting;
            # the sanctions themselves are real. A noun's event takes no mood from its clause.
            modes -= {"future", "hypothetical", "negation"}
        if c.kind in ("noun", "light") and c.noun is not None:
            for ch in c.noun.children:
                if ch.dep_ == "det" and ch.lower_ == "no":
                    modes.add("negation")
        if c.kind != "noun" and any(k.dep_ == "neg" for k in c.head.children):
            modes.add("negation")
        if self._historical(c):
            modes.add("historical")
        return modes

    def _historical(self, c: Candidate) -> bool:
        d = self.event_date(c)
        if d is not None and self.published:
            try:
                if (date.fromisoformat(self.published[:10]) - date.fromisoformat(d.date)).days > 45:
                    return True
            except ValueError:
                pass
        if c.kind == "noun":
            t = c.head
            for _ in range(3):
                if t.dep_ == "pobj" and t.head.lower_ in PAST_MARKERS:
                    return True
                if t.head.i == t.i:
                    break
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("start", "beginning",
                                                                                                 "outbreak", "end"):
                    t = t.head.head
                    continue
                t = t.head
            verb = self.clause_verb(c.head)
            if d is None and verb.tag_ in ("VBD", "VBN") and any(k.lower_ in PAST_MARKERS for k in verb.children):
                return True  # "since the invasion began": told as the past, with no date of its own
            if d is None and verb.lemma_.lower() == "begin" and verb.tag_ == "VBD":
                return True
        return False

    # ---- when and where -----------------------------------------------------------
    def event_date(self, c: Candidate) -> DateMention | None:
        key = (c.head.i, c.noun.i if c.noun is not None else -1)
        if key not in self._dates_of:
            self._dates_of[key] = self._event_date(c)
        return self._dates_of[key]

    def _event_date(self, c: Candidate) -> DateMention | None:
        verb = self.clause_verb(c.head)
        anchors = {c.head.i, verb.i}
        if c.noun is not None:
            anchors.add(c.noun.i)
        best: DateMention | None = None
        for d in self.dates:
            root = self.doc[d.start: d.end].root
            t = root
            for _ in range(6):
                if t.i in anchors:
                    return d
                if t.head.i == t.i or (t.pos_ in ("VERB",) and t.i not in anchors and t.i != root.i):
                    break
                t = t.head
            if best is None and c.head.sent.start <= d.start < c.head.sent.end and c.kind == "noun" \
                    and c.noun is not None and c.noun.left_edge.i <= d.start < c.noun.i:
                best = d
        return best

    def event_place(self, c: Candidate) -> Location | None:
        """Where it happened: a place after 'in/at/near/to' on the trigger, its clause's verb, or
        the nouns those govern ("converging for a rally in Lagos"); the subject's place for a
        nominal subject ("a roadside bombing near Samarra killed ...")."""
        verb = self.clause_verb(c.head)
        heads = [x for x in (c.noun, c.head, verb) if x is not None]
        for ch in c.head.children:
            if ch.dep_ == "nsubj" and ch.pos_ == "NOUN":
                heads.append(ch)
        # "outside of the Iraqi city of Basra": a preposition that governs another
        heads += [g for h in list(heads) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in LOCATION_PREPS
                  for g in ch.children if g.dep_ == "prep"]
        spans = {(p.start, p.end): p for p in self.places}
        seen: set[int] = set()
        frontier = heads
        for _depth in range(3):
            nxt: list[Token] = []
            for h in frontier:
                if h.i in seen:
                    continue
                seen.add(h.i)
                for ch in h.children:
                    if ch.dep_ != "prep":
                        continue
                    for p in ch.children:
                        if p.dep_ != "pobj":
                            continue
                        if ch.lower_ in LOCATION_PREPS:
                            for t in self._place_phrase(p):
                                found = self._place_at(t, spans) or self._unmarked_place(t)
                                if found is not None:
                                    return found
                        nxt.append(p)
            frontier = nxt
        return None

    @staticmethod
    def _place_phrase(p: Token) -> list[Token]:
        """The words of 'in the town of Cizre', 'in southeastern Turkey', 'in Tianjin, China' that
        may name the place: the object, its modifiers and appositions, and an 'of' object."""
        out = [p]
        for c in p.children:
            if c.dep_ in ("compound", "amod", "nmod", "appos", "conj"):
                out.append(c)
            if c.dep_ == "prep" and c.lower_ == "of":
                for x in c.children:
                    if x.dep_ == "pobj":
                        out.append(x)
                        out.extend(y for z in x.children if z.dep_ == "prep" and z.lower_ == "of"
                                   for y in z.children if y.dep_ == "pobj")
        return out

    def _in_place_phrase(self, p: Location) -> bool:
        """Is this place named as where something happened ('in', 'near', 'at' ...)?"""
        tok = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        if tok is None:
            return False
        head = tok.root
        while head.dep_ in ("compound", "amod", "appos", "conj") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "the town of Samarra"
        return head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS

    def _unmarked_place(self, tok: Token) -> Location | None:
        """A proper noun after 'in/near' that NER did not mark but the gazetteer knows ("Samarra")."""
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "DATE"):
            return None
        from .gazetteer import choose
        from .where import story_countries

        place = choose(tok.text, story_countries(self.doc))
        if place is None or place.feature == "country":
            return None
        return Location(place.name, place.country, place.lat, place.lon, place.geonameid, place.feature,
                        tok.idx, tok.idx + len(tok))

    def _place_at(self, tok: Token, spans: dict[tuple[int, int], Location]) -> Location | None:
        for (s, e), loc in spans.items():
            if s <= tok.idx < e:
                return loc
        return None

    # ---- the record -------------------------------------------------------------
    def build(self, c: Candidate, sent: Span) -> Event | None:
        if c.kind == "verb":
            actor, recipient = self.verb_roles(c)
        else:
            actor, recipient = self.noun_roles(c)
        d = Draft(c.etype, c.entry.mode, c.entry.cameo, actor, recipient, rule=[c.entry.source])
        if c.kind == "light":
            d.rule.append(f"support verb '{c.light_verb or c.head.lemma_}'")
        d.aux = self.aux_modes(c)
        if c.intent:
            d.aux.add("future")
            d.rule.append("intent (wanted or hoped for)")
        self._subject_event(c, d)
        self._attack_by(c, d)
        self._content_rules(c, d)
        self._reported_rules(c, d)
        self._actor_kind_rules(d)
        self._military_arrival(c, d)
        self._object_readings(c, d)
        loc = self.event_place(c)
        self._fallback_recipient(c, d, loc)
        self._future_rules(c, d)
        self._solo_exercise(c, d)
        self._place_unplaced(d, sent, loc)
        has_agent = any(ch.dep_ == "agent" for ch in c.head.children)
        taken = [(a.start, a.end) for a in d.actor + d.recipient]
        where = loc or next((p for p in self.places if sent.start_char <= p.start < sent.end_char
                             and not any(s <= p.start < e for s, e in taken) and self._in_place_phrase(p)), None)
        if not d.actor and not has_agent and where is not None and where.country and d.etype == "COERCE" \
                and d.mode in ("arrest", "deport", "curfew", "censor", "restrict"):
            d.actor = [Actor("the authorities", self.roles.tables.country_name(where.country), where.country,
                             "GOV", "sector", -1, -1)]
            d.rule.append("actor: the authorities where it happened")
        if not d.actor and not has_agent and where is not None and where.country and d.etype == "ASSAULT":
            loc_country = where.country
            # An attack by no one named: unidentified armed forces where it happened (as ICEWS does).
            d.actor = [Actor("unidentified attackers", self.roles.tables.country_name(loc_country), loc_country,
                             "UAF", "sector", -1, -1)]
            d.rule.append("actor: unidentified, placed where the attack happened")
        own = {a.country for a in d.actor}
        d.recipient = [r for r in d.recipient if not any(r.key() == a.key() and r.sector == a.sector
                                                         for a in d.actor)
                       and not (r.country in own and r.text.lower().split()[:1] in (["its"], ["their"], ["his"],
                                                                                    ["her"], ["our"]))]
        if not d.actor and not d.recipient:
            return None
        if d.etype == "ASSAULT" and c.kind == "verb" and self._caused_by_a_thing(c):
            return None
        ev = self._record(c, d, sent, loc)
        if c.background:
            ev.confidence = min(ev.confidence, BACKGROUND_CONFIDENCE)
        return ev

    def _condition_subject(self, c: Candidate) -> list[Actor]:
        """'threatened to strike unless Israel rescinded ...': the one given the condition."""
        for t in c.head.subtree:
            if t.dep_ == "advcl" and advcl_condition(t):
                for s in t.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        got = self.roles.np_actors(s)
                        if got:
                            return got
        return []

    def _caused_by_a_thing(self, c: Candidate) -> bool:
        """'killed by the crash', 'the earthquake killed 20': a death with no attacker is no assault.
        Weapons and attacks as subjects ("a roadside bomb killed ...") still are."""
        from .triggers import noun_entry

        for ch in c.head.children:
            causer = None
            if ch.dep_ == "agent":
                causer = next((p for p in ch.children if p.dep_ == "pobj"), None)
            elif ch.dep_ == "nsubj":
                causer = ch
            if causer is None or causer.pos_ not in ("NOUN", "PROPN"):
                continue
            if self.roles.np_actors(causer) or noun_entry(causer, self.lex) is not None:
                return False
            return not (causer.lemma_.lower() in WEAPONS or any(w.lemma_.lower() in WEAPONS for w in causer.children))
        return False

    def _fallback_recipient(self, c: Candidate, d: Draft, loc: Location | None) -> None:
        if d.recipient:
            return
        if d.etype == "THREATEN":
            d.recipient = self._condition_subject(c)
            if d.recipient:
                d.rule.append("recipient: the one the threat's condition names")
                return
        if loc is not None and d.etype in ("CONSULT", "PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "CONCEDE") \
                and (d.etype != "CONSULT" or d.mode == "visit"):
            host = self._country_actor(loc)
            if host and d.etype == "CONSULT" and any(a.country == host.country for a in d.actor):
                host = None  # a visit is to someone else's country
            if host:
                if d.etype != "CONSULT":
                    host = replace(host, sector="")  # the people there, not their government
                d.recipient = [host]
                d.rule.append("recipient from the place")
                return
        if d.actor and d.etype != "CONSULT":
            d.recipient = self.clause_actors(self.clause_verb(c.head), d.actor)
            if d.recipient:
                d.rule.append("recipient from the clause")

    def _actor_kind_rules(self, d: Draft) -> None:
        """Who acts can change what the act is: a government that 'protests' lodges a diplomatic
        protest (ACCUSE, as PLOVER says), a government's boycott is a sanction, and protesters who
        wreck property vandalize (PROTEST) rather than assault."""
        if d.etype == "ASSAULT" and d.mode == "destroy" and d.actor and all(
                a.sector in ("CVL", "OPP", "LAB", "EDU") for a in d.actor) and any(
                w in a.text.lower() for a in d.actor for w in ("protest", "demonstrat", "rioter", "mob")):
            d.etype, d.mode, d.cameo = "PROTEST", "vandalize", "145"
            d.rule.append("protesters destroying property: PROTEST (vandalize)")
            return
        if d.etype == "PROTEST" and d.mode == "obstruct" and d.actor and all(
                a.sector in ("MIL", "COP", "GOV") for a in d.actor):
            # the state blocking roads or websites restricts; it does not protest
            d.etype, d.mode, d.cameo = "COERCE", "restrict", "172"
            d.rule.append("blocking by the state is a restriction (COERCE)")
            return
        if not d.actor or d.etype != "PROTEST" or d.mode not in ("demo", "boycott", ""):
            return
        official = all((a.kind in ("country", "capital", "seat", "igo", "ngo") and a.sector in ("", "GOV")) or
                       (a.kind == "person" and a.sector == "GOV") for a in d.actor)
        if not official:
            return
        if d.mode == "boycott":
            d.etype, d.mode, d.cameo = "SANCTION", "discontinue", "163"
            d.rule.append("a boycott by a government is a SANCTION")
        else:
            d.etype, d.mode, d.cameo = "ACCUSE", "disapprove", "114"
            d.rule.append("a protest by a government or agency is a diplomatic protest (ACCUSE)")

    def _object_readings(self, c: Candidate, d: Draft) -> None:
        """What the object makes of the act: missiles launched at no one are a test (MOBILIZE);
        a business or arms agreement signed is material cooperation (COOPERATE); an envoy
        ordered to leave is expelled (SANCTION)."""
        if d.etype == "REQUEST" and any(ch.dep_ == "xcomp" and ch.lemma_.lower() in ("leave", "depart", "quit")
                                        for ch in c.head.children):
            envoys = ("ambassador", "diplomat", "envoy", "attache", "consul", "chargé", "charge")
            if any(w in a.text.lower() for a in d.recipient for w in envoys):
                d.etype, d.mode, d.cameo = "SANCTION", "expel", "166"
                d.rule.append("an envoy ordered to leave: an expulsion")
        fired = {o.lemma_.lower() for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")}
        doc = c.head.doc
        test = c.head.i >= 2 and doc[c.head.i - 1].text == "-" and doc[c.head.i - 2].lower_ == "test"
        aimed = any(ch.dep_ == "prep" and ch.lower_ in ("at", "on", "against", "into", "toward", "towards")
                    and any(self.roles.np_actors(p) for p in ch.children if p.dep_ == "pobj")
                    for ch in c.head.children)
        if d.etype == "ASSAULT" and d.mode == "aerial" and c.kind == "verb" and \
                fired & {"missile", "rocket", "projectile", "icbm"} and (test or (not d.recipient and not aimed)):
            d.etype, d.mode, d.cameo = "MOBILIZE", "weapons", "150"
            d.rule.append("missiles launched at no one named: a weapons test")
        if d.etype == "SUPPORT" and d.cameo == "057":
            words = {t.lemma_.lower() for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")
                     for t in o.subtree}
            if words & MATERIAL_WORDS:
                d.etype, d.mode = "COOPERATE", ""
                d.cameo = "062" if words & {"arms", "defence", "defense", "military", "security"} else "061"
                d.rule.append("an agreement on trade, business, energy or arms is material cooperation")

    def _military_arrival(self, c: Candidate, d: Draft) -> None:
        """Troops that 'arrive' or 'visit' are deployed, not paying a visit; peacekeepers
        arriving are military protection (AID, CAMEO 074)."""
        if d.etype != "CONSULT" or d.mode != "visit" or not d.actor:
            return
        if not all(a.sector == "MIL" for a in d.actor):
            return
        words = " ".join(t.lower_ for t in c.head.subtree)
        if "peacekeep" in words or any("peacekeep" in a.text.lower() for a in d.actor):
            d.etype, d.mode, d.cameo = "AID", "", "074"
            d.rule.append("peacekeepers arriving: military protection")
        else:
            d.etype, d.mode, d.cameo = "MOBILIZE", "troops", "154"
            d.rule.append("troops arriving: a deployment")

    def _solo_exercise(self, c: Candidate, d: Draft) -> None:
        """PLOVER: joint exercises are COOPERATE; one country's exercises are MOBILIZE."""
        if d.etype != "COOPERATE" or d.cameo != "062":
            return
        countries = {a.country for a in d.actor + d.recipient if a.country}
        joint = any(t.lower_ in ("joint", "together", "combined", "bilateral", "with") for t in c.head.subtree)
        if len(countries) <= 1 and not joint:
            d.etype, d.mode, d.cameo = "MOBILIZE", "troops", "150"
            d.rule.append("one country's exercise is MOBILIZE")

    def _attack_by(self, c: Candidate, d: Draft) -> None:
        """'were killed in Israeli tank shelling', 'in an air strike by government forces':
        the attack noun names who did it."""
        if d.actor or d.etype != "ASSAULT" or c.kind != "verb":
            return
        from .triggers import noun_entry

        for ch in c.head.children:
            if ch.dep_ == "prep" and ch.lower_ == "from":
                # "a mortar bomb was fired at it from the Gaza Strip": from there, by someone there
                for p in ch.children:
                    got = [a for a in self.roles.np_actors(p) if a.kind == "place" and a.country]
                    if got:
                        d.actor = [replace(got[0], sector="UAF", kind="sector")]
                        d.rule.append(f"actor: unidentified, from '{p.text}'")
                        return
            if ch.dep_ in ("prep", "agent") and ch.lower_ in ("in", "by", "during"):
                for p in ch.children:
                    if p.dep_ == "pobj":
                        armed = [a for a in self.roles.np_actors(p) if a.sector in ("MIL", "UAF", "COP", "REB")]
                        if armed:  # "killed in Israeli tank fire"
                            d.actor = armed
                            d.rule.append(f"actor from '{p.text}'")
                            return
                    ne = noun_entry(p, self.lex) if p.dep_ == "pobj" else None
                    if ne is not None and ne.type == "ASSAULT":
                        nc = Candidate(p, ne, "noun", [p.i], noun=p)
                        actor, _ = self.noun_roles(nc)
                        if actor:
                            d.actor = actor
                            if not d.mode and ne.mode:
                                d.mode, d.cameo = ne.mode, ne.cameo
                            d.rule.append(f"actor from '{p.text}'")
                            return

    def _subject_event(self, c: Candidate, d: Draft) -> None:
        """'A roadside bombing ... killed one U.S. soldier': the subject names the same act
        more precisely; take its mode."""
        if c.kind != "verb" or d.mode:
            return
        for ch in c.head.children:
            if ch.dep_ == "nsubj":
                from .triggers import noun_entry

                ne = noun_entry(ch, self.lex)
                if ne is not None and ne.type == d.etype and ne.mode:
                    d.mode, d.cameo = ne.mode, ne.cameo
                    d.rule.append(f"mode from the subject '{ch.text}'")

    def _place_unplaced(self, d: Draft, sent: Span, loc: Location | None) -> None:
        """Bodies named without a country ("23 people", "the authorities"): victims of violence
        are where it happened; others belong to the country the sentence names."""
        mentions = [m for m in self.doc._.wc_mentions or [] if m.kind in ("country", "adjective", "capital")
                    and m.actor.country]
        # countries standing on their own in the sentence ("in Beirut"), not qualifying another
        # party ("a UK-based group"); then the places it names; then the story's own country
        sent_countries = [m.actor.country for m in mentions if sent.start <= m.start < sent.end
                          and self.doc[m.end - 1].dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod")]
        sent_countries += [p.country for p in self.places if sent.start_char <= p.start < sent.end_char
                           and p.country and p.country not in sent_countries]
        story_countries = [c for c in (self._place_country(), self._story_country(
            [m for m in self.doc._.wc_mentions or [] if m.actor.country not in ("", "IGO", "NGO", "IMG")
             and m.kind in ("country", "adjective", "capital", "person")])) if c]
        for side, others in ((d.recipient, d.actor), (d.actor, d.recipient)):  # victims first
            for i, a in enumerate(side):
                if a.country or a.kind != "sector":
                    continue
                guess = ""
                if side is d.recipient and loc is not None and d.etype in ("ASSAULT", "COERCE", "PROTEST"):
                    guess = loc.country
                if not guess:
                    # In its own sentence, a body unnamed by country most often belongs to a country
                    # other than the other side's ("Russia withdrew ... from the city": the city's);
                    # failing that, it is of the country where the story happens.
                    taken = {o.country for o in others}
                    guess = next((c for c in sent_countries if c not in taken), "") or \
                        next(iter(story_countries), "") or (sent_countries[0] if sent_countries else "")
                if guess:
                    side[i] = replace(a, country=guess, name=self.roles.tables.country_name(guess))

    def _place_country(self) -> str:
        """Where the story happens: the country of most of the places it names (towns, regions,
        the dateline). The police, the army and the protesters of a story are mostly there."""
        if self._where is None:
            from .where import story_place_country

            self._where = story_place_country(self.doc)
        return self._where

    def _story_country(self, mentions: list[Any]) -> str:
        if self._story is None:
            counts: dict[str, int] = {}
            for m in mentions:
                counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
            self._story = max(counts, key=lambda k: counts[k]) if counts else ""
        return self._story

    def _country_actor(self, loc: Location) -> Actor | None:
        if not loc.country:
            return None
        name = self.roles.tables.country_name(loc.country)
        return Actor(loc.name, name, loc.country, "GOV" if loc.feature != "country" else "", "country",
                     loc.start, loc.end)

    def _content_rules(self, c: Candidate, d: Draft) -> None:
        """A head verb takes detail from the events in its complement (or purpose clause):
        a more precise CAMEO code, a threat's nature, a missing recipient."""
        if d.etype == "THREATEN" or c.head.lemma_.lower() in ("threaten", "warn"):
            cond = self._condition_subject(c)
            if cond:
                d.recipient = cond
                d.rule.append("recipient: the one the threat's condition names")
        if not c.content:
            return
        inner = min(c.content, key=lambda x: abs(x.head.i - c.head.i))
        if not d.recipient and d.etype not in ("CONSULT",):
            inner_actor, got = self.verb_roles(inner) if inner.kind == "verb" else self.noun_roles(inner)
            if d.etype == "REQUEST" and inner_actor:
                got = inner_actor  # "demanded that Israel ease restrictions": Israel is asked
            # the content's own side ("vowed to defend its interests") and bodies with no
            # country ("strengthen military cooperation") are no recipients
            pronouns = {"its", "their", "his", "her", "it", "they", "them", "our", "we"}
            got = [a for a in got if a.country and a.text.lower() not in pronouns]
            if got:
                d.recipient = got
                d.rule.append(f"recipient from '{inner.head.text}'")
        it = inner.etype
        head_lemma = c.head.lemma_.lower()
        if d.etype == "AGREE" or head_lemma in INTENT_HEADS:
            if it in COERCIVE and head_lemma in INTENT_HEADS:
                d.etype, d.mode, d.cameo = "THREATEN", THREAT_MODES[it], THREAT_CAMEO[it]
                d.rule.append(f"intent to {it.lower()} is a threat")
            elif d.etype == "AGREE" and it in AGREE_CAMEO:
                d.cameo = AGREE_CAMEO[it]
        elif d.etype == "REQUEST":
            d.mode = REQUEST_MODE.get(it, "change")
            d.cameo = REQUEST_CAMEO.get(it, d.cameo)

        elif d.etype == "REJECT":
            d.mode = REQUEST_MODE.get(it, "change")

    def _reported_rules(self, c: Candidate, d: Draft) -> None:
        """'X said Y must V' is a demand by X on Y; otherwise the saying is transparent."""
        said = self.reporting_verb(c.head)
        if said is None:
            return
        verb = self.clause_verb(c.head)
        modal = next((k for k in verb.children if k.dep_ == "aux" and k.lower_ in DEONTIC), None)
        has_to = any(k.dep_ == "xcomp" for k in verb.children) and verb.lemma_ in ("have", "need")
        if (modal is not None or has_to) and d.etype not in ("REQUEST", "THREATEN", "ACCUSE", "REJECT"):
            speaker, _ = self.subject(said)
            if speaker:
                d.recipient = d.actor or d.recipient
                d.actor = speaker
                d.mode = REQUEST_MODE.get(d.etype, "change")
                d.cameo = REQUEST_CAMEO.get(d.etype, "100")
                d.rule.append(f"'{said.text} ... {modal.text if modal else 'has to'}': a demand")
                d.etype = "REQUEST"
                d.aux.discard("future")
                d.aux.discard("hypothetical")
        if said.lemma_.lower() in ("claim", "contend") and d.etype in COERCIVE and d.actor:
            speaker, _ = self.subject(said)
            if speaker and not {a.country for a in speaker} & {a.country for a in d.actor}:
                d.rule.append(f"'{said.text}' that another did {d.etype.lower()}: an accusation")
                d.etype, d.mode, d.cameo = "ACCUSE", "allege", "112"
                d.recipient, d.actor = d.actor, speaker
                return
        if not d.actor:
            speaker, _ = self.subject(said)
            # "Iraq said it would ...", "rebel leaders said they would ...": the speaker speaks of
            # itself; "they" after a singular speaker ("The US claimed that they ...") is someone else
            subj = next((k for k in said.children if k.dep_ == "nsubj"), None)
            plural = subj is not None and (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children))
            pron = [k for k in verb.children if k.dep_ == "nsubj" and (
                k.lower_ in ("it", "we", "i") or (k.lower_ == "they" and plural))]
            if pron and speaker:
                d.actor = speaker
                d.rule.append("actor is the speaker")

    def _future_rules(self, c: Candidate, d: Draft) -> None:
        """PLOVER: a future CONSULT/SUPPORT/COOPERATE/AID is an AGREE; a conditional or future
        coercive act aimed at someone is a THREATEN."""
        future = bool(d.aux & {"future", "hypothetical"})
        if future and "negation" in d.aux and d.etype in COOPERATIVE | {"AGREE", "RETREAT"}:
            # "will not allow", "would not give permission": a refusal
            d.rule.append(f"refusal: negated future {d.etype} is REJECT")
            d.mode = REQUEST_MODE.get(d.etype, "")
            d.cameo = {"CONSULT": "125", "AID": "122", "COOPERATE": "121", "CONCEDE": "124",
                       "RETREAT": "124"}.get(d.etype, "120")
            d.etype = "REJECT"
            d.aux -= {"negation", "future", "hypothetical"}
            return
        if not future or "negation" in d.aux:
            return
        promised = d.etype == "RETREAT" and self.reporting_verb(c.head) is not None
        if d.etype in COOPERATIVE or promised:
            d.rule.append(f"future {d.etype} is AGREE" + (" (an announced concession)" if promised else ""))
            d.cameo = AGREE_CAMEO.get(d.etype, "030")
            d.etype, d.mode = "AGREE", ""
        elif d.etype in COERCIVE and d.recipient and (
                "hypothetical" in d.aux or d.etype in ("ASSAULT", "COERCE") or c.intent):
            # a conditional or announced use of force or repression is a threat; an announced
            # sanction stays a (future) sanction
            d.rule.append(f"future {d.etype} is THREATEN")
            d.mode, d.cameo = THREAT_MODES[d.etype], THREAT_CAMEO[d.etype]
            d.etype = "THREATEN"

    def _contexts(self, sent: Span) -> list[str]:
        found: list[str] = []
        ctx = self.lex.contexts
        prev = ""
        for t in sent:
            for key in (f"{prev} {t.lemma_.lower()}", t.lemma_.lower(), t.lower_):
                cx = ctx.get(key)
                if cx and cx not in found:
                    found.append(cx)
            prev = t.lemma_.lower()
        return found

    def _record(self, c: Candidate, d: Draft, sent: Span, loc: Location | None) -> Event:
        doc = self.doc
        toks = sorted(set(c.tokens))
        t0, t1 = doc[toks[0]], doc[toks[-1]]
        trig = TextSpan(self.text[t0.idx: t1.idx + len(t1)], t0.idx, t1.idx + len(t1))
        dm = self.event_date(c)
        if dm is not None:
            when, precision = dm.date, dm.precision
        elif "historical" in d.aux:
            when, precision = None, None
        else:
            when, precision = self.published, "day" if self.published else None
        quad, score = self.lex.quad_score(d.etype, d.mode)
        quad = quad or QUAD_OF_TYPE.get(d.etype, 0)
        contexts = self._contexts(sent)
        confidence = 0.45 + 0.2 * bool(d.actor) + 0.15 * bool(d.recipient) + 0.1 * (c.kind == "verb")
        if any(a.country == "" for a in d.actor):
            confidence -= 0.1
        confidence = round(max(0.05, min(0.95, confidence)), 2)
        sent_no = self.sent_index.get(sent.start, 0)
        eid = stable_id(self.article_id, trig.start, trig.end, d.etype, d.mode,
                        sorted(a.country + a.name for a in d.actor), sorted(a.country + a.name for a in d.recipient))
        return Event(
            event_id=eid, article_id=self.article_id, event_type=d.etype, mode=d.mode, context=contexts,
            aux_modes=sorted(d.aux), actor=d.actor, recipient=d.recipient, date=when,
            date_precision=precision, location=loc, cameo=d.cameo, goldstein=self.lex.goldstein_of(d.cameo),
            quad_class=quad, plover_score=score, trigger=trig,
            evidence=Evidence(sent_no, sent.start_char, sent.end_char, sent.text),
            confidence=confidence, rule="; ".join(d.rule),
        )

    # ---- one story, one event per happening ------------------------------------------
    def merge(self, events: list[Event]) -> list[Event]:
        """Merge repeated mentions of one happening in a story (same type, same sides, same
        time frame): the first mention is kept, and takes a date and place from the others."""
        out: list[Event] = []
        for e in events:
            key = self._merge_key(e)
            twin = next((o for o in out if self._merge_key(o) == key and self._compatible(o, e)), None)
            if twin is None:
                out.append(e)
                continue
            if twin.location is None and e.location is not None:
                twin.location = e.location
            if e.date and e.date != self.published and (twin.date in (None, self.published)):
                twin.date, twin.date_precision = e.date, e.date_precision
            twin.confidence = round(min(0.95, twin.confidence + 0.05), 2)
        return out

    def _merge_key(self, e: Event) -> tuple[object, ...]:
        # Countries, not names: "Putin and his Chinese counterpart held meetings" and "the two
        # leaders discussed ..." are one happening between RUS and CHN.
        sides = frozenset(a.country or a.name for a in e.actor + e.recipient)
        return (e.event_type, sides, "negation" in e.aux_modes, "historical" in e.aux_modes,
                "future" in e.aux_modes)

    def _compatible(self, a: Event, b: Event) -> bool:
        """Two mentions can be one happening only if their own dates and places agree."""
        own = {self.published, None}
        if a.date not in own and b.date not in own and a.date != b.date:
            return False
        return not (a.location and b.location and a.location.name != b.location.name)


def replace_actor_text(a: Actor, text: str) -> Actor:
    return replace(a, text=text)
