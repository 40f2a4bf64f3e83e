"""What an act amounts to under PLOVER's rules: future and conditional acts, reported
demands and accusations, readings that depend on who acts or on what, and where a
missing recipient is found."""

from __future__ import annotations

from dataclasses import replace

from ..model import Location
from .event_draft import (
    AGREE_CAMEO,
    COERCIVE,
    COOPERATIVE,
    DEONTIC,
    INTENT_HEADS,
    MATERIAL_WORDS,
    REQUEST_CAMEO,
    REQUEST_MODE,
    THREAT_CAMEO,
    THREAT_MODES,
    WEAPONS,
    Draft,
)
from .event_parts import Participants
from .triggers import Candidate


class Readings(Participants):
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

    def _in_protest(self, c: Candidate, d: Draft) -> None:
        """'refused to report for duty in protest at ...': an act done in protest is a PROTEST."""
        if d.etype == "PROTEST" or c.kind != "verb":
            return
        for t in c.head.subtree:
            if t.lemma_.lower() == "protest" and t.dep_ == "pobj" and t.head.lower_ in ("in", "as"):
                d.rule.append(f"{d.etype} done in protest is a PROTEST")
                d.etype, d.mode, d.cameo = "PROTEST", "strike" if d.etype == "REJECT" else "demo", "140"
                return

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
            return
        said = self.reporting_verb(c.head)
        warned = [a for ch in (said.children if said is not None else ()) if ch.dep_ in ("dobj", "dative")
                  for a in self.roles.np_actors(ch)]
        if d.etype in COERCIVE and (d.recipient or warned) and (
                "hypothetical" in d.aux or d.etype in ("ASSAULT", "COERCE") or c.intent):
            # a conditional or announced use of force or repression is a threat; an announced
            # sanction stays a (future) sanction
            d.rule.append(f"future {d.etype} is THREATEN")
            if warned:  # "Moscow warned Tbilisi that it would respond ...": Tbilisi is threatened
                d.recipient = warned
            d.mode, d.cameo = THREAT_MODES[d.etype], THREAT_CAMEO[d.etype]
            d.etype = "THREATEN"
