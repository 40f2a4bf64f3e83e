"""Finding event triggers in a parsed sentence.

A trigger is a verb that matches verbs.tsv (with its particles and object),
a support verb with an event noun as object ("held talks"), or an event noun
with someone taking part in it ("Russia's invasion of Ukraine"). Each
becomes a :class:`Candidate`; the events component then decides which
candidates stand on their own and which only say more about another one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .event_lexicon import Entry, EventLexicon

OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"}
PARTICLE_DEPS = {"prt", "prep", "advmod", "acomp", "dobj", "agent"}
PASS_THROUGH = {"help", "assist"}  # with a verb complement they only pass it on
ORDER_SAYS = {"tell", "warn", "caution"}  # "told X to do Y" is an order, not a report
IN_LIGHT = {"take", "participate", "engage", "join"}  # support verbs whose event follows "in"
# Nouns that measure out what follows "of": "10 days of war games", "part of an aid program"
MEASURE_NOUNS = {"day", "week", "month", "round", "series", "wave", "spate", "string", "number", "part", "set",
                 "package", "batch", "program", "programme", "portion", "share", "bulk", "rest", "tranche",
                 "dose", "ton", "tonne", "shipment", "consignment", "load", "convoy", "truckload"}
# Nouns that frame an event named by their modifier: "a mediation effort", "an aid package"
FRAME_NOUNS = {"effort", "package", "program", "programme", "operation", "mission", "campaign", "drive",
               "initiative", "process", "plan", "bid", "talk", "convoy", "shipment"}
# Proper nouns inside these entities name something; they are not event words ("UN Observer Mission")
NAME_ENTITIES = {"ORG", "GPE", "FAC", "PERSON", "LOC", "WORK_OF_ART", "LAW", "NORP", "PRODUCT"}
# Adjectives that act as predicates of intent or refusal: "is willing to", "is opposed to"
ADJ_PREDICATES = {"willing", "ready", "prepared", "opposed", "unwilling", "reluctant", "hesitant"}


@dataclass
class Candidate:
    head: Token  # the verb or noun the event hangs on
    entry: Entry
    kind: str  # verb, light, noun
    tokens: list[int]  # trigger tokens (verb, particles, light object)
    noun: Token | None = None  # the event noun of a light or nominal trigger
    light_verb: str = ""  # the support verb's base form ("stage" for "staged a sit-in")
    say: bool = False
    wish: bool = False  # "want", "hope": see events._absorb
    intent: bool = False  # the content of a wish with the same subject: "wants to help" (future)
    background: bool = False  # told in passing, in a clause of time or cause
    absorbed_by: Candidate | None = None
    content: list[Candidate] = field(default_factory=list)
    dispersed: bool = False  # a protest that force was used on ("dispersed the protest"): coded too

    @property
    def etype(self) -> str:
        return self.entry.type

    @property
    def start(self) -> int:
        return min(self.tokens)

    @property
    def end(self) -> int:
        return max(self.tokens) + 1


# speaking to an audience is no act; what is said is (see nonevents.spoke_to_an_audience)
AUDIENCE_VERBS = {"tell", "brief", "address", "inform"}
AUDIENCE_NOUNS = {"rally", "crowd", "gathering", "meeting", "conference", "briefing", "audience", "congregation",
                  "assembly", "session", "forum", "convention", "ceremony", "summit", "crowds"}


# prepositions of time before a verb's object: their noun is a happening of its own, not what the verb acts on
FRAMING_PREPS = {"after", "following", "during"}


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "agent"):
            objs.extend(p for p in c.children if p.dep_ == "pobj")
    return objs


def through_measure(o: Token) -> Token:
    """'10 days of war games', 'part of a military aid program': the thing measured."""
    if o.lemma_.lower() in MEASURE_NOUNS or o.pos_ == "NUM":
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return o


# "the prime minister": the parser often makes the title's first word an adjective, not a compound
TITLE_ADJECTIVES = {"prime"}


def _object_words(tok: Token) -> set[str]:
    words: set[str] = set()
    for o in _objects(tok):
        for x in {o, through_measure(o)}:
            words.add(x.lemma_.lower())
            words.add(x.lower_)
            # "the nightly curfew", "a state of emergency", "military aid program": compounds
            # and 'of' objects count too
            for c in x.children:
                if c.dep_ in ("compound",) or (c.dep_ == "amod" and c.lower_ in TITLE_ADJECTIVES):
                    words.add(c.lemma_.lower())
                if c.dep_ == "prep" and c.lower_ == "of":
                    words.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
        for conj in o.children:
            if conj.dep_ == "conj":
                words.add(conj.lemma_.lower())
            if conj.dep_ == "relcl":
                # "gave the officers who seized power one week to ...": the parser hangs the time
                # given on the relative clause
                words.update(k.lemma_.lower() for k in conj.children
                             if k.dep_ == "npadvmod" and k.ent_type_ in ("DATE", "TIME"))
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "agent", "advmod"):
            words.add(c.lower_)
        if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj", "prep") and any(
                t.lower_ == "persona" and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "grata" for t in c.subtree):
            words.add("persona non grata")  # "declared the ambassador persona non grata" (parsed many ways)
        if c.dep_ in ("prep", "prt") and c.lower_ == "on":  # "put the forces on high alert", "... on hold"
            words.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
        if c.dep_ == "npadvmod" and c.pos_ == "NOUN":  # "gave Britain a month to cut its staff"
            words.add(c.lemma_.lower())
        if c.dep_ == "xcomp":
            words.update(o.lemma_.lower() for o in c.children if o.dep_ == "dobj")
        if c.dep_ == "prep":  # "barred X from entering": the gerund after a preposition
            words.update(p.lemma_.lower() for p in c.children if p.dep_ == "pcomp")
    return words


def _of_time(prep: Token) -> bool:
    """'called the arrest illegal on Wednesday': a preposition of a day or time is no particle ('call on')."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _particles_ok(tok: Token, particles: tuple[str, ...]) -> list[int] | None:
    got: list[int] = []
    for p in particles:
        hit = next((c for c in tok.children if c.lower_ == p and c.dep_ in PARTICLE_DEPS and not _of_time(c)), None)
        if hit is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == p and \
                not _of_time(tok.doc[tok.i + 1]):
            hit = tok.doc[tok.i + 1]
        if hit is None:
            # "took three fighters alive": a predicative adjective the parser hangs as a clause (task M5)
            hit = next((c for c in tok.children if c.lower_ == p and c.pos_ == "ADJ"
                        and c.dep_ in ("advcl", "oprd", "xcomp")), None)
        if hit is None and p == "for":
            # "called in court for the ministers to be held in jail": the parser makes 'for' the mark of the
            # clause asked for
            hit = next((g for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp") for g in c.children
                        if g.dep_ == "mark" and g.lower_ == "for"), None)
        if hit is None and p == "against":
            # "take resolute measures against X": the parser hangs 'against' on the object
            hit = next((g for c in tok.children if c.dep_ == "dobj" for g in c.children
                        if g.dep_ == "prep" and g.lower_ == p), None)
        if hit is None:
            return None
        got.append(hit.i)
    return got


def verb_lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ" and lemma in ADJ_PREDICATES and (
            any(c.lemma_ == "be" for c in tok.children) or (tok.dep_ == "acomp" and tok.head.lemma_ == "be")):
        return f"be {lemma}"
    # "Israel is opposed to ...": a state, not a passive with someone doing the opposing
    if tok.tag_ == "VBN" and tok.lower_ in ADJ_PREDICATES and any(c.dep_ == "auxpass" for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children):
        return f"be {tok.lower_}"
    return lemma


def lemma_guesses(word: str) -> list[str]:
    """Base forms a verb form may have, for when the statistical lemmatizer slips
    ("staged" -> "stag"): staged -> stage, stopped -> stop, carried -> carry."""
    w = word.lower()
    out = [w]
    if w.endswith("ied") or w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("ed") or w.endswith("es"):
        out += [w[:-1], w[:-2]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])  # stopped -> stop
    if w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"]
        if len(w) > 5 and w[-4] == w[-5]:
            out.append(w[:-4])
    if w.endswith("s"):
        out.append(w[:-1])
    return out


def match_verb(tok: Token, lex: EventLexicon) -> tuple[Entry, list[int]] | None:
    lemma = verb_lemma(tok)
    first = lemma.split()[0]
    entries = lex.verbs.get(first, [])
    if not entries and not lemma.startswith("be "):
        for guess in lemma_guesses(tok.text):
            if guess in lex.verbs:
                entries = lex.verbs[guess]
                break
    if lemma.startswith("be "):
        entries = [e for e in lex.verbs.get("be", []) if e.particles and e.particles[0] == lemma.split()[1]]
        if entries:
            return entries[0], [tok.i]
        entries = lex.verbs.get(tok.lemma_.lower(), [])
    words = None
    for e in entries:
        parts = _particles_ok(tok, e.particles)
        if parts is None:
            continue
        if e.objects:
            words = words if words is not None else _object_words(tok)
            if not (e.objects & words):
                continue
        return e, [tok.i, *parts]
    return None


def _hyphenated(tok: Token) -> str | None:
    """'sit-in', 'cease-fire', 'build-up' are split by the tokenizer; join them back."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"  # the parser often heads the compound on its last part
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_:
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return None


# Nouns of a measure whose type depends on what it is done to, as for their verbs in verbs.tsv:
# "the suspension of the constitution" (COERCE) vs "the suspension of aid" (SANCTION), "the dissolution
# of parliament". Only with an 'of' object that matches one of the verb's object patterns.
MEASURE_VERBS = {"suspension": "suspend", "dissolution": "dissolve"}


def _measure_by_object(tok: Token, lex: EventLexicon) -> Entry | None:
    verb = MEASURE_VERBS.get(tok.lemma_.lower())
    if verb is None:
        return None
    words: set[str] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    words.update({p.lemma_.lower(), p.lower_})
                    words.update(k.lemma_.lower() for k in p.children if k.dep_ == "compound")
    if not words:
        return None
    for e in lex.verbs.get(verb, []):
        if e.objects and not e.particles and e.objects & words and e.type not in ("NONE", "SAY"):
            return e
    return None


BLAMING = ("ACCUSE", "PROTEST")


def blamed_act(verb: Entry, noun: Entry, o: Token) -> bool:
    """fix-U5: 'condemned the arrest of X', 'protested the detention of X', 'condemned yesterday's US drone
    strikes': the arrest or the dated attack blamed happened too, an event of its own, not only the
    content of the blame. Not 'condemned arrests of activists' or 'condemned the violence': a kind of act."""
    if verb.type not in BLAMING:
        return False
    if noun.type == "COERCE" and noun.mode == "arrest":
        return any(k.dep_ in ("det", "poss") for k in o.children)
    return noun.type == "ASSAULT" and dated_noun(o)


def dated_noun(o: Token) -> bool:
    """'yesterday's drone strikes', 'the airstrike on Tuesday': an act noun with a day of its own."""
    return any(k.ent_type_ == "DATE" and (k.dep_ in ("poss", "npadvmod", "compound") or (
        k.dep_ == "pobj" and k.head.lower_ == "on" and k.head.head.i == o.i)) for k in o.subtree if k.i != o.i)


def noun_entry(tok: Token, lex: EventLexicon) -> Entry | None:
    if tok.ent_type_ == "DATE" and tok.text[:1].isupper():
        return None  # "annexed by Russia in March": the month, no march
    by_object = _measure_by_object(tok, lex)
    if by_object is not None:
        return by_object
    joined = _hyphenated(tok)
    entries = (lex.nouns.get(joined) if joined else None) or lex.nouns.get(tok.lemma_.lower()) or \
        lex.nouns.get(tok.lower_)
    if not entries and tok.lemma_.lower() in FRAME_NOUNS:
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i == tok.i - 1:  # "the disengagement process" (amod in the parse)
                inner = noun_entry(c, lex)
                if inner is not None:
                    return inner
    if not entries:
        return None
    left = " ".join(t.lower_ for t in tok.doc[max(tok.i - 2, 0): tok.i])
    for e in entries:
        words = e.lemma.split()
        if len(words) == 1 or left.endswith(" ".join(words[:-1])):
            return _disambiguate(tok, e, entries)
    return None


def _disambiguate(tok: Token, chosen: Entry, entries: list[Entry]) -> Entry:
    """Nouns with two senses: a workers' strike or an air strike; a phone call or a call for X."""
    if len(entries) < 2 or len({e.type for e in entries}) < 2:
        return chosen
    if len(chosen.lemma.split()) > 1:
        return chosen
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    by_type = {e.type: e for e in entries if len(e.lemma.split()) == 1}
    if tok.lemma_.lower() == "call" and preps & {"for", "on", "to"} and "REQUEST" in by_type:
        return by_type["REQUEST"]
    if tok.lemma_.lower() == "strike" and "ASSAULT" in by_type:
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
        if preps & {"on", "against"} or mods & {"air", "drone", "missile", "military", "israeli", "russian",
                                                  "us", "u.s.", "retaliatory", "precision", "aerial"}:
            return by_type["ASSAULT"]
    return chosen


# fix-L5: "there was no justification for (an act)"; "played a vital role in (an act)"
NO_GROUNDS = {"justification", "excuse", "reason", "basis", "ground"}
ROLE_PRAISE = {"vital", "key", "crucial", "important", "positive", "constructive", "pivotal", "instrumental",
               "critical", "significant", "invaluable"}
HARMFUL = {"ASSAULT", "COERCE", "CRIME", "PROTEST", "THREATEN", "SANCTION"}


def _blame(tok: Token, lex: EventLexicon, kind: str = "blame") -> Token | None:
    """The word of blame a saying or naming verb predicates of something: 'called X outrageous'
    (oprd, xcomp), 'said X was a sham' (the complement's attr or acomp), 'said they were deeply
    concerned'. Not under a negation ("said it was not illegal"). With kind="praise", the word of
    praise instead ("called the deal a historic step", "described the talks as constructive")."""
    def blamed(pred: Token) -> bool:
        return lex.is_(kind, pred.lemma_.lower()) and not any(k.dep_ == "neg" for k in pred.head.children)

    def in_phrase(pred: Token) -> Token | None:
        if blamed(pred):
            return pred
        for g in pred.children:  # "a clear violation", "totally unacceptable"
            if g.dep_ in ("amod", "compound") and blamed(g):
                return g
        if kind == "blame" and pred.lemma_.lower() == "act":
            for p in pred.children:  # fix-L5: "an act of aggression", "an act of war"
                for o in (p.children if p.dep_ == "prep" and p.lower_ == "of" else ()):
                    if o.dep_ == "pobj" and (blamed(o) or o.lemma_.lower() in ("war", "terror", "terrorism",
                                                                              "piracy", "sabotage")):
                        return o
        if kind == "praise" and pred.pos_ == "NOUN":
            for p in pred.children:  # "a step towards peace", "a sign of hope"
                if p.dep_ == "prep" and p.lower_ in ("towards", "toward", "of", "for"):
                    for o in p.children:
                        if o.dep_ == "pobj" and (blamed(o) or (o.lemma_.lower() in ("peace", "reconciliation",
                                                               "unity", "stability", "democracy") and
                                                               pred.lemma_.lower() == "step")):
                            return o
        return None

    for c in tok.children:
        if c.dep_ in ("oprd", "xcomp", "attr", "acomp") and c.pos_ in ("NOUN", "ADJ") and blamed(c):
            return c
        if c.dep_ in ("oprd", "xcomp", "dobj") and c.pos_ in ("NOUN", "ADJ") and (
                c.dep_ != "dobj" or tok.lemma_.lower() == "call"):
            got = in_phrase(c)  # "called the pardon a step towards reconciliation": the second object
            if got is not None and (c.dep_ != "dobj" or any(k.dep_ == "dobj" and k.i < c.i for k in tok.children)):
                return got
        if c.dep_ == "prep" and c.lower_ == "as" and tok.lemma_.lower() in ("describe", "brand", "term", "see",
                                                                             "view", "regard", "condemn"):
            for g in c.children:  # "described the remarks as completely unacceptable"
                if g.pos_ in ("NOUN", "ADJ"):
                    got = in_phrase(g)
                    if got is not None:
                        return got
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and blamed(c) and any(
                k.dep_ == "auxpass" for k in c.children):
            return c  # "saying the election was rigged", "the voting was marred by fraud"
        if c.dep_ == "ccomp" and c.lemma_ == "be":
            for g in c.children:
                if g.dep_ in ("attr", "acomp") and in_phrase(g) is not None:
                    return g
            # fix-L5: "said there was no justification for the coup": a judgment of the act named
            if kind == "blame" and any(k.dep_ == "expl" for k in c.children):
                for g in c.children:
                    if g.dep_ == "attr" and g.lemma_.lower() in NO_GROUNDS and any(
                            k.dep_ == "det" and k.lower_ == "no" for k in g.children) and any(
                            p.dep_ == "prep" and p.lower_ == "for" and any(
                                noun_entry(o, lex) is not None for o in p.children if o.dep_ == "pobj")
                            for p in g.children):
                        return g
        if kind == "praise" and c.dep_ == "ccomp" and c.lemma_.lower() == "play" and \
                not any(k.dep_ == "neg" for k in c.children):
            # fix-L5: "said Qatar played a vital role in the talks": praise of the one who played it
            for g in c.children:
                if g.dep_ == "dobj" and g.lemma_.lower() == "role" and any(
                        a.dep_ == "amod" and a.lemma_.lower() in ROLE_PRAISE for a in g.children) and not any(
                        o.dep_ == "pobj" and (ne := noun_entry(o, lex)) is not None and ne.type in HARMFUL
                        for p in g.children if p.dep_ == "prep" for o in p.children):
                    return g
        if c.dep_ == "ccomp" and c.lemma_.lower() in ("amount", "constitute", "represent", "equal") and \
                not any(k.dep_ == "neg" for k in c.children):
            # "said the law amounted to a licence to silence critics": a verdict like 'was'
            for g in [*c.children, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                                     for o in p.children)]:
                if g.dep_ in ("dobj", "attr", "pobj") and g.pos_ == "NOUN" and in_phrase(g) is not None:
                    return g
    return None


def _so_called(tok: Token) -> Token | None:
    """fix-L5: 'said there was no so-called human rights issue': a saying verb whose clause denies that what
    others allege exists at all, with 'so-called' marking it as their word; a rejection of the charge."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_ != "be" or not any(k.dep_ == "expl" for k in c.children):
            continue
        for g in c.children:
            if g.dep_ == "attr" and any(k.dep_ == "det" and k.lower_ == "no" for k in g.children) and any(
                    k.lower_ in ("so-called", "so") for k in g.subtree if k.i < g.i):
                return g
    return None


def _responsible(tok: Token, lex: EventLexicon) -> Token | None:
    """'said the PKK was responsible for the bombing', 'said the Taliban were behind the attack': a saying
    verb whose clause lays a violent act at someone's door; the one named is accused (PLOVER ACCUSE, mode
    allege; CAMEO 112). Only for an act the lexicon knows as ASSAULT or COERCE (not 'responsible for
    security'), and not under a negation."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_ != "be" or any(k.dep_ == "neg" for k in c.children):
            continue
        if not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            continue
        preps = [p for a in c.children if a.dep_ == "acomp" and a.lemma_.lower() == "responsible"
                 for p in a.children if p.dep_ == "prep" and p.lower_ == "for"]
        preps += [p for p in c.children if p.dep_ == "prep" and p.lower_ == "behind"]
        for p in preps:
            for o in p.children:
                ne = noun_entry(o, lex) if o.dep_ == "pobj" else None
                if ne is not None and ne.type in ("ASSAULT", "COERCE"):
                    return o
    return None


def find_candidates(sent: Span, lex: EventLexicon) -> list[Candidate]:
    out: list[Candidate] = []
    used_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ not in ("VERB", "ADJ") and not (tok.pos_ == "AUX" and tok.lemma_ != "be"):
            continue
        if tok.pos_ == "ADJ" and tok.lemma_.lower() not in ADJ_PREDICATES:
            continue
        if tok.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW") and tok.ent_iob_ == "I" and tok.text[:1].isupper():
            continue  # "the Committee to Protect Journalists": a name, not an act
        got = match_verb(tok, lex)
        if got is None and tok.lemma_.lower() == "describe":
            # "described the remarks as unacceptable": naming, an evaluation; not an act otherwise
            for kind, etype, mode, cameo in (("blame", "ACCUSE", "disapprove", "111"),
                                             ("praise", "SUPPORT", "", "051")):
                said = _blame(tok, lex, kind)
                if said is not None:
                    out.append(Candidate(tok, Entry("describe", (), frozenset(), etype, mode, cameo,
                                                    f"evaluations.tsv:{said.lemma_.lower()}", "describe"),
                                         "verb", [tok.i]))
                    break
            continue
        if got is None:
            continue
        entry, toks = got
        if entry.type == "NONE":
            continue
        if entry.lemma in PASS_THROUGH and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            continue  # "helped to plan the attack": the help is in the complement's act
        naming = entry.type == "SAY" or entry.lemma in ("call", "describe", "brand", "term")
        blame = _blame(tok, lex) if naming else None
        praise = _blame(tok, lex, "praise") if naming and blame is None and entry.lemma != "brand" else None
        responsible = _responsible(tok, lex) if entry.type == "SAY" and blame is None else None
        denied = _so_called(tok) if entry.type == "SAY" and blame is None and praise is None else None
        if denied is not None:
            # fix-L5: "said there was no so-called genocide": the speaker rejects the accusation (PLOVER REJECT)
            out.append(Candidate(tok, Entry(entry.lemma, (), frozenset(), "REJECT", "", "120",
                                            f"verbs.tsv:{entry.lemma} there is no so-called (thing)",
                                            entry.pattern), "verb", toks))
        if responsible is not None:
            # "said the PKK was responsible for the bombing": an accusation of the one named
            out.append(Candidate(tok, Entry(entry.lemma, (), frozenset(), "ACCUSE", "allege", "112",
                                            f"verbs.tsv:{entry.lemma} (someone) was responsible for (an attack)",
                                            entry.pattern), "verb", toks))
        if blame is not None:
            # "called the launch outrageous", "said the trial was a sham": a condemnation
            out.append(Candidate(tok, Entry(entry.lemma, (), frozenset(), "ACCUSE", "disapprove", "111",
                                            f"evaluations.tsv:{blame.lemma_.lower()}", entry.pattern),
                                 "verb", toks))
        elif praise is not None:
            # "called the pardon a great step towards reconciliation": praise (PLOVER SUPPORT, CAMEO 051)
            out.append(Candidate(tok, Entry(entry.lemma, (), frozenset(), "SUPPORT", "", "051",
                                            f"evaluations.tsv:{praise.lemma_.lower()}", entry.pattern),
                                 "verb", toks))
        if entry.lemma == "call" and entry.type == "CONSULT" and any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in tok.children):
            continue  # "called the day a pivot of history": naming, not a phone call
        if entry.type == "MOBILIZE" and tok.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lower_ in ("are", "is", "remain", "remains") for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "28,500 U.S. troops are stationed in South Korea": a standing state
        if entry.type == "SAY" and entry.lemma in ORDER_SAYS and any(c.dep_ == "dobj" for c in tok.children) \
                and any(c.dep_ == "xcomp" for c in tok.children):
            # "told the army to prepare", "warned Israel to stop": an order or demand, not a report
            order = Entry(entry.lemma, (), frozenset(), "REQUEST", "change", "100",
                          f"verbs.tsv:{entry.lemma} (someone) to (do something)", entry.pattern)
            out.append(Candidate(tok, order, "verb", toks))
            continue
        if entry.type == "SAY":
            out.append(Candidate(tok, entry, "verb", toks, say=True))
            # "announced a suspension of air links": the announced measure is the event
            # a conjoined measure too ("announced the closure of the borders and the annulment
            # of the results": both are the news)
            dobjs = [c for c in tok.children if c.dep_ in ("dobj",)]
            # "the suspension of the constitution and the dissolution of the government": the parser
            # often hangs the second measure on the first one's 'of' object; a measure noun with its own
            # 'of' object there is a conjoined measure too
            hung = [k for d in dobjs for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" for k in p.children
                    if k.dep_ == "conj" and k.pos_ == "NOUN" and any(
                        g.dep_ == "prep" and g.lower_ == "of" for g in k.children) and noun_entry(k, lex)]
            for obj in [*dobjs, *(k for d in dobjs for k in d.children if k.dep_ == "conj" and k.pos_ == "NOUN"),
                        *hung]:
                ne = noun_entry(through_measure(obj), lex)
                if entry.lemma in AUDIENCE_VERBS and obj.lemma_.lower() in AUDIENCE_NOUNS:
                    used_nouns.add(obj.i)  # "told a rally": whom one speaks to, no act (the words are the news)
                    continue
                if ne is not None and ne.type not in ("CONSULT",):
                    noun = through_measure(obj)
                    out.append(Candidate(tok, ne, "light", [tok.i, noun.i], noun=noun, light_verb=entry.lemma))
                    used_nouns.add(noun.i)
            continue
        if entry.type in ("WISH", "STATEMENT"):
            # a wish absorbs what it wishes of others; a statement of feeling absorbs its topic
            out.append(Candidate(tok, entry, "verb", toks, wish=True))
            continue
        if entry.type == "LIGHT":
            objs = [through_measure(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if not any(noun_entry(o, lex) for o in objs):
                # "engaged in ethnic cleansing", "took part in a summit"
                objs += [p for c in tok.children if c.dep_ == "prep" and (c.i in toks or (
                    c.lower_ == "in" and entry.lemma in IN_LIGHT)) for p in c.children if p.dep_ == "pobj"]
            for obj in objs:
                ne = noun_entry(obj, lex)
                if ne is not None:
                    out.append(Candidate(tok, ne, "light", [*toks, obj.i], noun=obj, light_verb=entry.lemma))
                    used_nouns.add(obj.i)
                    if obj.dep_ == "dobj":
                        break  # a second 'object' far off is a misparse ("ramped up sanctions ... Putin's annexation")
            continue
        for o in _objects(tok):
            if o.head.dep_ == "prep" and o.head.lower_ in FRAMING_PREPS and o.head.head.i == tok.i:
                continue  # "after a meeting between X and Y, Z lifted ...": the framing happening is its own act
            ne = noun_entry(o, lex) if entry.type in ("ASSAULT", "COERCE", *BLAMING) else None
            if ne is None or not ((ne.type == "PROTEST" and entry.type in ("ASSAULT", "COERCE")) or
                                  blamed_act(entry, ne, o)):
                # "dispersed a protest": the protest is an event too; "condemned the arrest of X" (fix-U5)
                used_nouns.add(o.i)
        out.append(Candidate(tok, entry, "verb", toks))
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in used_nouns:
            continue
        if tok.pos_ == "PROPN" and tok.ent_type_ in NAME_ENTITIES:
            continue  # "the UN Observer Mission in Angola" names a body, it is not a mission being held
        ne = noun_entry(tok, lex)
        if ne is not None and ne.type != "NONE":
            toks = [tok.i]
            if len(ne.lemma.split()) > 1:
                toks = list(range(tok.i - len(ne.lemma.split()) + 1, tok.i + 1))
            out.append(Candidate(tok, ne, "noun", toks, noun=tok))
    return out
