"""What every part of the event builder shares: the draft record, the word
lists and code tables the rules use, and the per-story state.

The builder is split by concern: :mod:`event_context` (when, where, mood),
:mod:`event_parts` (who did it to whom), :mod:`event_rules` (what the act
amounts to under PLOVER's rules) and :mod:`event_build` (the record itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import Actor, Location
from .event_lexicon import EventLexicon
from .roles import RoleResolver
from .when import DateMention

BACKGROUND_CONFIDENCE = 0.3  # told in passing in a clause of time or cause
MATERIAL_WORDS = {"business", "trade", "economic", "investment", "commercial", "energy", "gas", "oil", "arms",
                  "defence", "defense", "military", "security", "loan", "supply", "purchase", "export", "import"}
WEAPONS = {"bomb", "missile", "rocket", "shell", "mortar", "drone", "mine", "grenade", "bullet", "gunfire", "fire",
           "explosive", "device", "ied", "artillery", "shelling", "strike", "airstrike", "attack", "blast",
           "explosion", "gunman", "sniper", "tank", "warplane", "jet", "helicopter", "car", "truck", "vehicle"}


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


def advcl_condition(verb: Token) -> bool:
    """Is this adverbial clause a condition ("if ...", "unless ...")?"""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


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


class BuilderState:
    """The story being coded, and what is worked out once per story."""

    doc: Doc
    text: str
    lex: EventLexicon
    roles: RoleResolver
    article_id: str
    published: str | None
    dates: list[DateMention]
    places: list[Location]
    sent_index: dict[int, int]
    _story: str | None
    _where: str | None
    _dates_of: dict[tuple[int, int], DateMention | None]
