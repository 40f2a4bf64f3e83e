"""From a draft to the event record (CAMEO, Goldstein, quad class, PLOVER score,
contexts, confidence, evidence), and one event per happening in a story."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span

from ...model import Actor, Event, Evidence, Location, stable_id
from ...model import Span as TextSpan
from ..triggers import Candidate, noun_entry
from ..when import DateMention
from .circumstances import (
    _happening,
    background_time,
    backshifted,
    clause_verb,
    clause_year,
    date_on_a_thing,
    event_date,
    event_date_at,
    report_date,
    report_date_of_clause,
    reported_coarse_date,
    sentence_contexts,
    since_date,
    told_as_sequel,
    told_as_span,
    told_tense,
)
from .rules import Rule, apply_rules
from .story import BACKGROUND_CONFIDENCE, Draft, EventContext, Story


def _one_per_reference(actors: list[Actor]) -> list[Actor]:
    """'they' standing for a minister and his government, both Ukrainian: one party of that country
    for the one reference (the one with a sector), not the same country twice."""
    out: list[Actor] = []
    for a in actors:
        same = next((k for k, b in enumerate(out) if (b.start, b.end, b.country) == (a.start, a.end, a.country)
                     and a.country), None)
        if same is None:
            out.append(a)
        elif a.sector and not out[same].sector:
            out[same] = a
    return out

def build(ctx: Story, c: Candidate, sent: Span, rules: list[Rule] | None = None,
          trace: list[str] | None = None) -> Event | None:
    """The event a candidate makes once every rule has run, or None (the reason goes to
    ``trace`` when one is given)."""
    e = EventContext(ctx, c, sent)
    d = apply_rules(e, rules)
    if d.dropped:
        if trace is not None:
            trace.append(d.dropped)
        return None
    ev = record(ctx, c, d, sent, e.loc)
    if c.background:
        ev.confidence = min(ev.confidence, BACKGROUND_CONFIDENCE)
        if d.cap is None:
            ctx.in_passing.add(ev.event_id)
    if d.cap is not None:
        ev.confidence = min(ev.confidence, d.cap)
    return ev


def lead_date(ctx: Story) -> DateMention | None:
    """The day the story's lead sentence gives its news, if it names one within a week before the
    story's date (not a background year, not a date ahead)."""
    if isinstance(ctx.lead, DateMention):
        return ctx.lead
    if ctx.lead is False:
        return None
    ctx.lead = False
    furniture = ctx.doc._.wc_furniture or ()
    first = next((s for s in ctx.doc.sents if s.text.strip() and not any(
        fs <= s.start_char and s.end_char <= fe + 1 for fs, fe, _k in furniture)), None)
    if first is None or not ctx.published:
        return None
    # the lead paragraph: from its first sentence to the end of its line
    line_end = ctx.text.find("\n", first.start_char)
    line_end = len(ctx.text) if line_end < 0 else line_end
    last_tok = ctx.doc.char_span(first.start_char, line_end, alignment_mode="contract")
    lead_end = last_tok.end if last_tok is not None else first.end
    try:
        pub = date.fromisoformat(ctx.published[:10])
    except ValueError:
        return None
    filed = None
    for dm in ctx.dates:
        # (the dateline may be a sentence of its own, as furniture, before the lead)
        if (first.start <= dm.start or dm.dateline) and dm.start < lead_end and dm.precision == "day" \
                and not since_date(ctx, dm):
            try:
                when = date.fromisoformat(dm.date)
            except ValueError:
                continue
            if 0 <= (pub - when).days <= 7:
                if dm.dateline:
                    # "Adamawa [Nigeria], November 4 (ANI/Xinhua): gunmen attacked a village ... on
                    # Wednesday": the day the report was filed is the lead's only if its act has none
                    filed = filed or dm
                    continue
                ctx.lead = dm
                return dm
    later = _lead_happening_dated_later(ctx, first, lead_end, pub)
    if later is not None:
        ctx.lead = later
        ctx.lead_later = True  # (its own sentence may share it: see record)
        return later
    if filed is not None:
        ctx.lead = filed
    return filed


def _lead_happening_dated_later(ctx: Story, first: Span, lead_end: int, pub: date) -> DateMention | None:
    """'Police used water cannons to break up a student march. / ... tried to lead the march yesterday':
    a lead that names no day, whose happening the next paragraph dates by the same word (the act's verb,
    its object or the noun the day is on: 'was sentenced late on Tuesday' after 'has sentenced'), is of
    that day, and so are the later acts the story tells of it without a day of their own."""
    from ..triggers import find_candidates
    words, verbs = set(), set()
    for c in find_candidates(first, ctx.lex):
        words.add(c.head.lemma_.lower())
        verbs.add(c.head.lemma_.lower())
        if c.noun is not None:
            words.add(c.noun.lemma_.lower())
        # "was ousted in a no-confidence vote" / "The vote was held on Thursday night": the noun the act
        # was done in names the same happening
        words |= {g.lemma_.lower() for p in c.head.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    for fam in _SAME_ACT:
        if words & fam:
            words |= fam
            verbs |= fam
    if not words:
        return None
    next_start = ctx.doc[lead_end - 1].idx + len(ctx.doc[lead_end - 1]) if lead_end > 0 else 0
    para_start = ctx.text.find("\n", next_start)
    if para_start < 0:
        return None
    para_end = ctx.text.find("\n", para_start + 1)
    para_end = len(ctx.text) if para_end < 0 else para_end
    # further paragraphs (up to four) may date the lead's act too, but only by its own verb
    # ("The government has received aid ... / ... after receiving the consignment yesterday")
    far_end = para_end
    for _ in range(3):
        if far_end >= len(ctx.text):
            break
        nxt = ctx.text.find("\n", far_end + 1)
        far_end = len(ctx.text) if nxt < 0 else nxt
    for dm in ctx.dates:
        if not (para_start <= dm.start_char < far_end) or dm.precision != "day" or since_date(ctx, dm):
            continue
        near = dm.start_char < para_end
        try:
            when = date.fromisoformat(dm.date)
        except ValueError:
            continue
        if not 0 <= (pub - when).days <= 7:
            continue
        t, said, acts = ctx.doc[dm.start: dm.end].root, set(), set()
        for _ in range(6):
            said.add(t.lemma_.lower())
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                # ("tried to lead the march yesterday": the act of the verb it governs too)
                for v in [t] + [k for k in t.children if k.dep_ in ("xcomp", "pcomp")]:
                    acts.add(v.lemma_.lower())
                    if v.lemma_.lower() == "find" and any(k.lower_ == "guilty" for k in v.subtree):
                        acts.add("guilty")  # "found X guilty": the verdict
                    said |= {v.lemma_.lower()} | {k.lemma_.lower() for k in v.children
                                                   if k.dep_ in ("dobj", "nsubjpass")}
                    if _happening(v):
                        # "The vote took place late Thursday": the happening named by its subject
                        said |= {k.lemma_.lower() for k in v.children if k.dep_ == "nsubj"}
                # ("after receiving the consignment ... yesterday": the act in the clause the day is on)
                acts |= {k.lemma_.lower() for k in t.children if k.dep_ == "prep"
                         for g in k.children if g.dep_ == "pcomp"}
                said |= acts
                # "made the announcement Friday evening after police forced their way in to arrest him":
                # the acts of an 'after' clause on the dated verb came just before, on that day
                for k in t.children:
                    if k.dep_ == "advcl" and any(m.lower_ == "after" and m.dep_ == "mark" for m in k.children):
                        said |= {v.lemma_.lower() for v in k.subtree if v.pos_ == "VERB"}
                break
            t = t.head
        if (said & words) if near else (acts & verbs):
            return dm
        if near and t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() == "announce" or any(
                k.dep_ == "dobj" and k.lemma_.lower() == "announcement" for k in t.children)):
            # "... moved to break off ties. / The president made the announcement Friday evening": the
            # lead's news, told as announced on a day in the next paragraph, is of that day
            return dm
    return None


# verbs told of one act in turn: a leader ousted in a vote is the one replaced, elected or voted out by it
# and a court's sentence is the verdict that finds the accused guilty ('has sentenced' / 'on Friday found X guilty')
_SAME_ACT = (frozenset({"oust", "depose", "topple", "unseat", "replace", "remove", "vote", "elect"}),
             frozenset({"sentence", "convict", "jail", "imprison", "verdict", "guilty"}))


def paragraph_date(ctx: Story, sent: Span) -> DateMention | None:
    """The last day named earlier in the same paragraph (line), if within a week before the story's
    date: the day the paragraph's later sentences go on telling about."""
    line_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    if not ctx.published:
        return None
    try:
        pub = date.fromisoformat(ctx.published[:10])
    except ValueError:
        return None
    found = None
    for dm in ctx.dates:
        if line_start <= dm.start_char < sent.start_char and dm.precision == "day" and not since_date(ctx, dm) \
                and not dm.dateline:
            try:
                when = date.fromisoformat(dm.date)
            except ValueError:
                continue
            if 0 <= (pub - when).days <= 7:
                found = dm
    return found


def _timing(d: Draft) -> set[str]:
    """The modes that bear on an event's day: a threat is made now, whatever it threatens ('warned it could
    impose sanctions at a summit on Monday' is a threat of the story's days, not of that Monday)."""
    return d.aux - {"future", "hypothetical"} if d.etype == "THREATEN" else d.aux


ORDINAL_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
                "9th": 9, "10th": 10}


def _entered_its_nth(c: Candidate, when: str) -> str | None:
    """'the invasion entered its fourth day' (told on the fourth day): the act named began N-1 days
    before; weeks and months are left as they are (no day to count back to)."""
    n = c.noun if c.noun is not None else c.head
    if c.kind != "noun" or n.dep_ not in ("nsubj", "nsubjpass") or n.head.lemma_.lower() != "enter":
        return None
    obj = next((k for k in n.head.children if k.dep_ in ("dobj", "obj") and k.lemma_.lower() == "day"), None)
    nth = next((ORDINAL_DAYS[k.lower_] for k in obj.children if k.lower_ in ORDINAL_DAYS), None) if obj else None
    if nth is None:
        return None
    try:
        return (date.fromisoformat(when) - timedelta(days=nth - 1)).isoformat()
    except ValueError:
        return None


def _fallback_date(ctx: Story, d: Draft, sent: Span, lead: DateMention | None,
                   c: Candidate | None = None) -> tuple[str | None, str | None]:
    """The date of an act its own clause does not date: the paragraph's day, the lead's, the story's."""
    timing = _timing(d)
    if (owned := _day_owned_act(ctx, sent)) is not None and not timing & {"historical", "future"}:
        # "Tuesday's fighting came as rebels assassinated a minister", "Sunday's attack ... / Gunmen
        # stormed the hotel": the acts told with an act its day owns, in its sentence or the next, are of that day
        where = "its sentence" if sent.start <= owned.start else "the sentence before"
        d.rule.append(f"date of the act the day owns in {where} ('{owned.text}'s "
                      f"{ctx.doc[owned.start: owned.end].root.head.text}')")
        return owned.date, owned.precision
    if (here := paragraph_date(ctx, sent)) is not None and not timing & {"historical", "future"}:
        # "Police fired tear gas on Saturday. They arrested 20 people.": the paragraph's day
        d.rule.append(f"date from the paragraph ('{here.text}')")
        return here.date, here.precision
    if (back := _pronoun_previous(ctx, sent)) is not None and not timing & {"historical", "future"}:
        # "Le Drian said on Friday that ... / He also called the junta illegitimate.": the same
        # speaker or doer, told on, on the day the sentence before names
        d.rule.append(f"date from the sentence before ('{back.text}'), told by a pronoun on from it")
        return back.date, back.precision
    if (named := _same_act_named_day(ctx, c, sent)) is not None and not timing & {"historical", "future"}:
        # "The airstrikes were the first ... / Saturday's strike was among the longest": the act named
        # again elsewhere with its day in the possessive is of that day
        d.rule.append(f"date of the same act named elsewhere ('{named.text}')")
        return named.date, named.precision
    if c is not None and (c.head.i == sent.root.i or (c.noun is not None and c.noun.i == sent.root.i)) and (
            told := _the_act_told_before(ctx, sent)) is not None and not timing & {"historical", "future"}:
        # (only the subject's own verb: "The rockets prompted Israel to launch strikes" is a later act)
        # "On Sunday, the council issued a statement ... / The statement also urged ...": the act named
        # again by its noun with 'the' is the one a sentence just before dates
        d.rule.append(f"date of the same act told before ('{told.text}'), named again as "
                      f"'{_definite_subject(sent).text}'")
        return told.date, told.precision
    days = [dm for dm in ctx.dates if sent.start <= dm.start < sent.end and dm.precision == "day"
            and not since_date(ctx, dm) and not dm.dateline and dm.date <= (ctx.published or "")[:10]
            and not date_on_a_thing(ctx, dm) and not _in_time_clause(ctx, dm)]
    if len(days) == 1 and not timing & {"historical", "future"} and (lead is None or lead.start < sent.start):
        # "The day before, the envoy skipped the session and ... caused a stir by calling on X": the one day
        # the sentence names is its acts', closer than the lead's
        d.rule.append(f"date from its sentence ('{days[0].text}')")
        return days[0].date, days[0].precision
    if lead is not None and c is not None and not lead.dateline and not getattr(ctx, "lead_later", False) \
            and lead.date < (ctx.published or "")[:10] and _present_perfect(ctx, c):
        # "Gunmen attacked a village on Wednesday ... / He said the police have deployed a squad": told in
        # the present perfect, as just done by the time of the report, not on the lead's earlier day
        d.rule.append(f"the story's day: told in the present perfect, not on the lead's earlier day ('{lead.text}')")
        return ctx.published, "day"
    if lead is not None:
        # wire style: the lead says the day ("... clashed on Monday"), later paragraphs do not repeat it
        if lead.dateline:
            # "BEIJING, Feb. 13 (Xinhua) -- Dai met ...": a lead with no day of its own is of the day filed
            d.rule.append(f"date from the dateline ('{lead.text}')")
        elif getattr(ctx, "lead_later", False):
            d.rule.append(f"date from the lead's happening, as the next paragraph dates it ('{lead.text}')")
        else:
            d.rule.append(f"date from the lead ('{lead.text}')")
        return lead.date, lead.precision
    return ctx.published, "day" if ctx.published else None


def _present_perfect(ctx: Story, c: Candidate) -> bool:
    """'have deployed', 'has sent' (active, not 'had'): an act told as done by now."""
    verb = clause_verb(ctx, c.head)
    aux = {k.lower_ for k in verb.children if k.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(aux & {"has", "have", "'s", "’s", "'ve", "’ve"}) and not any(
        k.dep_ == "auxpass" for k in verb.children)


def _in_time_clause(ctx: Story, dm: DateMention) -> bool:
    """'agreed on a ceasefire after clashes erupted overnight Saturday': a day in an 'after', 'before' or
    'until' clause dates that clause's act, which the act it is told against came after or before."""
    t = ctx.doc[dm.start: dm.end].root
    for _ in range(8):
        if t.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("after", "before", "until", "till")
                                     for k in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _definite_subject(sent: Span):
    """The sentence's subject when it names a thing with 'the' or 'this' ('The statement', 'The attack')."""
    subj = next((k for k in sent.root.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not any(
            k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in subj.children):
        return None
    return subj


def _same_word(a: str, b: str) -> bool:
    """One act's word twice: the same lemma, or a noun and its verb ('assassination' / 'assassinate')."""
    return a == b or (min(len(a), len(b)) >= 5 and a[:min(len(a), len(b)) - 1] == b[:min(len(a), len(b)) - 1])


def _the_act_told_before(ctx: Story, sent: Span) -> DateMention | None:
    """A day in one of the two sentences before, on a clause whose verb or object is the word this
    sentence's definite subject names again, within a week before the story's date."""
    subj = _definite_subject(sent)
    if subj is None or not ctx.published:
        return None
    mine = subj.lemma_.lower()
    sents = [s for s in ctx.doc.sents if s.end <= sent.start][-2:]
    if not sents:
        return None
    try:
        pub = date.fromisoformat(ctx.published[:10])
    except ValueError:
        return None
    found = None
    for dm in ctx.dates:
        if not (sents[0].start <= dm.start < sents[-1].end) or dm.precision != "day" or since_date(ctx, dm) \
                or dm.dateline:
            continue
        try:
            if not 0 <= (pub - date.fromisoformat(dm.date)).days <= 7:
                continue
        except ValueError:
            continue
        t = ctx.doc[dm.start: dm.end].root
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        told = {t.lemma_.lower()} | {k.lemma_.lower() for k in t.children if k.dep_ in ("dobj", "nsubj", "nsubjpass")}
        if any(_same_word(mine, w) for w in told):
            found = dm
    return found


def _same_act_named_day(ctx: Story, c: Candidate | None, sent: Span) -> DateMention | None:
    """A day in the possessive on a noun elsewhere in the story that names this act by its own word
    ('Saturday's strike' for 'the airstrikes' or 'struck'), within a week before the story's date."""
    head = c.noun if c is not None and c.noun is not None else (c.head if c is not None else None)
    if head is None or not ctx.published:
        return None
    mine = head.lemma_.lower()
    for dm in ctx.dates:
        if dm.precision != "day" or sent.start <= dm.start < sent.end:
            continue
        root = ctx.doc[dm.start: dm.end].root
        if root.dep_ != "poss" or root.head.pos_ != "NOUN":
            continue
        n = root.head.lemma_.lower()
        # the same word, or one inside the other ('airstrike' / 'strike'), not a short stem
        # ('Sunday's shelling' for 'shelled': the verb's own noun in -ing)
        if not (n in (mine, mine + "ing") or (len(n) >= 5 and mine.endswith(n))
                or (len(mine) >= 5 and n.endswith(mine))):
            continue
        if _within_a_week_before(ctx, dm):
            return dm
    return None


def _day_owned_act(ctx: Story, sent: Span) -> DateMention | None:
    """A day in the possessive on an act noun that is the subject of its sentence's main verb ('Tuesday's
    fighting came as ...', 'Sunday's attack was the deadliest'), in this sentence or the one before, within
    a week before the story's date: the day the sentence and the next go on telling of."""
    if not ctx.published:
        return None
    prev = next((s for s in ctx.doc.sents if s.end == sent.start), None)
    for s in (sent, prev):
        if s is None:
            continue
        for dm in ctx.dates:
            if not (s.start <= dm.start < s.end) or dm.precision != "day" or dm.dateline:
                continue
            root = ctx.doc[dm.start: dm.end].root
            noun = root.head
            if root.dep_ != "poss" or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") \
                    or noun_entry(noun, ctx.lex) is None or not (noun.head.i == s.root.i or (
                        # (", the second MP killed in a week": a trailing participle the parser takes for the root)
                        noun.head.dep_ == "ccomp" and noun.head.head.i == s.root.i and noun.head.i < s.root.i)):
                continue
            if _within_a_week_before(ctx, dm):
                return dm
    return None


def _within_a_week_before(ctx: Story, dm: DateMention) -> bool:
    """Is this day the story's own or one of the seven before it (a day of the news being told)?"""
    try:
        days = (date.fromisoformat((ctx.published or "")[:10]) - date.fromisoformat(dm.date)).days
    except ValueError:
        return False
    return 0 <= days <= 7


HELD_PEOPLE = {"prisoner", "inmate", "convict", "detainee"}
SENTENCING = {"convict", "sentence", "jail", "imprison"}


def _described_in_present(c: Candidate) -> bool:
    """'The United States' accusations are excuses': an act's noun, the subject of a present 'is/are'."""
    n = c.noun if c.noun is not None else c.head
    return c.kind == "noun" and n.dep_ == "nsubj" and n.head.lemma_ == "be" and n.head.tag_ in ("VBZ", "VBP") \
        and any(k.dep_ == "poss" for k in n.children)


def _passive_subject(c: Candidate):
    return next((k for k in c.head.children if k.dep_ == "nsubjpass"), None)


def _held_ones_sentenced(c: Candidate) -> bool:
    """'The 32 prisoners were convicted of extremism': a passive sentencing of people named as already held."""
    subj = _passive_subject(c) if c.kind == "verb" and c.head.lemma_.lower() in SENTENCING else None
    return subj is not None and subj.lemma_.lower() in HELD_PEOPLE


def _pronoun_previous(ctx: Story, sent: Span) -> DateMention | None:
    """The day the sentence before names, when this sentence's subject is a pronoun for a third party
    ('He', 'They') and that day is within a week before the story's date."""
    subj = next((k for k in sent.root.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("he", "she", "they", "it"):
        return None
    back = previous_date(ctx, sent)
    if back is None or back.precision != "day" or not ctx.published:
        return None
    prev = ctx.doc[back.start].sent
    if event_date_at(ctx, {prev.root.i}) is not back:
        return None  # the day of that sentence's own act ("Le Drian said on Friday"), not of one it reports
    try:
        days = (date.fromisoformat(ctx.published[:10]) - date.fromisoformat(back.date)).days
    except ValueError:
        return None
    return back if 0 <= days <= 7 else None


def previous_date(ctx: Story, sent: Span) -> DateMention | None:
    """The last date the sentence before names (across a paragraph break too), if not after the
    story's date and not the start of a state ('since ...'): the time a pluperfect sentence
    goes back from ('He was arrested on Wednesday night. The source said he had been held ...')."""
    prev = next((s for s in ctx.doc.sents if s.end == sent.start), None)
    if prev is None or not ctx.published:
        return None
    found = None
    for dm in ctx.dates:
        root = ctx.doc[dm.start: dm.end].root
        # "to become full members from Jan. 1", "by April 5": a start or a deadline is no time of an act
        bound = root.dep_ == "pobj" and root.head.lower_ in ("from", "until", "till", "by", "before", "after")
        if prev.start <= dm.start < prev.end and not since_date(ctx, dm) and not bound \
                and dm.date <= ctx.published[:10] and not dm.dateline:
            found = dm
    return found


def record(ctx: Story, c: Candidate, d: Draft, sent: Span, loc: Location | None) -> Event:
    doc = ctx.doc
    toks = sorted(set(c.tokens))
    t0, t1 = doc[toks[0]], doc[toks[-1]]
    trig = TextSpan(ctx.text[t0.idx: t1.idx + len(t1)], t0.idx, t1.idx + len(t1))
    dm = event_date(ctx, c)
    if dm is not None and ctx.published and dm.date > ctx.published[:10] and c.kind != "noun" \
            and not _timing(d) & {"future", "hypothetical"}:
        # "fired tear gas ahead of a planned march on Thursday", "offered to hold talks Thursday": a day
        # ahead of the story is the day of the thing planned, never of an act told as done (a noun's
        # own day ahead, "a meeting on Monday", names the planned thing itself)
        d.rule.append(f"not dated by '{dm.text}': a day ahead of the story")
        dm = None
    lead = lead_date(ctx) if dm is None and not _timing(d) & {"historical", "future"} else None
    if lead is not None and sent.start <= lead.start < sent.end and not getattr(ctx, "lead_later", False) \
            and not lead.dateline:
        lead = None  # the lead's own date belongs to its own act, which this one is not (a day a later
        # sentence gives the lead's happening is that happening's, and so of the acts told with it)
    tense = told_tense(ctx, c) if dm is None and not d.aux & {"future", "hypothetical"} else None
    if dm is not None:
        when, precision = dm.date, dm.precision
        own = clause_verb(ctx, c.head)
        if not own.left_edge.i <= dm.start <= own.right_edge.i and not (c.kind == "noun" and c.noun is None):
            # a day from outside the act's own clause (the verb it is joined to or done by): say so
            d.rule.append(f"date '{dm.text}' of the clause the act is told under")
    elif "historical" in d.aux:
        when, precision = None, None
    elif tense == "ongoing":
        # "has been conducting offensives in the countryside": a stretch of time, not the story's day
        when, precision = None, None
        d.rule.append("no date: told as going on over a stretch of time")
    elif tense == "pluperfect":
        # "They had accused the junta of ...": done before the time just told, never the story's day
        if (rep := reported_coarse_date(ctx, c)) is not None:
            when, precision = rep.date, rep.precision
            d.rule.append(f"date of the report ('{rep.text}'), told as done before it")
        elif backshifted(ctx, c) and (said := report_date(ctx, c)) is not None:
            when, precision = said.date, said.precision
            d.rule.append(f"date of the report ('{said.text}'): told as just done")
        elif (back := previous_date(ctx, sent)) is not None and (
                not backshifted(ctx, c) or (back.precision != "week" and back.date < (ctx.published or "")[:10])):
            when, precision = back.date, back.precision
            d.rule.append(f"date from the sentence before ('{back.text}'), told as done before it")
        elif backshifted(ctx, c):
            when, precision = _fallback_date(ctx, d, sent, lead, c)
        else:
            when, precision = None, None
            d.rule.append("no date: told as done before the story's time")
    elif told_as_span(ctx, c):
        # "followed months of talks": a stretch of months, not the story's day
        when, precision = None, None
        d.rule.append("no date: counted as going on for months or years")
    elif "future" not in d.aux and _described_in_present(c):
        # "the United States' accusations are mere excuses": charges described as they stand, not made today
        when, precision = None, None
        d.rule.append("no date: the act's noun described in the present, as it stands")
    elif "future" not in d.aux and _held_ones_sentenced(c):
        # "The prisoners were convicted of rioting": those already held were sentenced before, not on the news day
        when, precision = None, None
        d.rule.append(f"no date: a sentence those held as '{_passive_subject(c).text}' already serve")
    elif "future" not in d.aux and told_as_sequel(ctx, c) and (back := previous_date(ctx, sent)) is not None:
        # "The court dissolved the party soon after": after the time the sentence before names
        when, precision = back.date, back.precision
        d.rule.append(f"date from the sentence before ('{back.text}'), told as following it")
    elif "future" not in d.aux and (said := report_date_of_clause(ctx, c)) is not None:
        # "On Sunday, Rwanda ... said its forces remain on alert": as of the day it was said
        when, precision = said.date, said.precision
        d.rule.append(f"date of the report ('{said.text}')")
    elif "future" not in d.aux and (frame := clause_year(ctx, c)) is not None:
        # "Thousands were jailed after a disputed 2020 election": of that year, not the story's week
        when, precision = frame.date, frame.precision
        d.rule.append(f"date of the time the clause is told in ('{frame.text}')")
    elif "future" not in d.aux and (bg := background_time(ctx, c, sent)) is not None:
        # "In 2020 the opposition was crushed. / Hundreds were arrested.": told of that past, not the news day
        when, precision = None, None
        d.rule.append(f"no date: told in a background stretch ('{bg.text}')")
    else:
        when, precision = _fallback_date(ctx, d, sent, lead, c)
    if when and precision == "day" and (back_to := _entered_its_nth(c, when)) is not None:
        # "as Russia's invasion entered its fourth day" on Sunday: it began on Thursday
        when = back_to
        d.rule.append("date: the day it began, counted back from the day it 'entered'")
    quad, score = ctx.lex.quad_score(d.etype, d.mode)
    contexts = sentence_contexts(ctx, sent)
    confidence = 0.45 + 0.2 * bool(d.actor) + 0.15 * bool(d.recipient) + 0.1 * (c.kind == "verb")
    if any(a.country == "" for a in d.actor):
        confidence -= 0.1
    confidence = round(max(0.05, min(0.95, confidence)), 2)
    sent_no = ctx.sent_index.get(sent.start, 0)
    eid = stable_id(ctx.article_id, trig.start, trig.end, d.etype, d.mode,
                    sorted(a.country + a.name for a in d.actor), sorted(a.country + a.name for a in d.recipient))
    return Event(
        event_id=eid, article_id=ctx.article_id, event_type=d.etype, mode=d.mode, context=contexts,
        aux_modes=sorted(d.aux), actor=_one_per_reference(d.actor),
        recipient=_one_per_reference(d.recipient), date=when,
        date_precision=precision, location=loc, cameo=d.cameo, goldstein=ctx.lex.goldstein_of(d.cameo),
        quad_class=quad, plover_score=score, trigger=trig,
        evidence=Evidence(sent_no, sent.start_char, sent.end_char, sent.text),
        confidence=confidence, rule="; ".join(d.rule),
        topic=TextSpan(*ctx.topics[c.head.i]) if c.head.i in ctx.topics else None,
    )


FORCE_TYPES = {"ASSAULT", "COERCE"}


def only_telling_of_force(ctx: Story, events: list[Event]) -> list[Event]:
    """fix-Y5: an act of force or coercion told only in passing ("... after soldiers shot dead two
    protesters") that is the story's only telling of an act of its type is news the story reports, not an
    aside: it keeps its full confidence. Not one dated in another year than the story ("since Russia
    invaded Ukraine in 2022", a known background act), nor in a story of one or two sentences (where
    every act is its only telling). (Real news sets L, M: [N] misses in clauses of time or cause.)"""
    if len(ctx.sent_index) < 4 or not ctx.published:
        return events
    for e in events:
        if e.event_id not in ctx.in_passing or e.event_type not in FORCE_TYPES or e.aux_modes:
            continue
        if not e.date or e.date[:4] != ctx.published[:4] or not (e.actor and e.recipient):
            continue
        if any(o is not e and o.event_type == e.event_type for o in events):
            continue
        if _counted_back(ctx, e):
            continue
        e.confidence = 0.6
        e.rule += "; the story's only telling of an act of force: news, not an aside"
    return events


def _counted_back(ctx: Story, e: Event) -> bool:
    """'The crash came two months after Prigozhin led a mutiny in which Wagner fighters took control of
    Rostov': an act told in a clause set a measured time before the news is an earlier act, not the
    news (and the story's day is not its day)."""
    from .sentence import measured_before

    span = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(8):
        if measured_before(t):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def merge(ctx: Story, events: list[Event]) -> list[Event]:
    """Merge repeated mentions of one happening in a story (same type, same sides, same
    time frame, compatible modes): the first mention is kept, with the most fitting date
    (one told of a mention of the same mode: the talks' day, not the visit's) and a place."""
    out: list[Event] = []
    date_mode: dict[str, str | None] = {}  # event id -> mode of the mention its date came from
    for e in events:
        key = _merge_key(ctx, e)
        twin = next((o for o in out if _merge_key(ctx, o) == key and _compatible(ctx, o, e)), None)
        if twin is None:
            twin = next((o for o in out if _told_again(ctx, o, e)), None)
        if twin is None:
            out.append(e)
            date_mode[e.event_id] = e.mode if e.date not in (None, ctx.published) or _told_day(ctx, e) else None
            continue
        if twin.location is None and e.location is not None:
            twin.location = e.location
        if not twin.recipient and e.recipient and twin.actor and twin.event_type not in SYMMETRIC and \
                {a.country for a in e.actor if a.country} == {a.country for a in twin.actor if a.country} and \
                {(a.country, a.sector) for a in e.recipient} - {(a.country, a.sector) for a in twin.actor}:
            # "security forces used water cannon ... (later) riot police fired tear gas at the protesters": the
            # first telling keeps its place, the later one tells whom it was done to
            twin.recipient = list(e.recipient)
            twin.rule += f"; recipient from the same act told again ('{e.trigger.text}')"
        if e.date and e.date != ctx.published and not _counted_since(ctx, e) and not _since_dated(ctx, e):
            src = date_mode.get(twin.event_id)
            if src is None or (src != twin.mode and e.mode == twin.mode):
                twin.date, twin.date_precision = e.date, e.date_precision
                date_mode[twin.event_id] = e.mode
        if not twin.mode and e.mode:
            twin.mode = e.mode
        twin.confidence = round(min(0.95, twin.confidence + 0.05), 2)
    return out


SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}


def _counted_since(ctx: Story, e: Event) -> bool:
    """'300 people had been killed since the offensive began': a toll counted over a stretch carries
    the day it was reported, which is no day of the war it counts, so it never re-dates that war
    (the merged mention 'Russia's invasion' keeps its own day)."""
    span = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    v = span[0]
    # "had been killed and 1,115 wounded since the invasion began": a 'since' anywhere in the act's
    # clause (the parse may hang it on either joined verb)
    return any(k.lower_ == "since" and k.dep_ in ("mark", "prep") for k in v.subtree)


def _told_day(ctx: Story, e: Event) -> bool:
    """'Thailand sent troops to the border on Wednesday' in Wednesday's story: the story's day named in
    the mention's own sentence is its day, not a default a later mention's date may replace."""
    s0, s1 = e.evidence.start, e.evidence.end
    return any(s0 <= dm.start_char < s1 and dm.date == e.date and not since_date(ctx, dm) for dm in ctx.dates)


def _since_dated(ctx: Story, e: Event) -> bool:
    """'Since 1 October, Pakistan has violated the truce several times': a day that opens a stretch is
    no day of any one act in it, so it never re-dates a mention told with a day of its own."""
    s0, s1 = e.evidence.start, e.evidence.end
    return any(s0 <= dm.start_char < s1 and dm.date == e.date and since_date(ctx, dm) for dm in ctx.dates)


def _merge_key(ctx: Story, e: Event) -> tuple[object, ...]:
    # Countries, not names: "Putin and his Chinese counterpart held meetings" and "the two
    # leaders discussed ..." are one happening between RUS and CHN. A threat and the act
    # threatened, or a denial and the act, stay apart (aux modes).
    sides = frozenset(a.country or a.name for a in e.actor + e.recipient)
    return (e.event_type, sides, "negation" in e.aux_modes, "historical" in e.aux_modes,
            "future" in e.aux_modes, "hypothetical" in e.aux_modes)


def _told_again(ctx: Story, first: Event, e: Event) -> bool:
    """'Russia and Ukraine signed separate deals with Turkey and the U.N. ... The agreements were signed
    at a ceremony in Istanbul': a mention told with no party of its own (its parties inferred from the
    story) that repeats an act already told among those parties is that act, not a second one with
    fewer sides."""
    parties = e.actor + e.recipient
    if e.event_type != first.event_type or not parties or e.aux_modes != first.aux_modes:
        return False
    told = {a.country or a.name for a in first.actor + first.recipient}
    if not {a.country or a.name for a in parties} <= told:
        return False
    if all(a.start < 0 for a in parties):
        return _compatible(ctx, first, e)
    # "Russia and Ukraine signed deals with Turkey and the U.N. ... Shoigu signed for Moscow and
    # Kubrakov for Kyiv": the same word for a meeting or signing among some of the sides already told,
    # told again on the same day, is that act in detail
    return (e.event_type in SYMMETRIC and _trigger_lemma(ctx, e) == _trigger_lemma(ctx, first)
            and e.date == first.date and not _a_new_thing(ctx, e) and _compatible(ctx, first, e))


NEW_THING = {"a", "an", "another", "separate", "new", "second", "further", "fresh", "additional"}
AGAIN = {"separately", "also", "later", "then", "too", "again"}


def _a_new_thing(ctx: Story, e: Event) -> bool:
    """'Separately, the U.N. and Russia signed a memorandum': an indefinite object or a 'separately',
    'also', 'later' tells another act, not the first in detail."""
    span = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None:
        return True
    v = span.root
    for k in v.children:
        if k.dep_ == "advmod" and k.lower_ in AGAIN:
            return True
        if k.dep_ in ("dobj", "obj", "nsubjpass") and any(
                g.dep_ in ("det", "amod") and g.lower_ in NEW_THING for g in k.children):
            return True
    return False


def _trigger_lemma(ctx: Story, e: Event) -> str:
    span = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else e.trigger.text.lower()


def _foiling(e: Event) -> bool:
    return e.trigger.text.lower().startswith(("foil", "thwart"))


def _compatible(ctx: Story, a: Event, b: Event) -> bool:
    """Two mentions can be one happening only if their modes, own dates and places agree
    (an empty mode agrees with any)."""
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if _foiling(a) != _foiling(b):
        return False  # foiling a coup and the coup foiled are two happenings (real news set H)
    own = {ctx.published, None}
    if a.date not in own and b.date not in own and a.date != b.date:
        return False
    if _joined_acts(ctx, a, b) or _different_doers(a, b):
        return False
    if a.event_type not in SYMMETRIC and a.actor and a.recipient and b.actor and b.recipient:
        # who did it to whom matters: Russia expelling U.S. diplomats and the U.S. expelling Russian
        # ones are two happenings
        def side(xs: list) -> frozenset[str]:
            return frozenset(x.country or x.name for x in xs)
        if side(a.actor) == side(b.recipient) and side(a.recipient) == side(b.actor):
            return False
    return not (a.location and b.location and a.location.name != b.location.name)


def _different_doers(a: Event, b: Event) -> bool:
    """'al-Shabaab attacked the base' and 'the army recaptured it': the same country on both sides,
    but the sectors (or the named people) acting differ, so the acts differ."""
    sa = {x.sector for x in a.actor if x.sector}
    sb = {x.sector for x in b.actor if x.sector}
    if sa and sb and not sa & sb:
        return True
    pa = {x.name for x in a.actor if x.kind == "person"}
    pb = {x.name for x in b.actor if x.kind == "person"}
    return bool(pa) and bool(pb) and len(pa) == len(a.actor) and len(pb) == len(b.actor) and not pa & pb


def _joined_acts(ctx: Story, a: Event, b: Event) -> bool:
    """'carried out a nuclear test and launched missiles': two verbs joined in one clause, both told
    in the active voice, are two acts (a passive result, "... and two people were wounded", is not)."""
    ta = ctx.doc.char_span(a.trigger.start, a.trigger.end, alignment_mode="expand")
    tb = ctx.doc.char_span(b.trigger.start, b.trigger.end, alignment_mode="expand")
    if ta is None or tb is None:
        return False
    va, vb = ta[0], tb[0]
    if va.pos_ != "VERB" or vb.pos_ != "VERB" or va.i == vb.i:
        return False
    joined = (vb.dep_ == "conj" and vb.head.i == va.i) or (va.dep_ == "conj" and va.head.i == vb.i)
    passive = any(k.dep_ in ("auxpass", "nsubjpass") for v in (va, vb) for k in v.children)
    return joined and not passive
