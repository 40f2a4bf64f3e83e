"""What every rule of the event builder reads: the story being coded (:class:`Story`,
worked out once per document), the event being built (:class:`Draft`) and the one
candidate it comes from (:class:`EventContext`), plus the word lists and PLOVER
tables the rules share."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from ...model import Actor, Location
from ..event_lexicon import EventLexicon
from ..extensions import text_of
from ..roles import RoleResolver
from ..triggers import Candidate
from ..when import DateMention

BACKGROUND_CONFIDENCE = 0.3  # told in passing in a clause of time or cause
MATERIAL_WORDS = {"business", "trade", "economic", "investment", "commercial", "energy", "gas", "oil", "arms",
                  "defence", "defense", "military", "security", "loan", "supply", "purchase", "export", "import"}
WEAPONS = {"bomb", "missile", "rocket", "shell", "mortar", "drone", "mine", "grenade", "bullet", "gunfire", "fire",
           "explosive", "device", "ied", "artillery", "shelling", "strike", "airstrike", "attack", "blast",
           "explosion", "gunman", "sniper", "tank", "warplane", "jet", "helicopter", "car", "truck", "vehicle"}

# "filed a complaint with the WTO against U.S. tariffs": the one it is against comes first
RECIPIENT_PREPS = ("against", "with", "to", "at", "on", "upon", "into", "toward", "towards", "from", "for",
                   "over", "between", "of")
# what meetings, agreements and words are about, never whom they are with
TOPIC_PREPS = ("on", "over", "about", "regarding", "concerning")
NOUN_ACTOR_PREPS = ("by",)
NOUN_RECIPIENT_PREPS = ("of", "on", "against", "with", "for", "to", "upon", "into", "in", "between", "from")
LOCATION_PREPS = ("in", "at", "near", "outside", "inside", "across", "throughout", "to")
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "'d", "’d"}
DEONTIC = {"must", "should", "ought"}
INTENT_HEADS = {"plan", "intend", "vow", "pledge", "promise", "threaten", "warn", "prepare", "decide", "aim",
                "be willing", "be ready", "be prepared", "consider", "seek", "want", "propose", "offer"}
PAST_MARKERS = {"since", "after", "following", "before", "until", "ago", "during"}
CROWD_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd", "crowds", "people",
               "resident", "residents", "demonstrator", "demonstrators", "protester", "protesters", "marcher",
               "marchers", "student", "students", "worker", "workers", "citizen", "citizens", "supporter",
               "supporters", "many", "tens", "million", "millions", "throng", "throngs", "women", "youth", "youths"}
# people who gather to press a cause: a crowd, or those named by what they do there (lemmas and words)
CROWD_PEOPLE = CROWD_WORDS | {"activist", "activists", "opponent", "opponents", "mob", "mobs", "rioter", "rioters"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"}  # future: AGREE (PLOVER; CONCEDE as in its gold)
COERCIVE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}


@lru_cache(maxsize=1)
def readings() -> dict[str, dict[str, str]]:
    """The PLOVER tables of data/events/readings.tsv: table -> inner type -> value."""
    out: dict[str, dict[str, str]] = {}
    for table, etype, value in read_tsv("events/readings.tsv", 3):
        out.setdefault(table, {})[etype] = value
    return out


def advcl_condition(verb: Token) -> bool:
    """Is this adverbial clause a condition ("if ...", "unless ...")?"""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


@dataclass
class Draft:
    """An event being built; becomes an :class:`Event` at the end. ``rule`` is the trace of
    what made it (lexicon entry, then each rule that changed it); ``dropped`` says why a rule
    threw it out."""

    etype: str
    mode: str
    cameo: str
    actor: list[Actor]
    recipient: list[Actor]
    aux: set[str] = field(default_factory=set)
    rule: list[str] = field(default_factory=list)
    dropped: str = ""
    cap: float | None = None  # the highest confidence the event may have (told only as possible)


class Story:
    """The document being coded, and what is worked out once per story."""

    def __init__(self, doc: Doc, lex: EventLexicon, roles: RoleResolver) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.lex = lex
        self.roles = roles
        meta = doc._.wc_meta or {}
        self.article_id: str = meta.get("article_id", "")
        self.published: str | None = meta.get("published")
        self.dates: list[DateMention] = doc._.wc_dates or []
        self.places: list[Location] = doc._.wc_places or []
        self.sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        # (start, end) of each token's sentence: Token.sent walks the parse on every call
        self.sent_bounds: list[tuple[int, int]] = [(0, 0)] * len(doc)
        for s in doc.sents:
            self.sent_bounds[s.start:s.end] = [(s.start, s.end)] * (s.end - s.start)
        self.main_country: str | None = None
        self.where: str | None = None
        self.dates_of: dict[tuple[int, int], DateMention | None] = {}
        self.topics: dict[int, tuple[str, int, int]] = {}  # verb index -> what it is about
        self.lead: DateMention | bool | None = None  # the lead's news day (False: none), worked out once
        self.lead_later = False  # the lead's day came from the next paragraph's telling of its happening
        self.pairs: dict[bool, list[str]] = {}  # the story's leading pair of countries, worked out once
        self.hosts: set[str] | None = None  # countries only hosting talks (fix-C3), worked out once
        # ids of events scored low only for being told in passing (fix-Y5: see record.only_telling_of_force)
        self.in_passing: set[str] = set()


@dataclass
class EventContext:
    """One candidate in its sentence and story: what every rule gets."""

    story: Story
    cand: Candidate
    sent: Span

    @cached_property
    def loc(self) -> Location | None:
        from .circumstances import event_place

        return event_place(self.story, self.cand)
