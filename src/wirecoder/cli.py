"""The ``wirecoder`` command: a thin shell over the library.

Exit codes: 0 all good; 1 some inputs failed (each named on stderr, the rest
coded and stored); 2 bad usage or a missing path.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

from . import __version__
from .config import SETTINGS, Config
from .errors import InputError, MissingInputError, UsageError, WirecoderError, reason_of

DEFAULT_DB = "wirecoder.db"
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> str:
    from .ingest.dates import check_iso_date

    try:
        return check_iso_date(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _dyad(value: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"{value!r}: a dyad is two actor codes, e.g. RUS,CHN")
    return parts[0], parts[1]


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _seconds(value: str) -> float:
    try:
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < f < 10**6:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return f


def _unit_float(value: str) -> float:
    f = float(value)
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return f


def _add_coding_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders (read recursively), or - for standard input; the format "
                        "(text, HTML, RSS/Atom, JSONL) is told from the content")
    p.add_argument("--date", type=_date, help=SETTINGS["default_date"])
    p.add_argument("--workers", type=_positive_int, default=1, help="processes to code with (default 1)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.add_argument("--drop-negated", action="store_true", help=SETTINGS["drop_negated"])
    p.add_argument("--min-confidence", type=_unit_float, default=Config.min_confidence,
                   help=SETTINGS["min_confidence"] + f" (default {Config.min_confidence})")
    p.add_argument("--max-chars", type=_positive_int, default=Config.max_chars, help=SETTINGS["max_chars"])
    p.add_argument("--model", default="", help=SETTINGS["model"])
    p.add_argument("--article-timeout", type=_seconds, metavar="SECONDS",
                   help="stop coding an article after this long and report it (default: 30 s plus 0.75 s "
                        "per 1,000 characters, a few times what an article of that length takes)")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links in folders even when they lead outside the folder")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="wirecoder", description="Political event data from English news.")
    ap.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("code", help="code stories and print the records (nothing stored)")
    _add_coding_options(p)
    p.add_argument("--format", "-f", default="jsonl", choices=("jsonl", "plover", "csv", "tsv"),
                   help="jsonl: one article per line; plover: one event per line; csv: events; "
                        "tsv: GDELT-style rows")
    p.add_argument("-o", "--output", help="write here instead of standard output")

    p = sub.add_parser("ingest", help="code stories and store them in SQLite")
    _add_coding_options(p)
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--actor", help="an actor code (RUS, IGO...) on either side")
    p.add_argument("--dyad", type=_dyad, help="two actor codes, e.g. RUS,CHN: events involving both")
    p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument("--limit", type=_positive_int, default=1000)
    p.add_argument("--format", "-f", default="table", choices=("table", "jsonl", "csv"))

    p = sub.add_parser("show", help="show a story with its events, actors and quotes marked")
    p.add_argument("article", help="a stored article id, or a file to code and show")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--date", type=_date)

    p = sub.add_parser("explain", help="show how a sentence is parsed and coded, rule by rule")
    p.add_argument("sentence", help="the sentence (or - to read it from standard input)")
    p.add_argument("--date", type=_date, help="publication date for relative dates")

    p = sub.add_parser("eval", help="score the coder on gold records (PLOVER or PETRARCH shape)")
    p.add_argument("gold", help="gold JSONL file")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--show-errors", action="store_true", help="list misses and false alarms")

    p = sub.add_parser("serve", help="start the HTTP API and the review web UI")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--create", action="store_true", help="create the database when it does not exist")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="a host name the server answers to besides 127.0.0.1 and localhost (repeatable)")
    p.add_argument("--article-timeout", type=_seconds, metavar="SECONDS",
                   help="stop coding a posted story after this long (default: by its length)")
    return ap


def _config(args: argparse.Namespace) -> Config:
    return Config(model=args.model, max_chars=args.max_chars, drop_negated=args.drop_negated,
                  min_confidence=args.min_confidence, default_date=args.date)


def _report(err: InputError, stream: IO[str]) -> None:
    stream.write(f"wirecoder: {err.origin}: {err.reason}\n")


def _run_batch(args: argparse.Namespace, sink: Callable[[Any], None], counts: dict[str, int]) -> int:
    """Read, code and hand each coded article to ``sink``; report failures; return the exit code.

    Every input is on its own: whatever goes wrong with one (reading, coding in a worker process
    under its time limit, storing) is one line on stderr, and the rest go on."""
    from .ingest import ReadOptions, check_paths, read_inputs
    from .runner import progress
    from .workers import WorkerPool

    check_paths(args.inputs)
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    config = _config(args)
    items = read_inputs(args.inputs, ReadOptions(default_date=args.date, max_chars=args.max_chars,
                                                 follow_links=args.follow_links))
    show = not args.quiet and sys.stderr.isatty()
    # the workers start before the progress bar's thread does (they are forked on Linux)
    with WorkerPool(config, args.workers, article_timeout=args.article_timeout) as pool, \
            progress(show, "coding") as tick:
        for result in pool.imap(items):
            if not isinstance(result, InputError):
                result = _sink_one(sink, result)
            if isinstance(result, InputError):
                counts["failed"] += 1
                _report(result, sys.stderr)
            else:
                counts["done"] += 1
            tick()
    return EXIT_SOME_FAILED if counts["failed"] else EXIT_OK


def _sink_one(sink: Callable[[Any], None], coded: Any) -> Any:
    try:
        sink(coded)
        return coded
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as e:  # a record that cannot be written or stored: this article only
        a = coded.article
        return InputError(a.origin or a.id, f"cannot be stored or written ({reason_of(e)})")


def cmd_code(args: argparse.Namespace) -> int:
    from .store.export import Writer

    try:
        out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as e:
        raise UsageError(f"{args.output}: cannot write ({e.strerror or e})") from None
    counts = {"done": 0, "failed": 0}
    try:
        writer = Writer(args.format, out)
        return _run_batch(args, writer.write, counts)
    finally:
        if args.output:
            out.close()
        if counts["failed"]:
            sys.stderr.write(f"wirecoder: {counts['done']} articles coded, {counts['failed']} failed "
                             f"(named above)\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import check_paths
    from .store.sqlite import SQLiteStore

    check_paths(args.inputs)  # a missing path is bad usage: no summary, nothing opened
    counts = {"new": 0, "updated": 0, "unchanged": 0, "done": 0, "failed": 0}
    with SQLiteStore(args.db) as store:
        def save(coded: Any) -> None:
            counts[store.save(coded)] += 1

        try:
            return _run_batch(args, save, counts)
        finally:  # the summary is printed however the batch ended
            stats = store.stats()
            failed = f", {counts['failed']} failed" if counts["failed"] else ""
            print(f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged "
                  f"articles{failed}; {args.db} holds {stats['articles']} articles, {stats['events']} events, "
                  f"{stats['quotes']} quotes, {stats['amounts']} amounts", flush=True)


def cmd_events(args: argparse.Namespace) -> int:
    from .store.export import EVENT_COLUMNS, flat_event
    from .store.sqlite import EventQuery, SQLiteStore

    with SQLiteStore(args.db, readonly=True) as store:
        eq = EventQuery(actor=args.actor, dyad=args.dyad, type=args.type, since=args.since, until=args.until,
                        per_page=args.limit)
        items, total = store.events(eq)
    if args.format == "jsonl":
        for e in items:
            print(json.dumps(e, ensure_ascii=False))
    elif args.format == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for e in items:
            w.writerow(flat_event(e))
    else:
        from .terminal import events_table

        events_table(items, total)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from .terminal import show_article

    if os.path.exists(args.article) and not os.path.isdir(args.article):
        from .ingest import ReadOptions, read_inputs
        from .pipeline import Coder

        coder = None
        for item in read_inputs([args.article], ReadOptions(default_date=args.date)):
            if isinstance(item, InputError):
                _report(item, sys.stderr)
                return EXIT_SOME_FAILED
            coder = coder or Coder(Config(default_date=args.date))
            coded = coder.code(item)
            show_article(json.loads(json.dumps(coded.to_dict(), default=str)))
        return EXIT_OK
    from .store.sqlite import SQLiteStore

    with SQLiteStore(args.db, readonly=True) as store:
        art = store.article(args.article)
    if art is None:
        raise UsageError(f"{args.article}: no such article in {args.db} (and no such file)")
    show_article(art)
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain

    sentence = sys.stdin.read() if args.sentence == "-" else args.sentence
    if not sentence.strip():
        raise UsageError("explain needs a sentence (or - to read one from standard input)")
    explain(sentence, date=args.date)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_file, print_report

    report = evaluate_file(args.gold)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report, show_errors=args.show_errors)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .web.server import serve

    if not args.create and "://" not in args.db and not os.path.exists(args.db):
        raise UsageError(f"{args.db}: no such database (ingest some articles first, or add --create to start "
                         f"an empty one)")
    serve(db=args.db, host=args.host, port=args.port, allow_hosts=args.allow_host,
          article_timeout=args.article_timeout)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "code": cmd_code, "ingest": cmd_ingest, "events": cmd_events, "show": cmd_show, "explain": cmd_explain,
    "eval": cmd_eval, "serve": cmd_serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except MissingInputError as e:
        sys.stderr.write(f"wirecoder: {e.origin}: {e.reason}\n")
        return EXIT_USAGE
    except UsageError as e:
        sys.stderr.write(f"wirecoder: {e}\n")
        return EXIT_USAGE
    except WirecoderError as e:
        sys.stderr.write(f"wirecoder: {e}\n")
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("wirecoder: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # the last line of defence: a message, never a traceback
        if os.environ.get("WIRECODER_DEBUG"):
            raise
        sys.stderr.write(f"wirecoder: internal error: {type(e).__name__}: {e} "
                         f"(set WIRECODER_DEBUG=1 for the traceback)\n")
        return EXIT_SOME_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
