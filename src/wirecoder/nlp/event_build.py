"""From a trigger candidate to a full PLOVER event record.

:class:`EventBuilder` reads actor and recipient from the parse (event_parts),
sets the auxiliary modes and finds the date and place (event_context), applies
PLOVER's rules (event_rules), and fills in the CAMEO, Goldstein, quad class,
PLOVER score, contexts and confidence; then merges repeated mentions of one
happening in a story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import Actor, Event, Evidence, Location, stable_id
from ..model import Span as TextSpan
from .event_draft import BACKGROUND_CONFIDENCE, QUAD_OF_TYPE, Draft
from .event_lexicon import EventLexicon
from .event_rules import Readings
from .roles import RoleResolver
from .triggers import Candidate
from .when import DateMention


class EventBuilder(Readings):
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
        self._in_protest(c, d)
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
        time frame, compatible modes): the first mention is kept, with the most fitting date
        (one told of a mention of the same mode: the talks' day, not the visit's) and a place."""
        out: list[Event] = []
        date_mode: dict[str, str | None] = {}  # event id -> mode of the mention its date came from
        for e in events:
            key = self._merge_key(e)
            twin = next((o for o in out if self._merge_key(o) == key and self._compatible(o, e)), None)
            if twin is None:
                out.append(e)
                date_mode[e.event_id] = e.mode if e.date not in (None, self.published) else None
                continue
            if twin.location is None and e.location is not None:
                twin.location = e.location
            if e.date and e.date != self.published:
                src = date_mode.get(twin.event_id)
                if src is None or (src != twin.mode and e.mode == twin.mode):
                    twin.date, twin.date_precision = e.date, e.date_precision
                    date_mode[twin.event_id] = e.mode
            if not twin.mode and e.mode:
                twin.mode = e.mode
            twin.confidence = round(min(0.95, twin.confidence + 0.05), 2)
        return out

    def _merge_key(self, e: Event) -> tuple[object, ...]:
        # Countries, not names: "Putin and his Chinese counterpart held meetings" and "the two
        # leaders discussed ..." are one happening between RUS and CHN. A threat and the act
        # threatened, or a denial and the act, stay apart (aux modes).
        sides = frozenset(a.country or a.name for a in e.actor + e.recipient)
        return (e.event_type, sides, "negation" in e.aux_modes, "historical" in e.aux_modes,
                "future" in e.aux_modes, "hypothetical" in e.aux_modes)

    def _compatible(self, a: Event, b: Event) -> bool:
        """Two mentions can be one happening only if their modes, own dates and places agree
        (an empty mode agrees with any)."""
        if a.mode and b.mode and a.mode != b.mode:
            return False
        own = {self.published, None}
        if a.date not in own and b.date not in own and a.date != b.date:
            return False
        return not (a.location and b.location and a.location.name != b.location.name)
