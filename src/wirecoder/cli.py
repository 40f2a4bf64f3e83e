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
from .config import Config, flag_of, help_of, settings
from .errors import InputError, MissingInputError, UsageError, WirecoderError, reason_of

DB_ENV = "WIRECODER_DB"
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> str:
    from .ingest.dates import check_iso_date

    try:
        return check_iso_date(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _dyad(value: str) -> tuple[str, str]:
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"{value!r}: a dyad is two actors, e.g. RUS,CHN or britain,russia")
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


CHECKS: dict[str, Callable[[str], Any]] = {"int": _positive_int, "float": _unit_float, "float | None": _seconds}


def _add_settings(p: argparse.ArgumentParser, command: str) -> None:
    """The options of ``command`` that are settings: name, default and help all come from Config."""
    for f in settings():
        if command not in f.metadata["commands"]:
            continue
        if f.type == "bool":
            p.add_argument(flag_of(f), dest=f.name, action="store_true", help=help_of(f))
            continue
        if f.type == "tuple[str, ...]":  # repeatable
            p.add_argument(flag_of(f), dest=f.name, action="append", default=[], help=help_of(f),
                           metavar=f.metadata["metavar"] or None)
            continue
        check = _date if f.name == "default_date" else CHECKS.get(str(f.type), str)
        p.add_argument(flag_of(f), dest=f.name, type=check, default=f.default, help=help_of(f),
                       metavar=f.metadata["metavar"] or None)


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders (read recursively), or - for standard input; the format "
                        "(text, HTML, RSS/Atom, JSONL) is told from the content")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="no progress bar (default: off; the bar shows only when stderr is a terminal)")


def _db(args: argparse.Namespace) -> str:
    """The database: --db, else $WIRECODER_DB, else wirecoder.db in this folder."""
    return str(args.db or os.environ.get(DB_ENV) or "wirecoder.db")


def build_parser() -> argparse.ArgumentParser:
    from .store.export import FORMATS, format_help

    ap = argparse.ArgumentParser(prog="wirecoder", description="Political event data from English news.")
    ap.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("code", help="code stories and print the records (nothing stored)")
    _add_inputs(p)
    _add_settings(p, "code")
    p.add_argument("--format", "-f", default="jsonl", choices=tuple(FORMATS),
                   help=format_help() + " (default: jsonl)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write here (a folder for parquet) (default: standard output)")

    p = sub.add_parser("ingest", help="code stories and store them (SQLite or PostgreSQL)")
    _add_inputs(p)
    _add_settings(p, "ingest")

    p = sub.add_parser("events", help="query stored events")
    _add_settings(p, "events")
    p.add_argument("--actor", metavar="ACTOR",
                   help="a country or organisation on either side, by name or code in any case: "
                        "Russia, russia, RUS, NATO (default: any)")
    p.add_argument("--dyad", type=_dyad, metavar="A,B",
                   help="two actors, e.g. RUS,CHN or britain,russia: events involving both (default: any)")
    p.add_argument("--type", metavar="TYPE",
                   help="PLOVER event type in any case, e.g. CONSULT, sanction (default: any)")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="events on or after this date "
                                                                      "(default: no limit)")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="events on or before this date "
                                                                      "(default: no limit)")
    p.add_argument("--limit", type=_positive_int, default=1000, metavar="N",
                   help="show at most N events, newest first (default: 1000)")
    view = p.add_mutually_exclusive_group()
    view.add_argument("--per-article", dest="view", action="store_const", const="mentions",
                      help="every coded event of every story (default: one row per happening, with how many "
                           "times, by how many sources and in how many stories it was reported)")
    view.add_argument("--one-a-day", dest="view", action="store_const", const="one_a_day",
                      help="one event per dyad, event type and day, PETRARCH's one-a-day filter (default: off)")
    p.add_argument("--format", "-f", default="table",
                   choices=("table", *(n for n, f in FORMATS.items() if f.lines)),
                   help="table: one compact row per event; the others as for code (default: table)")

    p = sub.add_parser("export", help="write stored articles and events to files (Parquet, JSONL, CSV...)")
    _add_settings(p, "export")
    p.add_argument("--format", "-f", required=True, choices=tuple(FORMATS),
                   help=format_help() + " (default: none; required)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write here (a folder for parquet) (default: standard output)")

    p = sub.add_parser("show", help="show a story with its events, actors and quotes marked")
    p.add_argument("article", help="a stored article id, or a file to code and show")
    _add_settings(p, "show")

    p = sub.add_parser("explain", help="show how a sentence is parsed and coded, rule by rule")
    p.add_argument("sentence", help="the sentence (or - to read it from standard input)")
    _add_settings(p, "explain")

    p = sub.add_parser("eval", help="score the coder on gold records (PLOVER or PETRARCH shape)")
    p.add_argument("gold", help="gold JSONL file")
    p.add_argument("--json", action="store_true", help="print the scores as JSON (default: off, a table)")
    p.add_argument("--show-errors", action="store_true",
                   help="list misses and false alarms (default: off)")

    p = sub.add_parser("spark", help="code a corpus on Spark and write Parquet datasets (wirecoder[spark])")
    from .batch import add_spark_arguments

    add_spark_arguments(p)

    p = sub.add_parser("serve", help="start the HTTP API and the review web UI")
    _add_settings(p, "serve")
    return ap


def _config(args: argparse.Namespace) -> Config:
    """The settings given on the command line; the rest keep their defaults."""
    given = {f.name: getattr(args, f.name) for f in settings() if hasattr(args, f.name)}
    return Config().with_(**{k: tuple(v) if isinstance(v, list) else v for k, v in given.items()})


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
    items = read_inputs(args.inputs, ReadOptions(default_date=args.default_date, max_chars=args.max_chars,
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
    from .store.export import open_sink

    try:
        sink = open_sink(args.format, args.output)
    except OSError as e:
        raise UsageError(f"{args.output}: cannot write ({e.strerror or e})") from None
    counts = {"done": 0, "failed": 0}
    try:
        return _run_batch(args, sink.write, counts)
    finally:
        sink.close()
        if counts["failed"]:
            sys.stderr.write(f"wirecoder: {counts['done']} articles coded, {counts['failed']} failed "
                             f"(named above)\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import check_paths
    from .store.base import open_store

    check_paths(args.inputs)  # a missing path is bad usage: no summary, nothing opened
    counts = {"new": 0, "updated": 0, "unchanged": 0, "done": 0, "failed": 0}
    with open_store(_db(args)) as store:
        def save(coded: Any) -> None:
            counts[store.save(coded)] += 1

        try:
            return _run_batch(args, save, counts)
        finally:  # the summary is printed however the batch ended
            stats = store.stats()
            failed = f", {counts['failed']} failed" if counts["failed"] else ""
            # one line that fits a 100-column terminal
            print(f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged{failed}; "
                  f"{store.label} holds {stats['articles']} articles, {stats['events']} events, "
                  f"{stats['quotes']} quotes, {stats['amounts']} amounts", flush=True)


def cmd_events(args: argparse.Namespace) -> int:
    from .names import resolve_actor, resolve_type
    from .store.base import EventQuery, open_store
    from .store.export import FORMATS

    actor = resolve_actor(args.actor) if args.actor else None
    dyad = (resolve_actor(args.dyad[0]), resolve_actor(args.dyad[1])) if args.dyad else None
    etype = resolve_type(args.type) if args.type else None
    with open_store(_db(args), readonly=True) as store:
        eq = EventQuery(actor=actor, dyad=dyad, type=etype, since=args.since, until=args.until,
                        per_page=args.limit, view=args.view or "happenings")
        items, total = store.events(eq)
    lines = FORMATS[args.format].lines if args.format in FORMATS else None
    if lines is not None:
        sys.stdout.writelines(lines(items))
    else:
        from .terminal import events_table

        events_table([dict(e) for e in items], total)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .store.base import open_store
    from .store.export import FORMATS, open_sink

    fmt = FORMATS[args.format]
    if fmt.by_happening and fmt.lines:  # event files: one row per happening, with its counts
        from .store.base import EventQuery

        with open_store(_db(args), readonly=True) as store:
            out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
            try:
                out.writelines(fmt.lines(store.export_events(EventQuery())))
            finally:
                if args.output:
                    out.close()
        return EXIT_OK
    with open_store(_db(args), readonly=True) as store:
        sink = open_sink(args.format, args.output)
        try:
            n = 0
            for coded in store.coded_articles():
                sink.write(coded)
                n += 1
        finally:
            sink.close()
        if fmt.folder and args.format == "parquet":  # and one row per happening, with its counts
            from .store.base import EventQuery
            from .store.happening_parquet import write_happenings

            write_happenings(args.output, store.export_events(EventQuery()))
        label = store.label
    if args.output:
        sys.stderr.write(f"wirecoder: wrote {n} articles from {label} to {args.output} ({args.format})\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from .terminal import show_article

    if os.path.exists(args.article) and not os.path.isdir(args.article):
        from .ingest import ReadOptions, read_inputs
        from .pipeline import Coder

        coder = None
        for item in read_inputs([args.article], ReadOptions(default_date=args.default_date)):
            if isinstance(item, InputError):
                _report(item, sys.stderr)
                return EXIT_SOME_FAILED
            coder = coder or Coder(Config(default_date=args.default_date))
            coded = coder.code(item)
            show_article(json.loads(json.dumps(coded.to_dict(), default=str)))
        return EXIT_OK
    from .store.base import open_store

    with open_store(_db(args), readonly=True) as store:
        art = store.article(args.article)
        label = store.label
    if art is None:
        raise UsageError(f"{args.article}: no such article in {label} (and no such file)")
    show_article(dict(art))
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain

    sentence = sys.stdin.read() if args.sentence == "-" else args.sentence
    if not sentence.strip():
        raise UsageError("explain needs a sentence (or - to read one from standard input)")
    explain(sentence, date=args.default_date)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_file, print_report

    report = evaluate_file(args.gold)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report, show_errors=args.show_errors)
    return EXIT_OK


def cmd_spark(args: argparse.Namespace) -> int:
    try:
        from .batch.spark import main_args
    except ImportError as e:
        raise UsageError(f"the Spark job needs pyspark and pyarrow ({e}): pip install 'wirecoder[spark]'") from None
    return main_args(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from .web.server import serve

    db = _db(args)
    if not args.create and "://" not in db and not os.path.exists(db):
        raise UsageError(f"{db}: no such database (ingest some articles first, or add --create to start "
                         f"an empty one)")
    serve(db=db, host=args.host, port=args.port, allow_hosts=args.allow_host,
          article_timeout=args.article_timeout)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "code": cmd_code, "ingest": cmd_ingest, "events": cmd_events, "export": cmd_export, "show": cmd_show,
    "explain": cmd_explain, "eval": cmd_eval, "serve": cmd_serve, "spark": cmd_spark,
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
