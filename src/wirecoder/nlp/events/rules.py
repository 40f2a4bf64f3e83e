"""The event builder's rules: what an act amounts to under PLOVER's rules (future and
conditional acts, reported demands and accusations, readings that depend on who acts
or on what), where a missing party is found, and when a candidate is no event.

Each rule is a plain function of one :class:`EventContext` and the :class:`Draft` it
may change; :data:`RULES` runs them in order. A rule that changes the draft says so in
``d.rule`` (the trace ``explain`` prints); one that throws it out sets ``d.dropped``.
Adding a rule is one function and one line in :data:`RULES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ...model import Actor, Location
from ..triggers import Candidate, noun_entry
from .circumstances import clause_verb, in_place_phrase, reporting_verb
from .participants import (
    VENUE_TYPES,
    clause_actors,
    condition_subject,
    country_actor,
    noun_roles,
    place_unplaced,
    subject,
    verb_roles,
)
from .story import (
    BACKGROUND_CONFIDENCE,
    COERCIVE,
    COOPERATIVE,
    DEONTIC,
    INTENT_HEADS,
    MATERIAL_WORDS,
    WEAPONS,
    Draft,
    EventContext,
    Story,
    advcl_condition,
    readings,
)

Rule = Callable[[EventContext, Draft], None]


def caused_by_a_thing(ctx: Story, c: Candidate) -> bool:
    """'killed by the crash', 'the earthquake killed 20': a death with no attacker is no assault.
    Weapons and attacks as subjects ("a roadside bomb killed ...") still are."""

    for ch in c.head.children:
        causer = None
        if ch.dep_ == "agent":
            causer = next((p for p in ch.children if p.dep_ == "pobj"), None)
        elif ch.dep_ == "nsubj":
            causer = ch
        if causer is None or causer.pos_ not in ("NOUN", "PROPN"):
            continue
        if ctx.roles.np_actors(causer) or noun_entry(causer, ctx.lex) is not None:
            return False
        return not (causer.lemma_.lower() in WEAPONS or any(w.lemma_.lower() in WEAPONS for w in causer.children))
    return False




def mode_from_subject(e: EventContext, d: Draft) -> None:
    """'A roadside bombing ... killed one U.S. soldier': the subject names the same act
    more precisely; take its mode."""
    ctx, c = e.story, e.cand
    if c.kind != "verb" or d.mode:
        return
    for ch in c.head.children:
        if ch.dep_ == "nsubj":

            ne = noun_entry(ch, ctx.lex)
            if ne is not None and ne.type == d.etype and ne.mode:
                d.mode, d.cameo = ne.mode, ne.cameo
                d.rule.append(f"mode from the subject '{ch.text}'")


def attacker_from_subject_noun(e: EventContext, d: Draft) -> None:
    """'Russian shelling killed three civilians', 'an Israeli air strike hit ...': an attack or a
    weapon named as the subject carries its attacker in its modifiers."""
    c = e.cand
    if d.actor or d.etype != "ASSAULT" or c.kind != "verb":
        return
    roles = e.story.roles
    for ch in c.head.children:
        if ch.dep_ != "nsubj" or ch.pos_ != "NOUN":
            continue
        ne = noun_entry(ch, e.story.lex)
        if (ne is not None and ne.type == "ASSAULT") or ch.lemma_.lower() in WEAPONS:
            got = [replace(a, sector=a.sector or "MIL") for m in ch.children if m.dep_ in ("amod", "compound", "poss")
                   for a in roles.np_actors(m) if a.country]
            if got:
                d.actor = got
                d.rule.append(f"actor from the subject '{ch.text}'")
                return


def attacker_from_attack_noun(e: EventContext, d: Draft) -> None:
    """'were killed in Israeli tank shelling', 'in an air strike by government forces':
    the attack noun names who did it."""
    ctx, c = e.story, e.cand
    if d.actor or d.etype != "ASSAULT" or c.kind != "verb":
        return

    for ch in c.head.children:
        if ch.dep_ == "prep" and ch.lower_ == "from":
            # "a mortar bomb was fired at it from the Gaza Strip": from there, by someone there
            for p in ch.children:
                got = [a for a in ctx.roles.np_actors(p) if a.kind == "place" and a.country]
                if got:
                    d.actor = [replace(got[0], sector="UAF", kind="sector")]
                    d.rule.append(f"actor: unidentified, from '{p.text}'")
                    return
        if ch.dep_ in ("prep", "agent") and ch.lower_ in ("in", "by", "during"):
            for p in ch.children:
                if p.dep_ == "pobj":
                    armed = [a for a in ctx.roles.np_actors(p) if a.sector in ("MIL", "UAF", "COP", "REB")]
                    if armed:  # "killed in Israeli tank fire"
                        d.actor = armed
                        d.rule.append(f"actor from '{p.text}'")
                        return
                ne = noun_entry(p, ctx.lex) if p.dep_ == "pobj" else None
                if ne is not None and ne.type == "ASSAULT":
                    nc = Candidate(p, ne, "noun", [p.i], noun=p)
                    actor, _ = noun_roles(ctx, nc)
                    if actor:
                        d.actor = actor
                        if not d.mode and ne.mode:
                            d.mode, d.cameo = ne.mode, ne.cameo
                        d.rule.append(f"actor from '{p.text}'")
                        return


def content_of_head(e: EventContext, d: Draft) -> None:
    """A head verb takes detail from the events in its complement (or purpose clause):
    a more precise CAMEO code, a threat's nature, a missing recipient."""
    ctx, c = e.story, e.cand
    if d.etype == "THREATEN" or c.head.lemma_.lower() in ("threaten", "warn"):
        cond = condition_subject(ctx, c)
        if cond:
            d.recipient = cond
            d.rule.append("recipient: the one the threat's condition names")
    if not c.content:
        return
    inner = min(c.content, key=lambda x: abs(x.head.i - c.head.i))
    if not d.recipient and d.etype not in ("CONSULT",):
        inner_actor, got = verb_roles(ctx, inner) if inner.kind == "verb" else noun_roles(ctx, inner)
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
            d.etype, d.mode, d.cameo = "THREATEN", readings()["threat_mode"][it], readings()["threat_cameo"][it]
            d.rule.append(f"intent to {it.lower()} is a threat")
        elif d.etype == "AGREE" and it in readings()["agree_cameo"]:
            d.cameo = readings()["agree_cameo"][it]
    elif d.etype == "REQUEST":
        d.mode = readings()["request_mode"].get(it, "change")
        d.cameo = readings()["request_cameo"].get(it, d.cameo)

    elif d.etype == "REJECT":
        d.mode = readings()["request_mode"].get(it, "change")


def reported_speech(e: EventContext, d: Draft) -> None:
    """'X said Y must V' is a demand by X on Y; otherwise the saying is transparent."""
    ctx, c = e.story, e.cand
    said = reporting_verb(ctx, c.head)
    if said is None:
        return
    verb = clause_verb(ctx, c.head)
    modal = next((k for k in verb.children if k.dep_ == "aux" and k.lower_ in DEONTIC), None)
    has_to = any(k.dep_ == "xcomp" for k in verb.children) and verb.lemma_ in ("have", "need")
    if (modal is not None or has_to) and d.etype not in ("REQUEST", "THREATEN", "ACCUSE", "REJECT"):
        speaker, _ = subject(ctx, said)
        if speaker:
            d.recipient = d.actor or d.recipient
            d.actor = speaker
            d.mode = readings()["request_mode"].get(d.etype, "change")
            d.cameo = readings()["request_cameo"].get(d.etype, "100")
            d.rule.append(f"'{said.text} ... {modal.text if modal else 'has to'}': a demand")
            d.etype = "REQUEST"
            d.aux.discard("future")
            d.aux.discard("hypothetical")
    if said.lemma_.lower() in ("claim", "contend") and d.etype in COERCIVE and d.actor:
        speaker, _ = subject(ctx, said)
        if speaker and not {a.country for a in speaker} & {a.country for a in d.actor}:
            d.rule.append(f"'{said.text}' that another did {d.etype.lower()}: an accusation")
            d.etype, d.mode, d.cameo = "ACCUSE", "allege", "112"
            d.recipient, d.actor = d.actor, speaker
            return
    if not d.actor:
        speaker, _ = subject(ctx, said)
        # "Iraq said it would ...", "rebel leaders said they would ...": the speaker speaks of
        # itself; "they" after a singular speaker ("The US claimed that they ...") is someone else
        subj = next((k for k in said.children if k.dep_ == "nsubj"), None)
        plural = subj is not None and (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children))
        pron = [k for k in verb.children if k.dep_ == "nsubj" and (
            k.lower_ in ("it", "we", "i") or (k.lower_ == "they" and plural))]
        if pron and speaker:
            d.actor = speaker
            d.rule.append("actor is the speaker")


def actor_kind(e: EventContext, d: Draft) -> None:
    """Who acts can change what the act is: a government that 'protests' lodges a diplomatic
    protest (ACCUSE, as PLOVER says), a government's boycott is a sanction, and protesters who
    wreck property vandalize (PROTEST) rather than assault."""
    if d.etype == "ASSAULT" and d.mode in ("destroy", "") and d.actor and all(
            a.sector in ("CVL", "OPP", "LAB", "EDU") for a in d.actor) and any(
            w in a.text.lower() for a in d.actor for w in ("protest", "demonstrat", "rioter", "mob")):
        # protesters who wreck property or storm a building riot; they do not wage an assault
        destroy = d.mode == "destroy"
        d.etype, d.mode, d.cameo = "PROTEST", "vandalize" if destroy else "riot", "145"
        d.rule.append("protesters destroying or storming: PROTEST (" + d.mode + ")")
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


def military_arrival(e: EventContext, d: Draft) -> None:
    """Troops that 'arrive' or 'visit' are deployed, not paying a visit; peacekeepers
    arriving are military protection (AID, CAMEO 074)."""
    c = e.cand
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


def object_readings(e: EventContext, d: Draft) -> None:
    """What the object makes of the act: missiles launched at no one are a test (MOBILIZE);
    a business or arms agreement signed is material cooperation (COOPERATE); an envoy
    ordered to leave is expelled (SANCTION)."""
    ctx, c = e.story, e.cand
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
                and any(ctx.roles.np_actors(p) for p in ch.children if p.dep_ == "pobj")
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


def done_in_protest(e: EventContext, d: Draft) -> None:
    """'refused to report for duty in protest at ...': an act done in protest is a PROTEST."""
    c = e.cand
    if d.etype == "PROTEST" or c.kind != "verb":
        return
    for t in c.head.subtree:
        if t.lemma_.lower() == "protest" and t.dep_ == "pobj" and t.head.lower_ in ("in", "as"):
            d.rule.append(f"{d.etype} done in protest is a PROTEST")
            d.etype, d.mode, d.cameo = "PROTEST", "strike" if d.etype == "REJECT" else "demo", "140"
            return


def fallback_recipient(e: EventContext, d: Draft) -> None:
    ctx, c = e.story, e.cand
    loc = e.loc
    if d.recipient:
        return
    if d.etype == "THREATEN":
        d.recipient = condition_subject(ctx, c)
        if d.recipient:
            d.rule.append("recipient: the one the threat's condition names")
            return
    if loc is not None and d.etype in ("CONSULT", "PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "CONCEDE") \
            and (d.etype != "CONSULT" or d.mode == "visit"):
        host = country_actor(ctx, loc)
        if host and d.etype == "CONSULT" and any(a.country == host.country for a in d.actor):
            host = None  # a visit is to someone else's country
        if host:
            if d.etype != "CONSULT":
                host = replace(host, sector="")  # the people there, not their government
            d.recipient = [host]
            d.rule.append("recipient from the place")
            return
    if d.actor and d.etype != "CONSULT":
        d.recipient = clause_actors(ctx, clause_verb(ctx, c.head), d.actor, venue=d.etype in VENUE_TYPES)
        if d.recipient:
            d.rule.append("recipient from the clause")


def future_and_conditional(e: EventContext, d: Draft) -> None:
    """PLOVER: a future CONSULT/SUPPORT/COOPERATE/AID is an AGREE; a conditional or future
    coercive act aimed at someone is a THREATEN."""
    ctx, c = e.story, e.cand
    future = bool(d.aux & {"future", "hypothetical"})
    if future and "negation" in d.aux and d.etype in COOPERATIVE | {"AGREE", "RETREAT"}:
        # "will not allow", "would not give permission": a refusal
        d.rule.append(f"refusal: negated future {d.etype} is REJECT")
        d.mode = readings()["request_mode"].get(d.etype, "")
        d.cameo = readings()["refusal_cameo"].get(d.etype, "120")
        d.etype = "REJECT"
        d.aux -= {"negation", "future", "hypothetical"}
        return
    if not future or "negation" in d.aux:
        return
    promised = d.etype == "RETREAT" and reporting_verb(ctx, c.head) is not None
    if d.etype in COOPERATIVE or promised:
        d.rule.append(f"future {d.etype} is AGREE" + (" (an announced concession)" if promised else ""))
        d.cameo = readings()["agree_cameo"].get(d.etype, "030")
        d.etype, d.mode = "AGREE", ""
        return
    said = reporting_verb(ctx, c.head)
    warned = [a for ch in (said.children if said is not None else ()) if ch.dep_ in ("dobj", "dative")
              for a in ctx.roles.np_actors(ch)]
    if d.etype in COERCIVE and (d.recipient or warned) and (
            "hypothetical" in d.aux or d.etype in ("ASSAULT", "COERCE") or c.intent):
        # a conditional or announced use of force or repression is a threat; an announced
        # sanction stays a (future) sanction
        d.rule.append(f"future {d.etype} is THREATEN")
        if warned:  # "Moscow warned Tbilisi that it would respond ...": Tbilisi is threatened
            d.recipient = warned
        d.mode, d.cameo = readings()["threat_mode"][d.etype], readings()["threat_cameo"][d.etype]
        d.etype = "THREATEN"


def solo_exercise(e: EventContext, d: Draft) -> None:
    """PLOVER: joint exercises are COOPERATE; one country's exercises are MOBILIZE."""
    c = e.cand
    if d.etype != "COOPERATE" or d.cameo != "062":
        return
    countries = {a.country for a in d.actor + d.recipient if a.country}
    joint = any(t.lower_ in ("joint", "together", "combined", "bilateral", "with") for t in c.head.subtree)
    if len(countries) <= 1 and not joint:
        d.etype, d.mode, d.cameo = "MOBILIZE", "troops", "150"
        d.rule.append("one country's exercise is MOBILIZE")


def place_unnamed_bodies(e: EventContext, d: Draft) -> None:
    place_unplaced(e.story, d, e.sent, e.loc)


def _where(e: EventContext, d: Draft) -> Location | None:
    """Where the act happened: its own place, else a place phrase of its sentence that no
    party stands on."""
    if e.loc is not None:
        return e.loc
    ctx, sent = e.story, e.sent
    taken = [(a.start, a.end) for a in d.actor + d.recipient]
    return next((p for p in ctx.places if sent.start_char <= p.start < sent.end_char
                 and not any(s <= p.start < x for s, x in taken) and in_place_phrase(ctx, p)), None)


def _has_agent(e: EventContext) -> bool:
    return any(ch.dep_ == "agent" for ch in e.cand.head.children)


def authorities_where_it_happened(e: EventContext, d: Draft) -> None:
    """An arrest or curfew with no one named as its author: the authorities of the place."""
    if d.actor or d.etype != "COERCE" or d.mode not in ("arrest", "deport", "curfew", "censor", "restrict") \
            or _has_agent(e):
        return
    where = _where(e, d)
    if where is not None and where.country:
        d.actor = [Actor("the authorities", e.story.roles.tables.country_name(where.country), where.country,
                         "GOV", "sector", -1, -1)]
        d.rule.append("actor: the authorities where it happened")


def unidentified_attackers(e: EventContext, d: Draft) -> None:
    """An attack by no one named: unidentified armed forces where it happened (as ICEWS does)."""
    if d.actor or d.etype != "ASSAULT" or _has_agent(e):
        return
    where = _where(e, d)
    if where is not None and where.country:
        d.actor = [Actor("unidentified attackers", e.story.roles.tables.country_name(where.country), where.country,
                         "UAF", "sector", -1, -1)]
        d.rule.append("actor: unidentified, placed where the attack happened")


def no_self_recipient(e: EventContext, d: Draft) -> None:
    """One does not act on oneself, nor on one's own ('withdrew its troops')."""
    own = {a.country for a in d.actor}
    d.recipient = [r for r in d.recipient if not any(r.key() == a.key() and r.sector == a.sector for a in d.actor)
                   and not (r.country in own and r.text.lower().split()[:1] in (["its"], ["their"], ["his"],
                                                                                ["her"], ["our"]))]


def needs_a_party(e: EventContext, d: Draft) -> None:
    if not d.actor and not d.recipient:
        d.dropped = "no actor or recipient found"


def no_assault_by_things(e: EventContext, d: Draft) -> None:
    if d.etype == "ASSAULT" and e.cand.kind == "verb" and caused_by_a_thing(e.story, e.cand):
        d.dropped = "a death caused by a thing (a crash, a storm), not an attack"


# ---- words that look like events and are not (data/events/non_events.tsv) -------------------

def _ancestors(tok: Token, steps: int = 5) -> list[Token]:
    out = []
    t = tok
    for _ in range(steps):
        if t.head.i == t.i:
            break
        t = t.head
        out.append(t)
    return out


def only_mentioned(e: EventContext, d: Draft) -> None:
    """'made no reference to joint exercises', 'speculation that he plans to ...', 'fears of an
    attack', 'a request for comment': the act is spoken of, not told as done."""
    lex, c = e.story.lex, e.cand
    node = c.noun if c.noun is not None else c.head
    for a in _ancestors(node, 6):
        if a.pos_ in ("NOUN", "PROPN") and lex.is_("mention", a.lemma_.lower()) and a.i not in c.tokens:
            d.dropped = f"only spoken of (under '{a.text}'), not told as done"
            return
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "advcl", "conj"):
            break  # the clause that governs it is its own: stop climbing
    for ch in node.children:
        if ch.dep_ == "prep" and ch.lower_ == "for" and any(
                p.lemma_.lower() == "comment" for p in ch.children if p.dep_ == "pobj"):
            d.dropped = "a request for comment is no demand"
            return


def denied(e: EventContext, d: Draft) -> None:
    """'showed no interest in giving up his weapons', 'failed to reach an agreement', 'stopped short
    of condemning': the act did not happen."""
    lex, c = e.story.lex, e.cand
    node = c.noun if c.noun is not None else c.head
    for a in _ancestors(node, 4):
        if a.pos_ == "NOUN" and lex.is_("negator", a.lemma_.lower()) and any(
                k.dep_ == "det" and k.lower_ == "no" for k in a.children):
            d.aux.add("negation")
            d.rule.append(f"denied by 'no {a.text}'")
            return
        if a.pos_ in ("VERB", "AUX"):
            lemma = a.lemma_.lower()
            short = any(k.lower_ == "short" for k in a.children)
            if lex.is_("failer", lemma) or (short and lex.is_("failer", f"{lemma} short")):
                d.aux.add("negation")
                d.rule.append(f"not done ('{a.text}')")
                return
            if a.dep_ not in ("xcomp", "pcomp", "prep", "pobj", "acl"):
                return
        elif a.dep_ not in ("prep", "pobj", "pcomp", "acl", "dobj", "xcomp"):
            return


def figurative(e: EventContext, d: Draft) -> None:
    """'fight a trade war', 'a war of words', 'a legal battle': no force is used."""
    if d.etype not in ("ASSAULT", "SANCTION"):
        return
    lex, c = e.story.lex, e.cand
    nouns = [c.noun] if c.noun is not None else [o for o in c.head.children if o.dep_ in ("dobj", "obj")]
    for n in nouns:
        for ch in n.children:
            word = ch.lemma_.lower()
            if ch.dep_ in ("compound", "amod", "nmod") and lex.is_("figure", word) and not (
                    d.etype == "SANCTION" and word in ("trade", "tariff")):
                d.dropped = f"'{ch.text} {n.text}' is a figure of speech"
                return
            if ch.dep_ == "prep" and ch.lower_ == "of" and any(
                    lex.is_("figure", p.lemma_.lower()) for p in ch.children if p.dep_ == "pobj"):
                d.dropped = f"'{n.text} of ...' is a figure of speech"
                return


def standing_state(e: EventContext, d: Draft) -> None:
    """'the war in Ukraine has driven up prices', 'sanctions on Russia will remain in place': a noun
    that names a standing state is a new event only when a party to it is named."""
    c = e.cand
    if c.kind != "noun" or c.noun is None or not e.story.lex.is_("standing", c.noun.lemma_.lower()):
        return
    from .participants import MANY_COUNTRIES

    if not any(a.country or a.kind != "sector" or MANY_COUNTRIES.search(a.text) for a in d.actor):
        d.dropped = f"'{c.noun.text}' names a standing state, with no party to it named"


def met_with_force(e: EventContext, d: Draft) -> None:
    """'police met the protesters with tear gas': force, not a meeting (ASSAULT, crowd-control)."""
    c = e.cand
    if d.etype != "CONSULT" or c.kind != "verb" or c.head.lemma_.lower() != "meet":
        return
    lex = e.story.lex
    for ch in c.head.children:
        if ch.dep_ == "prep" and ch.lower_ == "with":
            for p in ch.children:
                words = {p.lemma_.lower(), " ".join(t.lower_ for t in p.subtree if t.dep_ != "det")}
                if p.dep_ == "pobj" and any(lex.is_("force", w) for w in words):
                    d.etype, d.mode, d.cameo = "ASSAULT", "crowd-control", "175"
                    d.rule.append(f"met with '{p.text}': force against a crowd")
                    return


def press_is_no_counterpart(e: EventContext, d: Draft) -> None:
    """'speaking to reporters', 'told a news conference': talking to the press is no consultation."""
    if d.etype != "CONSULT" or not d.recipient:
        return
    lex = e.story.lex
    if all(r.sector == "JRN" or any(lex.is_("press", w.lower().rstrip("s")) for w in r.text.split())
           for r in d.recipient):
        d.dropped = "talking to the press is no consultation"


def crowds_do_not_visit(e: EventContext, d: Draft) -> None:
    """'100,000 displaced people arrived in the capital': people on the move pay no visit."""
    if d.etype == "CONSULT" and d.mode == "visit" and d.actor and all(
            a.sector in ("CVL", "REF") or a.kind == "people" for a in d.actor):
        d.dropped = "civilians arriving somewhere pay no visit"


CROWD_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd", "crowds", "people",
               "resident", "residents", "demonstrator", "demonstrators", "protester", "protesters", "marcher",
               "marchers", "student", "students", "worker", "workers", "citizen", "citizens", "supporter",
               "supporters", "many", "tens", "million", "millions", "throng", "throngs", "women", "youth", "youths"}


def crowd_protesters(e: EventContext, d: Draft) -> None:
    """'Thousands took to the streets': the crowd protests (civilians, placed where it marches)."""
    c = e.cand
    if d.etype != "PROTEST" or d.actor:
        return
    verb = c.head
    for ch in verb.children:
        if ch.dep_ == "nsubj" and (ch.lemma_.lower() in CROWD_WORDS or ch.lower_ in CROWD_WORDS or
                                   ch.pos_ == "NUM" or ch.ent_type_ == "CARDINAL"):
            start = min(t.idx for t in ch.subtree)
            end = max(t.idx + len(t) for t in ch.subtree)
            d.actor = [Actor(e.story.text[start:end], "protesters", "", "CVL", "sector", start, end)]
            d.rule.append(f"actor: the crowd '{ch.text}'")
            return


JUDICIAL = {("SANCTION", "convict"): ("a court", "JUD"), ("COERCE", "arrest"): ("the authorities", "GOV")}


def judicial_actor(e: EventContext, d: Draft) -> None:
    """'X was sentenced to five years', 'two journalists were detained': the state's courts or
    authorities act; of the country of the one sentenced, else where it happened, else the story's."""
    who = JUDICIAL.get((d.etype, d.mode))
    if who is None or d.actor or _has_agent(e):
        return
    country = next((r.country for r in d.recipient if r.country and r.country not in ("IGO", "NGO", "IMG")), "")
    country = country or (e.loc.country if e.loc is not None else "")
    if not country:
        from .participants import place_country

        country = place_country(e.story)
    if country:
        d.actor = [Actor(who[0], e.story.roles.tables.country_name(country), country, who[1], "sector", -1, -1)]
        d.rule.append(f"actor: {who[0]} of {country} (a judicial act told in the passive)")


MEASURES = {"sanction", "measure", "tariff", "restriction", "ban", "embargo", "penalty", "duty", "levy"}


def measure_as_subject(e: EventContext, d: Draft) -> None:
    """'The sanctions target two oil companies': a measure that hits someone is a SANCTION."""
    c = e.cand
    if d.etype != "ASSAULT" or c.kind != "verb":
        return
    subj = next((ch for ch in c.head.children if ch.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in MEASURES:
        d.etype, d.mode, d.cameo = "SANCTION", "", "163"
        d.actor = e.story.roles.owner_actors(subj) if not d.actor else d.actor
        d.rule.append(f"'{subj.text}' hitting someone is a sanction")


READY_WORDS = {"open", "ready", "willing", "prepared", "amenable", "receptive", "eager", "keen"}


def open_to(e: EventContext, d: Draft) -> None:
    """'Iran is open to talks with the US': willingness to meet or cooperate is an AGREE (PLOVER)."""
    c = e.cand
    if c.kind != "noun" or c.noun is None or d.etype not in readings()["agree_cameo"]:
        return
    n = c.noun
    if n.dep_ == "pobj" and n.head.lower_ in ("to", "for") and n.head.head.lemma_.lower() in READY_WORDS:
        adj = n.head.head
        d.rule.append(f"'{adj.text} to {n.text}': willingness, an AGREE")
        d.cameo = readings()["agree_cameo"].get(d.etype, "030")
        d.etype, d.mode = "AGREE", ""
        if not d.actor:
            cop = adj.head if adj.dep_ in ("acomp", "amod", "oprd") else adj
            d.actor = next((ctx_np for ch in cop.children if ch.dep_ == "nsubj"
                            for ctx_np in [e.story.roles.np_actors(ch)] if ctx_np), [])
        d.aux -= {"future", "hypothetical"}


def told_as_possible(e: EventContext, d: Draft) -> None:
    """Acts inside an 'if' clause, or still only possible ('could meet'), did not happen: kept
    with the mode 'hypothetical' at low confidence (left out by default)."""
    c = e.cand
    node = c.noun if c.noun is not None else c.head
    for a in [node, *_ancestors(node, 4)]:
        if a.dep_ == "advcl" and advcl_condition(a):
            d.aux.add("hypothetical")
            break
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("xcomp", "ccomp", "conj", "pcomp"):
            break
    if "hypothetical" in d.aux and d.etype not in ("THREATEN", "AGREE", "REQUEST"):
        d.cap = BACKGROUND_CONFIDENCE
        d.rule.append("told only as possible")
    if "negation" in d.aux:
        d.cap = BACKGROUND_CONFIDENCE
        d.rule.append("negated: not done")


# The rules in the order they run: readings of the act first (they may change its type),
# then missing parties, PLOVER's future rules, and last the checks that drop a candidate.
RULES: list[Rule] = [
    only_mentioned,
    figurative,
    denied,
    met_with_force,
    measure_as_subject,
    open_to,
    mode_from_subject,
    attacker_from_subject_noun,
    attacker_from_attack_noun,
    content_of_head,
    reported_speech,
    actor_kind,
    military_arrival,
    object_readings,
    done_in_protest,
    fallback_recipient,
    future_and_conditional,
    solo_exercise,
    crowd_protesters,
    standing_state,
    place_unnamed_bodies,
    judicial_actor,
    authorities_where_it_happened,
    unidentified_attackers,
    no_self_recipient,
    press_is_no_counterpart,
    crowds_do_not_visit,
    told_as_possible,
    needs_a_party,
    no_assault_by_things,
]


def draft(e: EventContext) -> Draft:
    """The event as the lexicon entry and the parse give it, before any rule."""
    ctx, c = e.story, e.cand
    actor, recipient = verb_roles(ctx, c) if c.kind == "verb" else noun_roles(ctx, c)
    d = Draft(c.etype, c.entry.mode, c.entry.cameo, actor, recipient, rule=[c.entry.source])
    if c.kind == "light":
        d.rule.append(f"support verb '{c.light_verb or c.head.lemma_}'")
    from .circumstances import aux_modes

    d.aux = aux_modes(ctx, c)
    if c.intent:
        d.aux.add("future")
        d.rule.append("intent (wanted or hoped for)")
    return d


def apply_rules(e: EventContext, rules: list[Rule] | None = None) -> Draft:
    d = draft(e)
    for rule in RULES if rules is None else rules:
        rule(e, d)
        if d.dropped:
            break
    return d
