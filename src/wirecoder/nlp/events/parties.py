"""Rules that find a party the parse did not give: attackers named by their attack, recipients of
threats and visits, unnamed bodies placed where the act happens, courts and authorities of passive acts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...model import Actor, Location
from ..actors import RELATION_NOUNS
from ..triggers import Candidate, match_verb, noun_entry
from .circumstances import clause_verb, in_place_phrase, reporting_verb
from .participants import (
    VENUE_TYPES,
    clause_actors,
    condition_subject,
    country_actor,
    noun_roles,
    place_unplaced,
    subject,
)
from .story import (
    COERCIVE,
    CROWD_WORDS,
    WEAPONS,
    Draft,
    EventContext,
    Story,
)


def attackers_in_modifiers(roles, noun: Token) -> list[Actor]:
    """The attacker an attack noun names in its modifiers: 'Russian shelling', 'US drone strikes' (the
    country on the compound before the weapon), 'a Saudi-led airstrike' (the leader; fix-U5). A city
    naming the attack ("the Bali bombings") is where it was, no attacker (real news set J)."""
    mods = [m for m in noun.children if m.dep_ in ("amod", "compound", "poss")]
    # "US drone strikes": the country hangs on the weapon word ("drone"), not on "strikes"
    mods += [k for m in mods if m.dep_ == "compound" for k in m.children if k.dep_ == "compound"]
    # "a Saudi-led airstrike": the one who led it
    mods += [k for m in mods if m.dep_ == "amod" and m.lower_ == "led" for k in m.children
             if k.dep_ in ("npadvmod", "compound", "nmod", "amod")]
    got: list[Actor] = []
    for m in mods:
        for a in roles.np_actors(m) if m.lower_ != "led" else ():
            if a.country and (m.dep_ == "poss" or a.kind not in ("place", "capital")) and \
                    not any(b.country == a.country for b in got):
                got.append(replace(a, sector=a.sector or "MIL"))
    return got


def attacker_from_subject_noun(e: EventContext, d: Draft) -> None:
    """'Russian shelling killed three civilians', 'an Israeli air strike hit ...': an attack or a
    weapon named as the subject carries its attacker in its modifiers."""
    c = e.cand
    if d.etype != "ASSAULT" or c.kind not in ("verb", "noun"):
        return
    roles = e.story.roles
    if c.kind == "noun":
        # fix-U5: "condemned yesterday's US drone strikes": the country on the weapon word
        got = attackers_in_modifiers(roles, c.head) if not d.actor else []
        if got:
            d.actor = got
            d.rule.append(f"actor from the modifiers of '{c.head.text}'")
        return
    for ch in c.head.children:
        # "Russian shelling" is often parsed as a gerund: a verb with the attacker as its modifier
        if ch.dep_ not in ("nsubj", "csubj") or ch.pos_ not in ("NOUN", "VERB"):
            continue
        # fix-U5: "US drone strikes in North Waziristan killed ...": the attack phrase itself read as a
        # party ("drone" a military word, placed where the strikes were); its modifier names the attacker
        if d.actor and not all(a.start <= ch.idx < a.end for a in d.actor):
            return
        ne = noun_entry(ch, e.story.lex)
        if (ne is not None and ne.type == "ASSAULT") or ch.lemma_.lower() in WEAPONS or ch.lower_ in WEAPONS:
            got = attackers_in_modifiers(roles, ch)
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


WAR_NOUNS = {"invasion", "war", "offensive", "assault", "bombardment", "incursion", "occupation", "attack",
             "campaign", "operation", "conflict", "fighting", "siege"}


def attacker_of_the_war(e: EventContext, d: Draft) -> None:
    """'198 people had been killed since the invasion began', 'killed during the offensive': the
    war the sentence names without its side is the one the story named with it before
    ("Russia's invasion")."""
    ctx, c = e.story, e.cand
    if d.actor or d.etype != "ASSAULT" or c.kind != "verb" or _has_agent(e):
        return
    nouns = [t for t in e.sent if t.lemma_.lower() in WAR_NOUNS and t.pos_ == "NOUN" and t.i != c.head.i
             and not any(k.dep_ in ("poss", "amod", "compound") and ctx.roles.np_actors(k) for k in t.children)]
    for n in nouns:
        for t in ctx.doc[: e.sent.start]:
            if t.lemma_.lower() != n.lemma_.lower():
                continue
            got = [a for k in t.children if k.dep_ in ("poss", "amod", "compound") for a in ctx.roles.np_actors(k)
                   if a.country]
            if got:
                d.actor = got
                d.rule.append(f"actor: the side of the {n.lower_} named earlier in the story")
                return


MISSIONS = {"embassy", "consulate", "mission", "legation", "chancery"}


def embassy_country(ctx: Story, c: Candidate) -> list[Actor]:
    """'rallied outside the Swedish embassy', 'in front of the Russian embassy': a crowd at an
    embassy protests against the country it represents."""
    for t in c.head.subtree:
        if t.lemma_.lower() not in MISSIONS or t.dep_ != "pobj":
            continue
        if not any(a.i == c.head.i for a in t.ancestors):
            continue
        got = [a for ch in t.children if ch.dep_ in ("amod", "compound", "poss", "nmod")
               for a in ctx.roles.np_actors(ch) if a.country]
        if got:
            return [replace(a, sector="GOV") for a in got]
    return []


MISSION_PARTS = {"door", "gate", "gates", "flag", "wall", "walls", "compound", "building", "grounds", "fence"}


def attacked_embassy(e: EventContext, d: Draft) -> None:
    """'protesters stormed the Saudi embassy in Tehran', 'tore down the flag of the Danish embassy',
    'smashed the gate of the French embassy': an attack on a mission (or its door, gate or flag) is
    aimed at the country it represents, not at the city it stands in (fix-W)."""
    c = e.cand
    if d.etype not in ("PROTEST", "ASSAULT", "COERCE") or c.kind != "verb":
        return
    objs = [k for k in c.head.children if k.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [p for k in c.head.children if k.dep_ == "prep" and k.lower_ in ("on", "into", "at", "to")
             for p in k.children if p.dep_ == "pobj"]  # ("set fire to the gate")
    for o in objs:
        mission = o if o.lemma_.lower() in MISSIONS else None
        if mission is None and o.lower_ in MISSION_PARTS:
            mission = next((p for k in o.children if k.dep_ == "prep" and k.lower_ == "of"
                            for p in k.children if p.dep_ == "pobj" and p.lemma_.lower() in MISSIONS), None)
            mission = mission or next((k for k in o.children if k.dep_ in ("compound", "poss")
                                       and k.lemma_.lower() in MISSIONS), None)
        # "rallied outside the French embassy in Niamey, where some set fire to a door" (or "tried to
        # force their way in"): the door of, or the way into, the mission the clause hangs on
        way_in = o.lemma_.lower() == "way"
        if mission is None and (way_in or (o.lower_ in MISSION_PARTS and any(
                k.dep_ == "det" and k.lower_ in ("a", "an", "the") for k in o.children))):
            t = c.head
            for _ in range(6):
                if t.head.i == t.i:
                    break
                t = t.head
                if t.lemma_.lower() in MISSIONS:
                    mission = t
                    break
                # ("gathered outside the Swedish embassy on Thursday, where ...": the parser may hang the
                # 'where' on the day; the mission is then where the governing act took place)
                mission = next((p for k in t.children if k.dep_ == "prep" and k.lower_ in ("outside", "at", "near")
                                for p in k.children if p.dep_ == "pobj" and p.lemma_.lower() in MISSIONS), None)
                if mission is not None:
                    break
        if mission is None:
            continue
        got = [a for ch in mission.children if ch.dep_ in ("amod", "compound", "poss", "nmod")
               for a in e.story.roles.np_actors(ch) if a.country]
        if got:
            d.recipient = [replace(a, sector="GOV") for a in got]
            d.rule.append(f"recipient: the country whose {mission.lower_} was attacked")
            return


# the forces a state moves: the thing moved, not whom the act is aimed at
MOVED_FORCES = {"troop", "soldier", "force", "unit", "battalion", "brigade", "division", "reinforcement", "army",
                "tank", "warship", "ship", "jet", "aircraft", "bomber", "submarine", "carrier", "destroyer",
                "marine", "police", "militia", "guard", "contingent"}


def own_forces_are_no_recipient(e: EventContext, d: Draft) -> None:
    """'the president ordered troops to the border', 'Russia sent troops to its border with Ukraine':
    one's own forces moved are the means of a MOBILIZE, never its recipient; the other side named in
    the clause is (left to the fallback), or no one (real news set J)."""
    c = e.cand
    if d.etype != "MOBILIZE" or c.kind not in ("verb", "light") or not d.recipient:
        return
    own = {a.country for a in d.actor if a.country}
    objs = [o for o in c.head.children if o.dep_ in ("dobj", "obj")]
    # "sent thousands of troops": the forces inside a number
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in objs
             if o.lemma_.lower() in MOVED_FORCES or any(
                 p.dep_ == "prep" and p.lower_ == "of" and any(
                     q.dep_ == "pobj" and q.lemma_.lower() in MOVED_FORCES for q in p.children)
                 for p in o.children)]
    if not spans:
        return
    moved = [a for a in d.recipient if any(s <= a.start < t for s, t in spans) and a.kind == "sector"
             and (not a.country or a.country in own or not own)]
    if moved:
        d.recipient = [a for a in d.recipient if a not in moved]
        d.rule.append(f"'{moved[0].text}': one's own forces moved, no recipient")


def fallback_recipient(e: EventContext, d: Draft) -> None:
    ctx, c = e.story, e.cand
    loc = e.loc
    if d.recipient:
        return
    if d.etype == "THREATEN" or (d.etype in COERCIVE and "hypothetical" in d.aux):
        # "would strike forcefully if Hezbollah violated the truce": the one the condition names
        d.recipient = condition_subject(ctx, c)
        if d.recipient:
            d.rule.append("recipient: the one the threat's condition names")
            return
    if d.etype in ("ASSAULT", "COERCE") and c.kind in ("verb", "light"):
        # "police fired tear gas to disperse the protesters": whom the force is used on is in its purpose
        for ch in c.head.children:
            if ch.dep_ in ("advcl", "xcomp") and any(k.dep_ == "aux" and k.lower_ == "to" for k in ch.children):
                objs = [o for o in ch.children if o.dep_ in ("dobj", "obj")]
                got = [a for o in objs for a in ctx.roles.np_actors(o)]
                if not got:  # "to disperse a protest": the protesters
                    got = [Actor(o.text, "protesters", "", "CVL", "sector", o.idx, o.idx + len(o)) for o in objs
                           if (ne := noun_entry(o, ctx.lex)) is not None and ne.type == "PROTEST"]
                if got:
                    d.recipient = got
                    d.rule.append(f"recipient: whom '{ch.text}' is done to")
                    return
    if d.etype == "PROTEST":
        envoy = embassy_country(ctx, c)
        if envoy:
            d.recipient = envoy
            d.rule.append("recipient: the country whose embassy the crowd faced")
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


def _own_forces_unplaced(a: Actor) -> bool:
    """Forces named with no country ('troops'), or as 'its forces' (whose 'its' is the reporting
    body, whatever body the text named last)."""
    return a.sector == "MIL" and (
        (not a.country and a.kind == "sector") or (a.kind in ("sector", "org") and a.text.lower().startswith("its ")))


def forces_of_the_reporting_body(e: EventContext, d: Draft) -> None:
    """'Pakistan's army said troops neutralized eight militants': forces named with no country in a
    clause a state's army or ministry reports are its own forces, not of the place where they fight
    (task M5, real news set M). The body that reports stays the source, never a party itself."""
    ctx, c = e.story, e.cand
    if not any(_own_forces_unplaced(a) for a in d.actor):
        return
    said = reporting_verb(ctx, c.head)
    if said is None:
        return
    speakers, _ = subject(ctx, said)
    homes = {a.country for a in speakers if a.country}
    if len(homes) != 1 or homes & {"IGO", "NGO", "IMG"} or not all(
            a.sector in ("GOV", "MIL", "") and a.kind in ("country", "adjective", "sector", "org", "seat")
            for a in speakers):
        return
    home = homes.pop()
    for i, a in enumerate(d.actor):
        if _own_forces_unplaced(a) and a.country != home:
            d.actor[i] = replace(a, country=home, name=ctx.roles.tables.country_name(home))
            d.rule.append(f"'{a.text}' of {home}, the body that reports what they did")


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


def _placed_where_it_happened(e: EventContext, d: Draft, text: str, sector: str, why: str,
                              story_wide: bool = False) -> None:
    where = _where(e, d)
    country = where.country if where is not None else ""
    if not country and story_wide:
        # "gunshots were reported near the residence", "the coup had been foiled": no place in the
        # sentence; the country the story is clearly about (named at least twice, twice as often as
        # any other) is where it happened (real news set H)
        counts = _country_counts(e.story, COUNTRY_KINDS)
        top = sorted(counts, key=lambda k: -counts[k])[:2]
        if top and counts[top[0]] >= 2 and (len(top) < 2 or counts[top[1]] * 2 <= counts[top[0]]):
            country = top[0]
            why += " (the story's country)"
    if country:
        d.actor = [Actor(text, e.story.roles.tables.country_name(country), country, sector, "sector", -1, -1)]
        d.rule.append(why)


def authorities_where_it_happened(e: EventContext, d: Draft) -> None:
    """An arrest or curfew with no one named as its author: the authorities of the place."""
    foiled = e.cand.kind == "verb" and e.cand.head.lemma_.lower() in ("foil", "thwart")  # "a coup was foiled"
    if d.actor or d.etype != "COERCE" or (d.mode not in ("arrest", "deport", "curfew", "censor", "restrict")
                                          and not foiled) or _has_agent(e):
        return
    cut_off = d.mode in ("censor", "restrict") and e.cand.kind == "verb" and any(
        k.dep_ in ("nsubjpass", "auxpass") for k in e.cand.head.children)
    _placed_where_it_happened(e, d, "the authorities", "GOV", "actor: the authorities where it happened",
                              story_wide=foiled)
    theirs = {a.country for a in d.recipient if a.country and a.country not in ("IGO", "NGO", "IMG")}
    if not d.actor and cut_off:
        # fix-U5: "phone and internet links in Khartoum were cut off": a state cuts off or locks out its
        # own people; the authorities of the country of those it is done to, else where the story happens
        from .participants import place_country

        # a broadcaster cut off is silenced where it is heard, whoever owns it ("French radio RFI was cut in the
        # capital"): censorship is placed by the story, other cuts by whose they are
        # (a named outlet: "Russian independent media" are silenced in Russia, as their own words say)
        censored = d.mode == "censor" and any(a.kind == "org" for a in d.recipient)
        country = place_country(e.story) if censored or not theirs else theirs.pop() if len(theirs) == 1 else ""
        if not country:
            return
        d.actor = [Actor("the authorities", e.story.roles.tables.country_name(country), country, "GOV", "sector",
                         -1, -1)]
        d.rule.append(f"actor: the authorities of {country}, " + (
            "where the medium was silenced" if censored else "who cut off or lock out their own")
            + " (an agentless passive)")


CHARTERS = {"constitution", "charter"}


def the_state_of_its_constitution(e: EventContext, d: Draft) -> None:
    """'the army suspended the constitution', 'the president scrapped the charter': a state's own
    constitution is no party, the state's own government is the one the act is done to; only when the
    act's doer is of one country and the constitution is not another's ('Iraq's constitution')
    (real news sets K, L, M)."""
    c = e.cand
    if d.recipient or d.etype not in ("COERCE", "REJECT", "SANCTION") or c.kind not in ("verb", "light", "noun"):
        return
    objs = [o for o in c.head.children if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() in CHARTERS]
    if c.noun is not None:
        # "announced the suspension of the constitution": what the act's noun is of
        objs += [o for p in c.noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in CHARTERS]
    own = {a.country for a in d.actor if a.country and a.country not in ("IGO", "NGO", "IMG")}
    if not objs or len(own) != 1:
        return
    named = {a.country for o in objs for ch in o.children if ch.dep_ in ("poss", "amod", "compound", "nmod")
             for a in e.story.roles.np_actors(ch) if a.country}
    country = own.pop()
    if named - {country}:
        return
    d.recipient = [Actor("the government", e.story.roles.tables.country_name(country), country, "GOV", "sector",
                         -1, -1)]
    d.rule.append(f"recipient: the government of {country}, whose constitution '{objs[0].text}' is")


COUP_WORDS = {"coup", "putsch", "mutiny"}


def soldiers_of_the_coup(e: EventContext, d: Draft) -> None:
    """'A coup was staged in Guinea', 'the coup in Niger': a coup with no one named as its author is
    the military's of the country where it happens (the soldiers of that state seize its power)."""
    if d.actor or d.etype != "COERCE" or _has_agent(e):
        return
    words = {e.story.doc[i].lemma_.lower() for i in e.cand.tokens}
    words |= {e.cand.head.lemma_.lower()} | ({e.cand.noun.lemma_.lower()} if e.cand.noun is not None else set())
    # "was ousted in a coup": the act is the coup's
    words |= {p.lemma_.lower() for k in e.cand.head.children if k.dep_ == "prep" and k.lower_ in ("in", "by")
              for p in k.children if p.dep_ == "pobj"}
    if not words & COUP_WORDS:
        return
    home = {r.country for r in d.recipient if r.country and r.country not in ("IGO", "NGO", "IMG")}
    if len(home) == 1:
        c = home.pop()
        d.actor = [Actor("the military", e.story.roles.tables.country_name(c), c, "MIL", "sector", -1, -1)]
        d.rule.append("actor: the military of the country where the coup happened")
        return
    _placed_where_it_happened(e, d, "the military", "MIL", "actor: the military where the coup happened")


# what a coup takes: "seized power", "took control of the country", "staged a coup"
SEIZED_RULE = {"power", "government", "state", "country", "presidency"}


def the_government_overthrown(e: EventContext, d: Draft) -> None:
    """'Soldiers seized power', 'the junta staged two coups', 'soldiers had taken control of power in the West
    African nation': a coup is done to the government of the country it happens in; with no one named as the
    one ousted, the recipient is that government (its soldiers' country, one country only). Real news sets M,
    O, P: coups came out with no recipient."""
    if d.recipient or d.etype != "COERCE" or d.mode != "seize":
        return
    c = e.cand
    words = {e.story.doc[i].lemma_.lower() for i in c.tokens} | {c.head.lemma_.lower()}
    if c.noun is not None:
        words.add(c.noun.lemma_.lower())
    objs = [o for o in c.head.children if o.dep_ in ("dobj", "obj")]
    # "took control of power", "seized control of the country"
    objs += [p for o in objs if o.lemma_.lower() == "control" for k in o.children if k.dep_ == "prep"
             and k.lower_ == "of" for p in k.children if p.dep_ == "pobj"]
    seized = any(o.lemma_.lower() in SEIZED_RULE for o in objs)
    if not seized and not words & COUP_WORDS:
        return
    own = {a.country for a in d.actor if a.country}
    if len(own) != 1 or own & {"IGO", "NGO", "IMG"}:
        return
    country = own.pop()
    d.recipient = [Actor("the government", e.story.roles.tables.country_name(country), country, "GOV", "sector",
                         -1, -1)]
    d.rule.append(f"recipient: the government of {country}, whose power a coup takes")


def unidentified_attackers(e: EventContext, d: Draft) -> None:
    """An attack by no one named: unidentified armed forces where it happened (as ICEWS does).
    Casualties told beside an attack by someone named ("militants fired two rockets into Israel,
    ... and two people were wounded") are that attack's."""
    if d.actor or d.etype != "ASSAULT" or _has_agent(e):
        return
    if e.cand.kind == "verb" and e.cand.head.tag_ == "VBN":
        for v in e.sent:
            if v.i == e.cand.head.i or v.pos_ != "VERB" or v.tag_ == "VBN":
                continue
            m = match_verb(v, e.story.lex)
            if m is None or m[0].type != "ASSAULT":
                continue
            attackers = [a for k in v.children if k.dep_ == "nsubj" for a in e.story.roles.np_actors(k)]
            if attackers:
                d.actor = attackers
                d.rule.append(f"actor: those who '{v.text}' in the same sentence")
                return
    witnessed = e.cand.kind == "noun" and e.cand.head.dep_ == "nsubjpass" and \
        e.cand.head.head.lemma_.lower() in ("report", "hear")  # "gunshots were reported" (sentence.py)
    _placed_where_it_happened(e, d, "unidentified attackers", "UAF",
                              "actor: unidentified, placed where the attack happened", story_wide=witnessed)


# acts between states (not a government's acts at home: curfews, arrests, protests)
BETWEEN_STATES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "SANCTION", "THREATEN", "REQUEST", "REJECT",
                  "CONCEDE"}


def _whole_state(a: Actor) -> bool:
    """A state named as a whole: its name ("Iran") or its capital ("Tehran"), not a body of it
    ("the Georgian government", "Georgian demonstrators")."""
    return a.kind == "capital" or (a.kind == "country" and not a.sector)


def _related_person(a: Actor) -> bool:
    """'her predecessor', 'his rival': another person of one's own country, not one's own."""
    words = a.text.lower().split()
    return bool(words) and words[-1].rstrip("s") in RELATION_NOUNS


def no_self_recipient(e: EventContext, d: Draft) -> None:
    """One does not act on oneself, nor on one's own ('withdrew its troops')."""
    own = {a.country for a in d.actor}
    # a state as a whole (its name or its capital) does not act on itself: "Iran reached an agreement
    # to curb Tehran's programme"
    states = {a.country for a in d.actor if _whole_state(a) and a.country
              and a.country not in ("IGO", "NGO", "IMG")} if d.etype in BETWEEN_STATES else set()
    # (an arrest or an attack may befall one of the same kind: "police arrested a former policeman")
    d.recipient = [r for r in d.recipient if not any(
        r.key() == a.key() and r.sector == a.sector and (d.etype not in ("COERCE", "ASSAULT", "SANCTION")
                                                          or r.start < 0 or r.start == a.start) for a in d.actor)
                   and not (r.country in own and r.text.lower().split()[:1] in (["its"], ["their"], ["his"],
                                                                                ["her"], ["our"])
                                and not _related_person(r))
                   and not (r.country in states and _whole_state(r))
                   # "Thailand sent more troops to the border": its own troops are what is moved
                   and not (d.etype == "MOBILIZE" and r.sector in ("MIL", "COP") and r.country in own
                            and r.kind == "sector")]


def no_self_accused(e: EventContext, d: Draft) -> None:
    """'The Chinese embassy rejected the accusations against China': what is rejected was said
    against the actor's own state; the rejection is not aimed at it (real news set I)."""
    if d.etype != "REJECT":
        return
    own = {a.country for a in d.actor if a.country and a.country not in ("IGO", "NGO", "IMG")}
    def against_self(r: Actor) -> bool:
        if not (_whole_state(r) and r.country in own and r.start >= 0):
            return False
        tok = next((t for t in e.sent if t.idx == r.start), None)
        return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "against"

    kept = [r for r in d.recipient if not against_self(r)]
    if len(kept) < len(d.recipient):
        d.recipient = kept
        d.rule.append("recipient: the actor's own state, named as the one accused, is not the one rejected")


SELF_PRONOUNS = {"it", "itself", "they", "them", "themselves"}


def pronoun_is_no_self_recipient(e: EventContext, d: Draft) -> None:
    """'North Korea's military threatened that it would strike', 'Putin hosted Armenian and Azerbaijani
    leaders and urged them to ...': a pronoun resolved to the actor's own state is the actor itself (or
    a misreading), never its counterpart. 'them' after a group of other countries just named is that
    group; otherwise the recipient is left empty (real news set I)."""
    own = {a.country for a in d.actor if a.country}
    prons = [r for r in d.recipient if r.text.lower() in SELF_PRONOUNS]
    plural = bool(prons) and len(prons) == len(d.recipient) and prons[0].text.lower() in ("them", "they")
    selfs = [r for r in prons if r.country in own and (r.kind in ("country", "capital") or plural)]
    if selfs:
        d.recipient = [r for r in d.recipient if r not in selfs]
        d.rule.append(f"'{selfs[0].text}' is the actor's own state, not its counterpart")
    if not plural or len({r.country for r in d.recipient}) >= 2:
        return
    # 'them' is the group of other countries named together just before it in the sentence
    ctx, sent, pron = e.story, e.sent, prons[0]
    before = [m for m in ctx.doc._.wc_mentions or [] if sent.start <= m.start and m.end <= sent.end
              and ctx.doc[m.end - 1].idx < pron.start and m.actor.country and m.actor.country not in own
              and m.kind in ("country", "adjective", "capital")]
    if not before:
        return
    last = ctx.doc[before[-1].end - 1]
    group = {last.i, *(t.i for t in last.conjuncts)}
    named = [m for m in before if m.end - 1 in group]
    if len({m.actor.country for m in named}) >= 2:
        d.recipient = [replace(m.actor, text=pron.text, start=pron.start, end=pron.end) for m in named]
        d.rule.append("'them': the countries named together just before")


def parties_between(e: EventContext, d: Draft) -> None:
    """'an MoU was signed between X and Y', 'talks between X and Y were held': both are parties."""
    if d.etype not in ("SUPPORT", "AGREE", "CONSULT", "COOPERATE", "CONCEDE"):
        return
    c = e.cand
    node = c.noun if c.noun is not None else c.head
    # "talks between X and Y were held": the 'between' of the held noun
    nodes = [node, *(k for k in c.head.children if k.dep_ in ("dobj", "obj", "nsubjpass")
                     and (c.kind == "light" or ((ne := noun_entry(k, e.story.lex)) is not None
                                                and ne.type == d.etype)))]
    for ch in (ch for n in nodes for ch in n.children):
        if ch.dep_ == "prep" and ch.lower_ == "between":
            pobjs = [p for p in ch.children if p.dep_ == "pobj"]
            got = [a for p in pobjs for a in e.story.roles.np_actors(p)]
            if len({a.country for a in got}) < 2 and any(k.lower_ in ("two", "both") for p in pobjs
                                                          for k in p.children):
                # "between the two armies": the two countries the story is about
                top = _leading_pair(e)
                if top:
                    names = e.story.roles.tables.country_name
                    got = [Actor(names(k), names(k), k, got[0].sector if got else "", "country", -1, -1)
                           for k in top]
            if len(got) >= 2:
                keep = [a for a in d.actor if a.country and a.country not in {g.country for g in got}]
                d.actor = keep + got
                spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in pobjs]
                d.recipient = [r for r in d.recipient if r not in got and r.country
                               and not any(a <= r.start < b for a, b in spans)]
                d.rule.append("the parties 'between' act together")
                return


HOSTS = {"host", "broker", "mediate", "facilitate", "sponsor", "organize", "organise", "convene"}


def hosted_talks_between(e: EventContext, d: Draft) -> None:
    """'talks, kept quiet until now, between Iran's envoy and the Saudi adviser, hosted by Chinese
    officials': the parse hangs 'hosted' on the last side named after 'between'. The talks are between
    those sides, who meet (CONSULT, acting together); the host or broker takes no part in them
    (PLOVER codes a broker's role, if at all, as an event of its own), so it is neither side and
    neither of the sides may go missing (fix-W, the bundled Saudi-Iran example)."""
    c = e.cand
    if d.etype != "CONSULT" or c.kind != "verb" or c.head.lemma_.lower() not in HOSTS \
            or c.head.dep_ not in ("acl", "advcl"):
        return
    t = c.head.head
    # "..., held in secret, between X and Y, hosted by Z": the 'between' may hang on the verb it follows
    t = next((p for k in t.children if k.dep_ == "prep" and k.lower_ == "between"
              for p in k.children if p.dep_ == "pobj"), t)
    for _ in range(4):  # climb from the named side to the 'between' it stands under
        if t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t = t.head
            continue
        break
    if t.dep_ != "pobj" or t.head.lower_ != "between":
        return
    sides, todo = [t], [t]
    while todo:  # the sides joined to the first ("X, ..., and Y"), not names inside their descriptions
        x = todo.pop()
        for k in x.children:
            if k.dep_ == "conj":
                sides.append(k)
                todo.append(k)
    got: list[Actor] = []
    for p in sides:
        for a in e.story.roles.np_actors(p):
            if a.country and (a.country, a.name) not in {(g.country, g.name) for g in got}:
                got.append(a)
    lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
    for a in d.actor + d.recipient:  # a side the parties already hold ("Colombian government envoys")
        if lo <= a.start < hi and not c.head.left_edge.idx <= a.start and (a.country, a.name) not in {
                (g.country, g.name) for g in got}:
            got.append(a)
    if len(got) < 2:
        return
    d.actor, d.recipient = got, []
    d.mode, d.cameo = "", "040"
    d.rule.append("talks between the sides named, hosted by another: the sides meet, the host takes no part")


def crowd_protesters(e: EventContext, d: Draft) -> None:
    """'Thousands took to the streets': the crowd protests (civilians, placed where it marches)."""
    c = e.cand
    if d.etype != "PROTEST" or d.actor:
        return
    if c.dispersed and c.noun is not None:
        # "police dispersed a rally of opposition supporters", "... a protest in Kathmandu": those
        # protesting (named after 'of', else the crowd of the place)
        named = [a for ch in c.noun.children if ch.dep_ == "prep" and ch.lower_ == "of"
                 for p in ch.children if p.dep_ == "pobj" for a in e.story.roles.np_actors(p)]
        if named:
            d.actor = named
            d.recipient = [r for r in d.recipient if r not in named]
        else:
            start = min(t.idx for t in c.noun.subtree if t.i <= c.noun.i)
            d.actor = [Actor(e.story.text[start:c.noun.idx + len(c.noun)], "protesters", "", "CVL", "sector", start,
                             c.noun.idx + len(c.noun))]
        d.rule.append("actor: those who held the protest that was dispersed")
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


COUNTRY_KINDS = ("country", "adjective", "capital", "person")


def _country_counts(ctx: Story, kinds: tuple[str, ...] | None = None) -> dict[str, int]:
    """How often the story names each country (through mentions of ``kinds``, or any)."""
    counts: dict[str, int] = {}
    for m in ctx.doc._.wc_mentions or ():
        k = m.actor.country
        if len(k) == 3 and k not in ("IGO", "NGO", "IMG") and (kinds is None or m.kind in kinds):
            counts[k] = counts.get(k, 0) + 1
    return counts


def _countries_by_count(ctx: Story) -> list[str]:
    """The countries the story names, most named first."""
    counts = _country_counts(ctx)
    return sorted(counts, key=lambda k: -counts[k])


JUDICIAL = {("SANCTION", "convict"): ("a court", "JUD"), ("COERCE", "arrest"): ("the authorities", "GOV"),
            ("SANCTION", "expel"): ("the government", "GOV"),
            # "newspapers were censored": the authorities of the country whose media they are, when
            # no place or agent is named (real news set K)
            ("COERCE", "censor"): ("the authorities", "GOV")}


# charged or indicted in the passive: the state's prosecutors (never "accused of", which anyone may do)
CHARGING = {"charge", "indict"}
# an agent that names the state's own judicial or police body without saying whose ("by prosecutors")
STATE_AGENTS = {"prosecutor", "prosecutors", "court", "courts", "judge", "judges", "tribunal", "police",
                "authorities", "prosecution", "magistrate"}


def _state_agent(e: EventContext) -> Token | None:
    return next((p for k in e.cand.head.children if k.dep_ == "agent" for p in k.children
                 if p.dep_ == "pobj" and p.lower_ in STATE_AGENTS), None)


def judicial_actor(e: EventContext, d: Draft) -> None:
    """'X was sentenced to five years', 'two journalists were detained', 'the former president was
    charged with corruption (by prosecutors)': the state's courts, prosecutors or authorities act; of the
    country of the one sentenced, else where it happened, else the story's."""
    who = JUDICIAL.get((d.etype, d.mode))
    if who is None and d.etype == "ACCUSE" and e.cand.kind == "verb" and e.cand.head.lemma_.lower() in CHARGING \
            and any(k.dep_ in ("nsubjpass", "auxpass") for k in e.cand.head.children):
        who = ("prosecutors", "JUD")
    if who is None or d.actor:
        return
    if _has_agent(e):
        # "by prosecutors", "by a court": the words are the state's body, its country still to be found
        agent = _state_agent(e)
        if agent is None:
            return
        who = (e.story.doc[agent.left_edge.i:agent.i + 1].text, who[1])
    country = e.loc.country if e.loc is not None else ""
    theirs = {r.country for r in d.recipient}
    if d.mode == "expel":
        # "35 Russian diplomats were expelled": by the country they are sent away from, not their own
        from .participants import place_country

        country = country if country not in theirs else ""
        country = country or next((k for k in (place_country(e.story), *_countries_by_count(e.story)) if k and
                                   k not in theirs), "")
        if not country:
            return
    country = country or next((r.country for r in d.recipient if r.country and r.country not in ("IGO", "NGO", "IMG")),
                              "")
    if not country:
        from .participants import place_country

        country = place_country(e.story)
    if country:
        d.actor = [Actor(who[0], e.story.roles.tables.country_name(country), country, who[1], "sector", -1, -1)]
        d.rule.append(f"actor: {who[0]} of {country} (a judicial act told in the passive)")


NOUN_TYPES_OF_THE_SUBJECT = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                             "AID", "CONCEDE"}


def noun_actor_from_clause(e: EventContext, d: Draft) -> None:
    """'During his talks with Lavrov, the U.S. Secretary of State stressed ...', 'Kouchner's remarks
    ahead of meetings with Russian officials': talks named by a noun are held by the one the
    clause is about (its subject, or the owner of the phrase the noun hangs from)."""
    c = e.cand
    if c.kind != "noun" or c.noun is None or d.actor or d.etype not in NOUN_TYPES_OF_THE_SUBJECT:
        return
    ctx = e.story
    n = c.noun
    if n.dep_ != "pobj":
        return
    holder = n.head.head  # the word the preposition hangs from
    got: list[Actor] = []
    if holder.pos_ in ("NOUN", "PROPN"):
        got = ctx.roles.owner_actors(holder) if holder.i != n.i else []
    else:
        verb = clause_verb(ctx, holder)
        got = subject(ctx, verb)[0]
    theirs = {r.country for r in d.recipient}
    got = [a for a in got if a.country and a.country not in theirs]
    if got:
        d.actor = got
        d.rule.append(f"actor: who the clause is about ('{got[0].text}')")


PAIR_TYPES = {"SUPPORT", "CONSULT", "AGREE", "COOPERATE"}


def _leading_pair(e: EventContext, clear: bool = False) -> list[str]:
    """The two countries a story names most, each at least twice and ahead of the third (``clear``:
    at least twice as often as the third), else []."""
    if clear not in e.story.pairs:
        counts = _country_counts(e.story, COUNTRY_KINDS)
        top = sorted(counts, key=lambda k: -counts[k])[:3]
        pair: list[str] = []
        if len(top) >= 2 and counts[top[1]] >= 2:
            third = counts[top[2]] if len(top) == 3 else 0
            if (third * 2 <= counts[top[1]]) if clear else (third < counts[top[1]]):
                pair = top[:2]
        e.story.pairs[clear] = pair
    return e.story.pairs[clear]


def the_story_pair(e: EventContext, d: Draft) -> None:
    """'Three agreements were signed', 'the talks were held in a cordial atmosphere': signings and talks
    told with no party are between the two countries the story is about (each named at least twice)."""
    c = e.cand
    if d.actor or d.recipient or d.etype not in PAIR_TYPES:
        return
    passive = c.kind == "verb" and any(k.dep_ in ("nsubjpass", "auxpass") for k in c.head.children)
    if not (passive or c.kind == "noun") or any(k.dep_ == "agent" for k in c.head.children):
        return
    top = _leading_pair(e)
    if top:
        names = e.story.roles.tables.country_name
        d.actor = [Actor(names(k), names(k), k, "GOV", "country", -1, -1) for k in top]
        d.rule.append(f"parties: the two countries the story is about ({top[0]}, {top[1]})")


# acts between governments that name their counterpart only elsewhere in a story about two countries
COUNTERPART_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
COUNTERPART_MODES = {("SANCTION", "discontinue"), ("SANCTION", "expel")}


def agreed_with_the_teller(e: EventContext, d: Draft) -> None:
    """'Biden told reporters that China had agreed to act against fentanyl makers': in a story about two
    countries, an agreement the other side's speaker reports was made to that side."""
    ctx, c = e.story, e.cand
    if d.etype != "AGREE" or d.recipient or not d.actor:
        return
    said = reporting_verb(ctx, c.head)
    if said is None:
        return
    speaker, _ = subject(ctx, said)
    own = {a.country for a in d.actor}
    told = {a.country for a in speaker if a.country}
    if not told or told & own or told & {"IGO", "NGO", "IMG"} or len(own) != 1:
        return
    if not (own | told) <= set(_leading_pair(e)):
        return
    d.recipient = [a for a in speaker if a.country]
    d.rule.append(f"recipient: '{said.text}' by the other side of the story, to whom it was agreed")


WAR_TARGET_PREPS = ("of", "on", "against", "in", "into")


def _war_named_before(e: EventContext, own: set[str]) -> str:
    """The country an earlier 'invasion of X' / 'war on X' / 'X war' of the story is waged on, if one."""
    ctx = e.story
    for t in ctx.doc[: e.sent.start]:
        if t.lemma_.lower() not in ("invasion", "offensive", "incursion", "occupation", "war", "attack"):
            continue
        for k in t.children:
            heads = [p for p in k.children if p.dep_ == "pobj"] if (
                k.dep_ == "prep" and k.lower_ in WAR_TARGET_PREPS) else ([k] if k.dep_ in ("compound", "amod") else [])
            for h in heads:
                for a in ctx.roles.np_actors(h):
                    if a.country and a.country not in own and a.country not in ("IGO", "NGO", "IMG"):
                        return a.country
    return ""


def the_other_side(e: EventContext, d: Draft) -> None:
    """'The Government of India has decided to withdraw the High Commissioner', 'the ministry condemned
    the move' in a story about India and Canada (or Taiwan and China): a diplomatic act of one of the
    story's two countries with no counterpart named is aimed at the other, and so is its invasion or
    war named without whom it is waged on (the rule trace says so)."""
    war = d.etype == "ASSAULT" and e.cand.kind == "noun" and (e.cand.noun or e.cand.head).lemma_.lower() in (
        "invasion", "offensive", "incursion", "occupation", "war")
    # "198 people had been killed since the invasion began": a toll of the war the story is about
    war = war or any(r.startswith("actor: the side of the") for r in d.rule)
    if not d.actor or not (d.etype in COUNTERPART_TYPES or (d.etype, d.mode) in COUNTERPART_MODES or war):
        return
    own = {a.country for a in d.actor}
    if (d.etype, d.mode) == ("SANCTION", "expel") and d.recipient and {r.country for r in d.recipient} <= own:
        # "Canada has decided to declare Zhao Wei persona non grata": an expelled envoy is another's
        d.recipient = [replace(r, country="") for r in d.recipient]
        d.rule.append("an envoy expelled is not of the expelling country")
    if any(r.country for r in d.recipient):
        return
    if len(own) != 1 or not all(a.sector in ("GOV", "", "MIL") for a in d.actor):
        return
    if war:
        waged_on = _war_named_before(e, own)
        if waged_on:
            # "China has been a lifeline for Moscow since the start of the Kremlin's war" in a story about
            # China and Russia: the war is the one the story named with its target ("invasion of Ukraine")
            d.recipient = [Actor(waged_on, e.story.roles.tables.country_name(waged_on), waged_on, "GOV",
                                 "country", -1, -1)]
            d.rule.append(f"recipient: the target of the war the story named before ({waged_on})")
            return
    top = _leading_pair(e, clear=True)
    if not top:
        return
    pair = set(top)
    if not own <= pair or own & {"IGO", "NGO", "IMG"}:
        return
    other = (pair - own).pop()
    if not d.recipient and not war and not _named_near(e, other):
        # "Sharif has denied all the charges against him" in a story about Pakistan and Britain: an act
        # whose sentence (or the one before) never names the other country is as likely a domestic one; on
        # the judged real news the story's other country was the wrong counterpart there more often than not
        # (sets I-Q: 19 of 43 such recipients wrong, most of them in sentences naming no other country)
        return
    name = e.story.roles.tables.country_name(other)
    if d.recipient:  # the envoy named, now of the other country
        d.recipient = [replace(r, country=other, name=r.name or name) for r in d.recipient]
    else:
        d.recipient = [Actor(name, name, other, "GOV", "country", -1, -1)]
    d.rule.append(f"recipient: the other of the story's two countries ({other})")


def _named_near(e: EventContext, country: str) -> bool:
    """Is ``country`` named (itself, its people, its capital, its leaders or bodies) in the sentence of the act
    or the one before it?"""
    ctx = e.story
    here = ctx.sent_index.get(e.sent.start, 0)
    sents = list(ctx.doc.sents)
    lo = sents[max(0, here - 1)].start
    hi = e.sent.end
    return any(lo <= m.start < hi and m.actor.country == country for m in ctx.doc._.wc_mentions or [])


SIDE_WORDS = {"sides", "parties", "belligerents", "neighbours", "neighbors", "rivals"}


def _story_pair(e: EventContext) -> list[str]:
    """The two countries a story is about: the two it names 'between X and Y' (or 'X-Y', as in
    "the Armenian-Azerbaijani border"), else the two that clearly lead its mentions."""
    ctx = e.story
    mentions = [m for m in ctx.doc._.wc_mentions or [] if m.kind in ("country", "adjective", "capital")
                and m.actor.country and m.actor.country not in ("IGO", "NGO", "IMG")]
    for m in mentions:
        tok = ctx.doc[m.end - 1]
        nxt = next((n for n in mentions if n.start in (m.end + 1, m.end + 2) and n.actor.country != m.actor.country),
                   None)
        if nxt is None:
            continue
        between = tok.dep_ == "pobj" and tok.head.lower_ == "between" and ctx.doc[m.end].lower_ == "and"
        hyphen = ctx.doc[m.end].text in ("-", "–") and nxt.start == m.end + 1
        if between or hyphen:
            return [m.actor.country, nxt.actor.country]
    return [k for k in _leading_pair(e, clear=True) if k not in ("IGO", "NGO", "IMG")]


def the_sides_of_the_story(e: EventContext, d: Draft) -> None:
    """'Moscow called on the sides to show restraint', 'both sides blamed each other' in a story about
    Armenia and Azerbaijan: 'the sides' are the two countries the story is about, not whoever the
    sentence happens to name."""
    for side_name in ("actor", "recipient"):
        side = getattr(d, side_name)
        if not side and side_name == "actor" and e.cand.kind == "verb":
            # "the South American neighbors severed ties": a subject that names the sides but no country
            # ("political parties must be allowed": parties of a country's politics, not the sides)
            subj = next((k for k in e.cand.head.children if k.dep_ == "nsubj"
                         and k.lower_ in SIDE_WORDS - {"parties"}), None)
            if subj is not None:
                start = min(t.idx for t in subj.subtree)
                side = [Actor(e.story.text[start:subj.idx + len(subj.text)], "", "", "", "sector", start,
                              subj.idx + len(subj.text))]
        if not side or not all(a.text.lower().split()[-1] in SIDE_WORDS for a in side):
            continue
        pair = _story_pair(e)
        other = d.recipient if side_name == "actor" else d.actor
        if len(pair) != 2:
            continue
        named = {a.country for a in other} & set(pair)
        if named and not any(a.country for a in side):
            # "Under Colombia's president, the neighbours severed ties": one side named, the other is the rest
            pair = [k for k in pair if k not in named]
        elif named:
            continue
        names = e.story.roles.tables.country_name
        setattr(d, side_name, [Actor(side[0].text, names(k), k, "GOV", "country", side[0].start, side[0].end)
                               for k in pair])
        d.rule.append(f"'{side[0].text}': the countries the story is about ({', '.join(pair)})")


# acts a government does to others, told in an agentless passive ("was put under sanctions", "the
# ambassador was summoned"): the doer is the one the story has just named doing such things
PASSIVE_GOVERNMENT_ACTS = {"SANCTION", "ACCUSE", "COERCE"}


def passive_doer_nearby(e: EventContext, d: Draft) -> None:
    """'The Treasury announced new measures on Friday. A shipping firm was put under sanctions': the
    measures are the Treasury's; 'the Russian ambassador was summoned' with no one named: the
    government of the country where the story is told."""
    c, ctx = e.cand, e.story
    if d.actor or d.etype not in PASSIVE_GOVERNMENT_ACTS or c.kind not in ("verb", "light") or _has_agent(e):
        return
    if not any(k.dep_ in ("nsubjpass", "auxpass") for k in c.head.children):
        return
    summons = c.head.lemma_.lower() == "summon"
    if d.etype != "SANCTION" and not summons:
        return
    theirs = {r.country for r in d.recipient if r.country}
    sents = list(ctx.doc.sents)
    n = ctx.sent_index.get(e.sent.start, 0)
    for prev in (sents[n - 1],) if n > 0 else ():
        root = prev.root
        got = [a for a in subject(ctx, root)[0] if a.country and a.country not in theirs
               and a.country not in ("NGO", "IMG")]
        if got and match_verb(root, ctx.lex) is not None:
            d.actor = got
            d.rule.append(f"actor: '{got[0].text}', who acts in the sentence before (an agentless passive)")
            return
    if d.etype == "SANCTION":
        # "In addition, the foundation was put under sanctions": the one the story has seen imposing them
        for prev in reversed(sents[:n]):
            for v in prev:
                if v.pos_ != "VERB":
                    continue
                m = match_verb(v, ctx.lex)
                if m is None or not (m[0].type == "SANCTION" or (m[0].type == "LIGHT" and any(
                        (ne := noun_entry(o, ctx.lex)) is not None and ne.type == "SANCTION"
                        for o in v.children if o.dep_ in ("dobj", "obj")))):
                    continue
                got = [a for a in subject(ctx, v)[0] if a.country and a.country not in theirs
                       and a.country not in ("NGO", "IMG")]
                if got:
                    d.actor = got
                    d.rule.append(f"actor: '{got[0].text}', who imposed sanctions earlier in the story")
                    return
    if summons:
        from .participants import place_country

        host = place_country(ctx)
        if host and host not in theirs:
            d.actor = [Actor("the government", ctx.roles.tables.country_name(host), host, "GOV", "sector", -1, -1)]
            d.rule.append(f"actor: the government of {host}, where the envoy was summoned")


SPEECH_LEMMAS = {"say", "state", "add", "announce", "tell", "note", "explain", "confirm", "report"}
# acts a government tells of having done itself; not violence, which a ministry reports of others
STATEMENT_ACTS = {"REQUEST", "ACCUSE", "REJECT", "SANCTION", "CONSULT"}


def the_speaker_did_it(e: EventContext, d: Draft) -> None:
    """'The ministry said the envoy was summoned and an explanation was demanded': an agentless
    passive in a party's own statement of its diplomatic acts is the speaker's act."""
    c, ctx = e.cand, e.story
    if d.actor or d.etype not in STATEMENT_ACTS or c.kind not in ("verb", "light") or _has_agent(e):
        return
    if not any(k.dep_ in ("nsubjpass", "auxpass") for k in c.head.children):
        return
    if any(k.dep_ == "aux" and k.tag_ == "MD" for k in c.head.children):
        return  # "the generals would be prevented from ...": what is to come is told, not done
    v = c.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH_LEMMAS:
        return
    theirs = {r.country for r in d.recipient if r.country}
    got = [a for a in subject(ctx, v.head)[0] if a.country and a.country not in theirs
           and a.country not in ("NGO", "IMG")]
    if got:
        d.actor = got
        d.rule.append(f"actor: '{got[0].text}', who tells of its own act (an agentless passive)")


RECALLED = {"recall", "withdraw", "pull"}
ENVOY_WORDS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "emissary", "representative",
               "attache", "attaché", "affaires", "commissioner"}  # a High Commissioner: the envoy between
# Commonwealth countries


def envoy_recalled_from(e: EventContext, d: Draft) -> None:
    """'Algeria recalled its ambassador from Paris', 'recalled its envoy to Rwanda': relations are cut
    with the country the envoy was posted to (one's own envoy is no recipient)."""
    c, ctx = e.cand, e.story
    if d.recipient or d.etype != "SANCTION" or c.kind != "verb" or c.head.lemma_.lower() not in RECALLED:
        return
    own = {a.country for a in d.actor}
    for o in c.head.children:
        if o.dep_ not in ("dobj", "obj", "nsubjpass") or not any(w.lower_ in ENVOY_WORDS for w in o.subtree):
            continue
        places = [p for h in (o, c.head) for ch in h.children if ch.dep_ == "prep" and ch.lower_ in ("from", "to", "in")
                  for p in ch.children if p.dep_ == "pobj"]
        got = [a for p in places for a in ctx.roles.np_actors(p) if a.country and a.country not in own]
        if not got and any(p.lemma_.lower() == "country" and any(k.lower_ == "the" for k in p.children)
                           for p in places):
            # "expelled Canada's envoy and withdrew its own from the country": the other country the
            # sentence has named before
            got = [a for t in e.sent if t.i < c.head.i for a in ctx.roles.np_actors(t)
                   if a.country and a.country not in own and a.country not in ("IGO", "NGO", "IMG")][:1]
        if got:
            d.recipient = [replace(a, sector=a.sector or "GOV") for a in got]
            d.rule.append(f"recipient: where the envoy was posted ('{got[0].text}')")
            return


def target_of_the_joined_act(e: EventContext, d: Draft) -> None:
    """'Police fired tear gas and arrested dozens of demonstrators': force used in one breath with
    an arrest is used on the same people (the joined verb's object)."""
    c, ctx = e.cand, e.story
    if d.recipient or d.etype not in ("ASSAULT", "COERCE") or c.kind not in ("verb", "light"):
        return
    head = c.head
    joined = [k for k in head.children if k.dep_ == "conj" and k.pos_ == "VERB"]
    if head.dep_ == "conj" and head.head.pos_ == "VERB":
        joined.append(head.head)
    own = {a.country + a.text for a in d.actor}
    for v in joined:
        m = match_verb(v, ctx.lex)
        if m is None or m[0].type != "COERCE":
            continue  # (an attack joined to another, "shelled the town and killed 12", measured worse)
        objs = [o for o in v.children if o.dep_ in ("dobj", "obj")]
        # "detained scores of protesters": the ones counted
        objs += [p for o in objs if not ctx.roles.np_actors(o) for k in o.children if k.dep_ == "prep"
                 and k.lower_ == "of" for p in k.children if p.dep_ == "pobj"]
        got = [a for o in objs for a in ctx.roles.np_actors(o) if a.country + a.text not in own]
        if got:
            d.recipient = got
            d.rule.append(f"recipient: those '{v.text}' acts on (the joined act)")
            return


OWNED_OBJECT_TYPES = {"ACCUSE", "REJECT"}


def owner_of_the_object(e: EventContext, d: Draft) -> None:
    """'refused to accept China's claim', 'denounced the coup attempt by General X': what is
    condemned or rejected is someone's act; that someone receives the condemnation."""
    c, ctx = e.cand, e.story
    if d.recipient or d.etype not in OWNED_OBJECT_TYPES or c.kind != "verb":
        return
    own = {a.country for a in d.actor}
    verbs = [c.head, *(k for k in c.head.children if k.dep_ == "xcomp")]
    # one's own ('its decision') is no counterpart; a compatriot named ('the coup attempt by General X') is
    for v in verbs:
        for o in v.children:
            if o.dep_ not in ("dobj", "obj") or ctx.roles.np_actors(o):
                continue
            got = [a for k in o.children if k.dep_ == "poss" and k.pos_ != "PRON" for a in ctx.roles.np_actors(k)
                   if not (a.country and a.country in own)]
            got += [a for k in o.children if k.dep_ == "prep" and k.lower_ == "by"
                    for p in k.children if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)]
            if got:
                d.recipient = got
                d.rule.append(f"recipient: whose '{o.text}' it is")
                return


# words that name an act already told ("condemned the move")
ACT_WORDS = {"move", "step", "action", "decision", "act", "measure"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
# hostile acts named by nouns the event lexicon does not code on their own ("condemned the launch")
HOSTILE_ACT_NOUNS = {"launch", "test", "crackdown", "incursion", "blockade", "killing", "killings", "crossing"}


def doer_named_before(e: EventContext, d: Draft) -> None:
    """'Myanmar's military seized power. Britain denounced the coup', 'China suspended imports.
    Taiwan condemned the move': an act condemned by name ("the coup", "the move") with no owner is
    the one the story has just told; its doer receives the condemnation. Looked for in the same
    act named earlier with its doer ("the attempted military coup", "a coup led by General X"),
    else in the main act of the sentence before; one's own act is no counterpart."""
    c, ctx = e.cand, e.story
    if d.recipient or d.etype not in OWNED_OBJECT_TYPES or c.kind != "verb":
        return
    objs = [o for o in c.head.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"
            and any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in o.children)
            and not ctx.roles.np_actors(o)
            and not any(k.dep_ in ("poss", "amod", "compound", "prep") for k in o.children)]
    if not objs:
        return
    o = objs[0]
    lemma = o.lemma_.lower()
    ne = noun_entry(o, ctx.lex)
    generic = lemma in ACT_WORDS
    if not generic and lemma not in HOSTILE_ACT_NOUNS and (ne is None or ne.type not in HOSTILE):
        return
    own = {a.country for a in d.actor}

    def others(got: list[Actor]) -> list[Actor]:
        return [a for a in got if a.country and a.country not in own and a.country not in ("NGO", "IMG")]

    sents = list(ctx.doc.sents)
    n = ctx.sent_index.get(e.sent.start, 0)
    start = sents[max(0, n - 3)].start
    if not generic:
        # the same act named just before with its doer
        for t in reversed(ctx.doc[start:o.i]):
            if t.lemma_.lower() != lemma:
                continue
            got = others([a for k in t.children if k.dep_ in ("poss", "amod", "compound")
                          for a in ctx.roles.np_actors(k)])
            got += others([a for k in t.children if k.dep_ == "acl" for g in k.children if g.dep_ == "agent"
                           for p in g.children if p.dep_ == "pobj" for a in ctx.roles.np_actors(p)])
            if got:
                d.recipient = got
                d.rule.append(f"recipient: whose '{t.text}' the story named before")
                return
    if n == 0:
        return
    root = sents[n - 1].root
    verbs = [root]
    m = match_verb(root, ctx.lex)
    if m is None or m[0].type == "SAY":  # "the ministry says Chinese aircraft crossed the line"
        verbs = [k for k in root.children if k.dep_ == "ccomp" and k.pos_ in ("VERB", "AUX")]
    for v in verbs:
        m = match_verb(v, ctx.lex)
        if m is None or m[0].type == "SAY" or (not generic and m[0].type not in HOSTILE) or m[0].type in (
                "CONSULT", "AGREE", "SUPPORT", "COOPERATE"):
            continue  # (meeting or agreeing is no act one condemns others for doing)
        got = others(subject(ctx, v)[0])
        if len({a.country for a in got}) == 1:  # one doer; a list is as likely the speakers' own side
            d.recipient = got
            d.rule.append(f"recipient: '{got[0].text}', whose act the sentence before tells")
            return
