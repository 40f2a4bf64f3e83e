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

from ...model import Actor
from ..triggers import Candidate
from .descriptions import what_a_party_does, what_a_text_provides
from .nonevents import (
    a_charge_joined,
    a_coming_event,
    a_contingency_on_need,
    a_danger_threatens,
    a_definition,
    a_forced_flight,
    a_natural_force,
    a_plan_spoken_of,
    a_plotted_attack,
    a_purpose,
    a_recognised_status,
    a_sanction_bar,
    a_standing_commitment,
    a_threat_talked_of,
    an_accident,
    an_attitude,
    an_opinion_poll,
    asked_by_the_press,
    calling_a_vote,
    conceded_a_fact,
    crowds_do_not_visit,
    declined_to_comment,
    denied,
    existing_measure,
    figurative,
    for_others_to_do,
    habitual_or_weighed,
    held_to_a_commitment,
    killed_in_a_disaster,
    locked_out_of_a_market,
    needs_a_party,
    no_assault_by_things,
    only_mentioned,
    press_is_no_counterpart,
    protest_only_named,
    ready_for_itself,
    showed_something,
    spoke_at_a_meeting,
    spoke_to_an_audience,
    spoke_to_discuss,
    standing_state,
    talking_about,
    told_as_possible,
    warned_of_a_danger,
    weighed_or_forecast,
    went_back,
    what_a_text_lets,
    wished_of_others,
    within_reach,
    words_need_a_speaker,
)
from .participants import is_source, noun_roles, verb_roles
from .parties import (
    agreed_with_the_teller,
    attacked_embassy,
    attacker_from_attack_noun,
    attacker_from_subject_noun,
    attacker_of_the_war,
    authorities_where_it_happened,
    crowd_protesters,
    doer_named_before,
    envoy_recalled_from,
    fallback_recipient,
    forces_of_the_reporting_body,  # fix-M5
    hosted_talks_between,
    judicial_actor,
    no_self_accused,  # fix-X
    no_self_recipient,
    noun_actor_from_clause,
    own_forces_are_no_recipient,
    owner_of_the_object,
    parties_between,
    passive_doer_nearby,
    place_unnamed_bodies,
    pronoun_is_no_self_recipient,  # fix-X
    soldiers_of_the_coup,
    target_of_the_joined_act,
    the_government_overthrown,
    the_other_side,
    the_sides_of_the_story,
    the_speaker_did_it,
    the_state_of_its_constitution,
    the_story_pair,
    unidentified_attackers,
)
from .readings import (
    a_body_meets,
    a_crowd_gathers,
    a_crowd_there_to_press,
    a_march_halted,
    actor_kind,
    aid_approved,
    aid_arrives,
    an_imperative,
    blame_the_doer,
    calls_paid,
    content_of_head,
    crowds_mass,
    done_in_protest,
    drills_halted,
    envoy_called_in,
    expelled_envoys,
    future_and_conditional,
    held_responsible,
    hit_back_in_words,
    joy_of_the_speaker,
    judged_doer,
    let_attack,
    measure_as_subject,
    measure_enacted,
    met_in_one_side_country,
    met_with_force,
    military_arrival,
    mode_from_subject,
    not_ruled_out,
    object_readings,
    only_rulers_flee,  # fix-M5
    open_to,
    ordered_release,
    ordered_suspension,
    out_of_a_body,
    own_facility,
    own_forces_ordered,
    reported_speech,
    soldiers_rise,
    solo_exercise,
    summoned_to_talks,
    the_halted_fighting_is_no_party,
    the_visitor_acts,
    voted_out,
)
from .story import Draft, EventContext, Story

Rule = Callable[[EventContext, Draft], None]


# The rules in the order they run: readings of the act first (they may change its type),
# then missing parties, PLOVER's future rules, and last the checks that drop a candidate.
RULES: list[Rule] = [
    only_mentioned,
    a_definition,  # fix-I5: definitions, plots, disasters, polls, plans, readiness, sanction bars
    a_plotted_attack,
    killed_in_a_disaster,
    an_opinion_poll,
    a_threat_talked_of,
    a_plan_spoken_of,
    ready_for_itself,
    a_sanction_bar,
    for_others_to_do,
    showed_something,
    spoke_to_an_audience,  # fix-O: speech verbs and their audiences, weighed or forecast acts, statuses
    spoke_at_a_meeting,
    weighed_or_forecast,
    a_recognised_status,
    a_coming_event,
    talking_about,
    an_attitude,
    declined_to_comment,
    protest_only_named,
    spoke_to_discuss,
    what_a_text_provides,
    within_reach,
    wished_of_others,
    existing_measure,
    an_accident,
    a_purpose,
    a_contingency_on_need,  # fix-A6
    what_a_text_lets,  # fix-A6
    a_charge_joined,
    not_ruled_out,
    crowds_mass,
    a_crowd_gathers,
    habitual_or_weighed,
    figurative,
    locked_out_of_a_market,
    denied,
    conceded_a_fact,
    a_standing_commitment,
    met_with_force,
    a_march_halted,
    the_halted_fighting_is_no_party,
    measure_as_subject,
    open_to,
    mode_from_subject,
    attacker_from_subject_noun,
    attacker_from_attack_noun,
    noun_actor_from_clause,
    content_of_head,
    blame_the_doer,
    judged_doer,
    warned_of_a_danger,
    measure_enacted,
    ordered_release,
    ordered_suspension,
    own_forces_ordered,
    reported_speech,
    joy_of_the_speaker,  # fix-S5
    an_imperative,
    calls_paid,
    envoy_called_in,  # fix-O: after calls_paid ('called on' an envoy is read as a call first)
    held_responsible,
    actor_kind,
    military_arrival,
    aid_arrives,
    the_visitor_acts,
    met_in_one_side_country,
    object_readings,
    hit_back_in_words,
    summoned_to_talks,
    soldiers_rise,
    voted_out,
    only_rulers_flee,  # fix-M5
    aid_approved,
    let_attack,
    own_facility,
    done_in_protest,
    a_crowd_there_to_press,  # fix-O
    the_state_of_its_constitution,  # fix-O5: before a joined verb lends its object
    target_of_the_joined_act,
    own_forces_are_no_recipient,  # fix-C3
    fallback_recipient,
    drills_halted,
    future_and_conditional,
    a_body_meets,
    solo_exercise,
    expelled_envoys,
    out_of_a_body,
    parties_between,
    hosted_talks_between,  # fix-W: after the visit readings, which it undoes
    crowd_protesters,
    standing_state,
    forces_of_the_reporting_body,  # fix-M5: before unnamed forces are placed where they fight
    place_unnamed_bodies,
    authorities_where_it_happened,
    soldiers_of_the_coup,
    the_government_overthrown,
    judicial_actor,
    passive_doer_nearby,
    the_speaker_did_it,
    attacked_embassy,  # after the crowd is placed where it stands (not by its target)
    attacker_of_the_war,
    unidentified_attackers,
    no_self_recipient,
    pronoun_is_no_self_recipient,  # fix-X
    no_self_accused,  # fix-X
    envoy_recalled_from,
    owner_of_the_object,
    doer_named_before,
    the_story_pair,
    the_sides_of_the_story,
    agreed_with_the_teller,
    the_other_side,
    press_is_no_counterpart,
    calling_a_vote,
    asked_by_the_press,
    went_back,
    crowds_do_not_visit,
    a_danger_threatens,
    a_forced_flight,
    held_to_a_commitment,
    words_need_a_speaker,
    told_as_possible,
    what_a_party_does,
    needs_a_party,
    no_assault_by_things,
    a_natural_force,
]

SLOT_NAMES = {"nsubj": "subject", "nsubjpass": "passive subject", "dobj": "object", "obj": "object",
              "dative": "indirect object", "poss": "possessor", "agent": "'by' agent", "compound": "modifier",
              "amod": "modifier", "nmod": "modifier", "appos": "apposition", "conj": "joined"}

def slot_of(ctx: Story, a: Actor, c: Candidate) -> str:
    """Which slot of the trigger's frame a party fills: 'subject', "'with' object", 'object of
    talks'... (for the rule trace and ``explain``)."""
    if a.start < 0:
        return "inferred"
    span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return "inferred"
    tok = span.root
    anchors = {c.head.i, *(c.tokens)} | ({c.noun.i} if c.noun is not None else set())
    path: list[str] = []
    t = tok
    for _ in range(6):
        if t.i in anchors:
            break
        if t.dep_ == "pobj":
            path.append(f"'{t.head.lower_}' object")
            t = t.head.head
            continue
        path.append(SLOT_NAMES.get(t.dep_, t.dep_))
        if t.head.i == t.i:
            return "elsewhere in the sentence (" + ", ".join(path) + ")"
        t = t.head
    else:
        return "elsewhere in the sentence"
    if t.i not in anchors:
        return "elsewhere in the sentence"
    return " of ".join(path) if path else "the trigger itself"

def draft(e: EventContext) -> Draft:
    """The event as the lexicon entry and the parse give it, before any rule."""
    ctx, c = e.story, e.cand
    actor, recipient = verb_roles(ctx, c) if c.kind == "verb" else noun_roles(ctx, c)
    # "..., according to the United Nations": the source of the report takes no part in it
    actor = [a for a in actor if not is_source(ctx, a)]
    recipient = [a for a in recipient if not is_source(ctx, a)]
    d = Draft(c.etype, c.entry.mode, c.entry.cameo, actor, recipient, rule=[c.entry.source])
    for role, side in (("actor", actor), ("recipient", recipient)):
        if side:
            d.rule.append(f"{role} '{side[0].text}' = {slot_of(ctx, side[0], c)}")
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
