"""The quotes component: who said what, in quotation marks or reported.

Three kinds of quote, each with its offsets into the clean text, its cue
("said", "warned", "according to") and its speaker as actors:

- direct: a quoted sentence or clause, with straight or curly marks, broken
  by its attribution (`"...," Putin said, "..."`) or running over several
  sentences (a quote-only sentence after an attributed one continues it);
- partial: quoted words inside the writer's sentence
  (`vowed that China would "resolutely defend" its interests`);
- indirect: the reported clause of a cue verb (`warned that ...`,
  `told reporters the pair had ...`), or the claim that "according to X"
  qualifies; a clause that is mostly quoted is the direct quote already
  and is not repeated.

Quote marks are paired here rather than read from the parse: the tagger
does not know which mark opens and which closes, and wire copy leaves a
paragraph's quote open when the next paragraph goes on quoting.

After the events component has run, a quote is linked to the events of its
sentence that it is about: the event whose words it quotes, whose cue is
the event's trigger, or whose actor is its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event, Quote, stable_id
from .extensions import guarded, register_extensions, text_of
from .roles import RoleResolver
from .sources import classify
from .speakers import SpeakerResolver, cue_subject, is_cue, np_start

OPENING = "“«„‟"
CLOSING = "”»"
STRAIGHT = '"'
# What may stand before a straight mark that opens a quote (anything else makes it a closing one).
OPENS_AFTER = " \t\n([{—–-/:"
TRIM = " \t\n,;:"  # left off a quote's ends: the comma before "he said" is punctuation, not speech
# Reported clauses that are questions, not statements ("did not say whether ...").
NOT_STATEMENTS = {"whether", "if", "how", "why", "when", "what", "who", "where"}
MIN_INDIRECT_TOKENS = 4


@dataclass
class Marked:
    """Text between a pair of quotation marks."""

    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark (the paragraph's end when it has none)
    start: int  # the quoted words, trimmed
    end: int


@dataclass
class Cue:
    tokens: list[Token]
    subject: Token | None
    cited: Token | None = None  # "..., Tass reported, citing X": X's words

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        return self.tokens[-1].idx + len(self.tokens[-1])


def find_marked(text: str) -> list[Marked]:
    """Pair the quotation marks of ``text``, paragraph by paragraph."""
    out: list[Marked] = []
    pos = 0
    for para in text.split("\n"):
        open_at = -1
        for i, ch in enumerate(para):
            at = pos + i
            if ch in OPENING or (ch == STRAIGHT and open_at < 0 and (i == 0 or para[i - 1] in OPENS_AFTER)):
                if open_at >= 0 and ch in OPENING:
                    continue  # a stray second opening mark: keep the first
                open_at = at
            elif (ch in CLOSING or ch == STRAIGHT) and open_at >= 0:
                _add(out, text, open_at, at)
                open_at = -1
        if open_at >= 0:  # a quote that goes on into the next paragraph ends with this one
            _add(out, text, open_at, pos + len(para))
        pos += len(para) + 1
    return out


def _add(out: list[Marked], text: str, open_at: int, close_at: int) -> None:
    s, e = open_at + 1, close_at
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    if e - s >= 2 and re.search(r"[A-Za-z]", text[s:e]):
        out.append(Marked(open_at, close_at, s, e))


class QuoteFinder:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.wc_meta or {}
        article_id = meta.get("article_id", "")
        finder = _DocQuotes(doc, article_id)
        quotes = finder.direct()
        quotes += finder.indirect(quotes)
        quotes.sort(key=lambda q: (q.start, q.end))
        link_quotes(doc, quotes, doc._.wc_events or [])
        doc._.wc_quotes = quotes
        return doc


class _DocQuotes:
    """The quotes of one document."""

    def __init__(self, doc: Doc, article_id: str) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.article_id = article_id
        self.roles = RoleResolver(doc)
        self.speakers = SpeakerResolver(doc, self.roles)
        self.marked = find_marked(self.text)
        self.masked: set[int] = set()  # tokens inside quotation marks (the marks included)
        for m in self.marked:
            self.masked.update(t.i for t in self._tokens(m.open_at, m.close_at + 1))
        self.sents: list[Span] = list(doc.sents)

    # ---- helpers --------------------------------------------------------------------
    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _sent_index(self, char: int) -> int:
        for n, s in enumerate(self.sents):
            if s.start_char <= char < s.end_char + 1:
                return n
        return len(self.sents) - 1

    def _frame(self, sents: list[Span]) -> list[Token]:
        """The writer's own words of these sentences: everything outside quotation marks."""
        return [t for s in sents for t in s if t.i not in self.masked and not t.is_space]

    def _make(self, start: int, end: int, kind: str, cue: Cue | None, speaker: list[Actor]) -> Quote:
        return Quote(quote_id=stable_id(self.article_id, start, end), article_id=self.article_id,
                     text=self.text[start:end], start=start, end=end, kind=kind, speaker=speaker,
                     cue=cue.text if cue else "", cue_start=cue.start if cue else -1,
                     cue_end=cue.end if cue else -1)

    def _speakers(self, cue: Cue | None) -> list[Actor]:
        if cue is None:
            return []
        if cue.cited is not None:
            cited = self.speakers.speakers(cue.cited)
            if cited:
                return cited
        return self.speakers.speakers(cue.subject)

    # ---- direct and partial quotes ---------------------------------------------------
    def direct(self) -> list[Quote]:
        out: list[Quote] = []
        last: tuple[Quote, int] | None = None  # the previous attributed quote and its last sentence
        for m in self.marked:
            toks = [t for t in self._tokens(m.start, m.end) if not t.is_space]
            if not toks:
                continue
            first, last_sent = self._sent_index(m.start), self._sent_index(m.end - 1)
            sents = self.sents[first:last_sent + 1]
            kind = self._kind(m, sents[0])
            if kind == "partial" and self.text[m.end - 1] == ".":
                m.end -= 1  # the sentence's full stop that American style sets inside the marks
                toks = [t for t in toks if t.idx < m.end]
            cue = self._cue(m, toks, sents, kind)
            if cue is None and kind == "direct" and last is not None and first - last[1] <= 1 \
                    and not any(t.is_alpha for t in self._frame(sents)):
                # A quote-only sentence right after an attributed quote goes on with the same speaker.
                prev = last[0]
                q = self._make(m.start, m.end, kind, None, prev.speaker)
                q.cue, q.cue_start, q.cue_end = prev.cue, prev.cue_start, prev.cue_end
            elif cue is None:
                if kind == "partial" or len(toks) < 3:
                    continue  # scare quotes, titles and nicknames: the writer's words or nobody's
                q = self._make(m.start, m.end, kind, None, [])
            else:
                q = self._make(m.start, m.end, kind, cue, self._speakers(cue))
                self.speakers.note_documents(self._frame(sents), q.speaker)
            out.append(q)
            if q.speaker:
                last = (q, last_sent)
        return out

    def _kind(self, m: Marked, sent: Span) -> str:
        """direct: a sentence or clause of its own (opening the sentence, or after the attribution's
        comma or colon); partial: words set inside the writer's own sentence."""
        text = self.text
        para_start = text.rfind("\n", 0, m.open_at) + 1
        before = text[max(sent.start_char, para_start):m.open_at].rstrip()
        if not before or before[-1] in ",:;.!?—–-(" or before[-1] in CLOSING + STRAIGHT:
            return "direct"
        # 'said "We will ..."' without the comma some styles leave out
        prev = [t for t in sent if t.idx < m.open_at and not t.is_space]
        if text[m.start].isupper() and prev and is_cue(prev[-1]):
            return "direct"
        return "partial"

    def _cue(self, m: Marked, toks: list[Token], sents: list[Span], kind: str) -> Cue | None:
        # 1. a cue verb that governs the quoted words: "vowed that China would 'defend'",
        #    '"...," Putin said' (the quote is the complement of "said")
        best: tuple[int, Token] | None = None
        for t in toks:
            if t.is_punct:
                continue  # the parser hangs a quote's commas and stops on the attribution's verb
            a, steps = t.head, 1
            while steps < 12:
                if a.i not in self.masked and (is_cue(a) or (kind == "partial" and is_cue(a, ("name",)))):
                    if best is None or steps < best[0]:
                        best = (steps, a)
                    break
                if a.head.i == a.i:
                    break
                a, steps = a.head, steps + 1
        if best is not None:
            return self._verb_cue(best[1])
        frame = self._frame(sents)
        # 2. "according to X"
        acc = according_to(frame)
        if acc is not None:
            return acc
        # 3. a cue verb anywhere outside the marks of the quote's sentences: the nearest one
        cues = [t for t in frame if is_cue(t) and cue_subject(t) is not None]
        if not cues:
            nxt = self._neighbour(m, sents)
            cues = [t for t in self._frame(nxt) if is_cue(t) and cue_subject(t) is not None] if nxt else []
        if cues:
            near = min(cues, key=lambda c: min(abs(c.i - toks[0].i), abs(c.i - toks[-1].i)))
            return self._verb_cue(near)
        # 4. quoted words inside a clause: the clause's subject chose them
        if kind == "partial":
            a = toks[0].head
            for _ in range(8):
                if a.pos_ in ("VERB", "AUX") and a.i not in self.masked:
                    subj = cue_subject(a)
                    if subj is not None and subj.i not in self.masked and self.roles.np_actors(subj):
                        return Cue([a], subj)
                if a.head.i == a.i:
                    break
                a = a.head
        return None

    def _neighbour(self, m: Marked, sents: list[Span]) -> list[Span]:
        """The sentence the attribution went to when the parser split it off: after a quote
        that ends with a comma ('"...," / he said.'), before one that follows a colon."""
        text = self.text
        i0, i1 = sents[0].start, sents[-1].end
        n0 = next((n for n, s in enumerate(self.sents) if s.start == i0), 0)
        n1 = next((n for n, s in enumerate(self.sents) if s.end == i1), len(self.sents) - 1)
        if text[m.end:m.close_at].strip() == "," and n1 + 1 < len(self.sents):
            return [self.sents[n1 + 1]]
        if text[:m.open_at].rstrip().endswith(":") and n0 > 0:
            return [self.sents[n0 - 1]]
        return []

    def _verb_cue(self, verb: Token) -> Cue:
        toks = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        cited = None
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "cite":
                cited = next((o for o in c.children if o.dep_ in ("dobj", "obj")), None)
        return Cue(sorted(toks, key=lambda t: t.i), cue_subject(verb), cited)

    # ---- indirect speech -----------------------------------------------------------
    def indirect(self, quoted: list[Quote]) -> list[Quote]:
        out: list[Quote] = []
        seen = {(q.start, q.end) for q in quoted}
        for tok in self.doc:
            if tok.i in self.masked:
                continue
            span_cue: tuple[int, int, Cue] | None = None
            if is_cue(tok) and not any(c.dep_ == "neg" for c in tok.children):
                content = self._reported_clause(tok)
                if content is not None:
                    span_cue = (*content, self._verb_cue(tok))
            elif is_according(tok):
                span_cue = self._according_clause(tok)
            if span_cue is None:
                continue
            start, end, cue = span_cue
            if (start, end) in seen or self._quoted_share(start, end) >= 0.5:
                continue  # the direct quote says it already
            speakers = self._speakers(cue)
            if not speakers:
                continue
            seen.add((start, end))
            out.append(self._make(start, end, "indirect", cue, speakers))
        return out

    def _reported_clause(self, verb: Token) -> tuple[int, int] | None:
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if comp is None:
            # "said in a statement that ...", "wrote before the ceremony that ...": the parser hangs
            # the reported clause on the noun; its "that" (a complementiser, not a relative
            # pronoun) shows whose clause it is
            for p in verb.children:
                if p.dep_ == "prep":
                    for n in p.children:
                        if n.dep_ == "pobj" and comp is None:
                            comp = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl")
                                         and any(m.lower_ == "that" and m.dep_ == "mark"
                                                 for m in c.children)), None)
        toks: list[Token]
        if comp is not None:
            toks = list(comp.subtree)
            # the clause on one side of the cue only ('X, he said, will Y' keeps the longer side)
            left = [t for t in toks if t.i < verb.i]
            right = [t for t in toks if t.i > verb.i]
            toks = left if len(left) > len(right) else right
        elif verb.dep_ == "parataxis" and verb.head.i != verb.i:
            # "The talks will resume next week, he said" parsed with "said" hanging from "resume"
            own = {t.i for t in verb.subtree}
            toks = [t for t in verb.head.subtree if t.i not in own and t.i < verb.i]
        else:
            return None
        subj = cue_subject(verb)
        if subj is not None and subj.i < verb.i and toks and toks[0].i < subj.i:
            toks = [t for t in toks if t.i < self._description_start(subj, verb)]
        return self._clause_span(toks)

    def _description_start(self, subj: Token, verb: Token) -> int:
        """Where the speaker's description before a cue starts, when the parser has folded it into
        the reported clause: "... border, India's foreign secretary, Vinay Kwatra, said". Comma-set
        pieces belong to it while they name someone or an office."""
        start = min(np_start(subj), subj.i)
        while start > 0 and self.doc[start - 1].text == ",":
            seg_end = start - 1
            seg_start = seg_end
            while seg_start > 0 and self.doc[seg_start - 1].text != "," and seg_end - seg_start < 8:
                seg_start -= 1
            seg = self.doc[seg_start:seg_end]
            titles = self.roles.tables.titles
            titled = any(self.roles.mention(t) is not None or t.lower_ in titles for t in seg)
            if not titled or any(t.pos_ in ("VERB", "AUX") for t in seg):
                break
            start = seg_start
        return start

    def _according_clause(self, acc: Token) -> tuple[int, int, Cue] | None:
        to = self.doc[acc.i + 1]
        src = next((c for c in to.children if c.dep_ == "pobj"), None)
        if src is None or not self.speakers.speakers(src) or acc.head.i == acc.i:
            return None
        if classify(src, src.text) == "data":
            return None  # figures are sources, not speakers
        head = acc.head
        own = {t.i for t in acc.subtree}
        toks = [t for t in head.subtree if t.i not in own]
        got = self._clause_span(toks)
        if got is None:
            return None
        return (*got, Cue([acc, to], src))

    def _clause_span(self, toks: list[Token]) -> tuple[int, int] | None:
        toks = sorted(toks, key=lambda t: t.i)
        while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "mark"
                        or toks[0].lower_ in ("that",)):
            if toks[0].lower_ in NOT_STATEMENTS:
                return None
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        if len([t for t in toks if not t.is_punct]) < MIN_INDIRECT_TOKENS:
            return None
        if toks[0].lower_ in NOT_STATEMENTS:
            return None
        # stop at the first gap (a relative clause of another sentence part, an interruption)
        run = [toks[0]]
        for t in toks[1:]:
            if t.i != run[-1].i + 1:
                break
            run.append(t)
        # stop before a direct quote that the clause introduces ("..., stressing: "This deal ...")
        for n, t in enumerate(run):
            if t.i in self.masked and any(m.open_at <= t.idx <= m.close_at and self._opens_clause(m)
                                          for m in self.marked):
                run = run[:n]
                while run and (run[-1].is_punct or is_cue(run[-1]) or run[-1].dep_ in ("cc", "mark")):
                    run = run[:-1]
                break
        if len(run) < MIN_INDIRECT_TOKENS:
            return None
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        # keep a quotation mark that the clause opened but did not close off the edges
        text = self.text
        while end > start and text[end - 1] in OPENING + CLOSING + STRAIGHT + TRIM:
            end -= 1
        while start < end and text[start] in OPENING + CLOSING + STRAIGHT + TRIM:
            start += 1
        return start, end

    def _opens_clause(self, m: Marked) -> bool:
        """A quote set off by a colon or comma: a direct quote, not words inside the clause."""
        before = self.text[:m.open_at].rstrip()
        return bool(before) and before[-1] in ":,"

    def _quoted_share(self, start: int, end: int) -> float:
        inside = 0
        total = 0
        for i in range(start, end):
            if self.text[i].isspace():
                continue
            total += 1
            if any(m.open_at <= i <= m.close_at for m in self.marked):
                inside += 1
        return inside / total if total else 0.0


def is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def according_to(frame: list[Token]) -> Cue | None:
    for t in frame:
        if is_according(t):
            to = t.doc[t.i + 1]
            src = next((c for c in to.children if c.dep_ == "pobj"), None)
            if src is not None:
                return Cue([t, to], src)
    return None


def _keys(actors: list[Actor]) -> set[tuple[str, str]]:
    return {(a.country, a.name) for a in actors if a.country or a.name}


def link_quotes(doc: Doc, quotes: list[Quote], events: list[Event]) -> None:
    """Link each quote to the events of its sentence it is about (see the module docstring)."""
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    for q in quotes:
        lo = min(q.start, q.cue_start) if q.cue_start >= 0 else q.start
        hi = max(q.end, q.cue_end)
        spans = [(s, e) for s, e in sents if s < hi and lo < e]
        if not spans:
            continue
        lo, hi = spans[0][0], spans[-1][1]
        keys = _keys(q.speaker)
        for ev in events:
            if not (ev.evidence.start < hi and lo < ev.evidence.end):
                continue
            t = ev.trigger.start
            if (q.start <= t < q.end or q.cue_start <= t < q.cue_end or keys & _keys(ev.actor)) \
                    and ev.event_id not in q.event_ids:
                q.event_ids.append(ev.event_id)
                if q.quote_id not in ev.quote_ids:
                    ev.quote_ids.append(q.quote_id)


@Language.factory("wirecoder_quotes", requires=["doc._.wc_mentions", "doc._.wc_events"],
                  assigns=["doc._.wc_quotes"])
def make_quote_finder(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    register_extensions()
    return guarded(name, QuoteFinder(nlp))
