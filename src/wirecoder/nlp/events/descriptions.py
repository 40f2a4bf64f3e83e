"""Clauses that describe a thing rather than tell an act: "a law that allowed deportations to
Rwanda", "a bill that would have allowed extraditions". What a law, a bill or a deal provides
for is its content; the act is passing, signing or scrapping it (coded from its own verb)."""

from __future__ import annotations

from .participants import describes_a_text
from .story import Draft, EventContext

# what a text asks for or condemns is still said by its authors ("a resolution that demands ...")
VERBAL = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def what_a_text_provides(e: EventContext, d: Draft) -> None:
    c = e.cand
    if c.kind != "verb" or d.etype in VERBAL:
        return
    if describes_a_text(c.head):
        d.dropped = f"what the {c.head.head.lemma_.lower()} provides for, not an act"


def what_a_party_does(e: EventContext, d: Draft) -> None:
    """'rebel groups fighting in the country signed a pledge': a participle that describes a party
    named for another act tells what it is, not a new act (unless it names whom it is done to)."""
    c = e.cand
    if c.kind != "verb" or d.etype not in ("ASSAULT", "PROTEST") or d.recipient:
        return
    verb = c.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj",
                                                                          "appos"):
        d.dropped = f"describes '{verb.head.text}', not an act of its own"
