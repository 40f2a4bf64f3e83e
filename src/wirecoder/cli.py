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
from .errors import InputError, MissingInputError, UsageError, WirecoderError

DEFAULT_DB = "wirecoder.db"
DB_ENV = "WIRECODER_DB"
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


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=f"the database: a file path or sqlite:///PATH (SQLite), or "
                                f"postgresql://USER@HOST:PORT/DB (default ${DB_ENV}, else {DEFAULT_DB})")


def _db(args: argparse.Namespace) -> str:
    return str(args.db or os.environ.get(DB_ENV) or DEFAULT_DB)


def build_parser() -> argparse.ArgumentParser:
    from .store.export import FORMATS, format_help

    ap = argparse.ArgumentParser(prog="wirecoder", description="Political event data from English news.")
    ap.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("code", help="code stories and print the records (nothing stored)")
    _add_coding_options(p)
    p.add_argument("--format", "-f", default="jsonl", choices=tuple(FORMATS), help=format_help())
    p.add_argument("-o", "--output", help="write here instead of standard output (parquet: a folder)")

    p = sub.add_parser("ingest", help="code stories and store them (SQLite or PostgreSQL)")
    _add_coding_options(p)
    _add_db(p)

    p = sub.add_parser("events", help="query stored events")
    _add_db(p)
    p.add_argument("--actor", help="an actor code (RUS, IGO...) on either side")
    p.add_argument("--dyad", type=_dyad, help="two actor codes, e.g. RUS,CHN: events involving both")
    p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument("--limit", type=int, default=1000)
    view = p.add_mutually_exclusive_group()
    view.add_argument("--per-article", dest="view", action="store_const", const="mentions",
                      help="every coded event of every story (by default: one row per happening, with how many "
                           "times, by how many sources and in how many stories it was reported)")
    view.add_argument("--one-a-day", dest="view", action="store_const", const="one_a_day",
                      help="one event per dyad, event type and day (PETRARCH's one-a-day filter)")
    p.add_argument("--format", "-f", default="table",
                   choices=("table", *(n for n, f in FORMATS.items() if f.lines)))

    p = sub.add_parser("export", help="write stored articles and events to files (Parquet, JSONL, CSV...)")
    _add_db(p)
    p.add_argument("--format", "-f", required=True, choices=tuple(FORMATS), help=format_help())
    p.add_argument("-o", "--output", help="write here instead of standard output (parquet: a folder)")

    p = sub.add_parser("show", help="show a story with its events, actors and quotes marked")
    p.add_argument("article", help="a stored article id, or a file to code and show")
    _add_db(p)
    p.add_argument("--date", type=_date)

    p = sub.add_parser("explain", help="show how a sentence is parsed and coded, rule by rule")
    p.add_argument("sentence", help="the sentence (or - to read it from standard input)")
    p.add_argument("--date", type=_date, help="publication date for relative dates")

    p = sub.add_parser("eval", help="score the coder on gold records (PLOVER or PETRARCH shape)")
    p.add_argument("gold", help="gold JSONL file")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--show-errors", action="store_true", help="list misses and false alarms")

    p = sub.add_parser("spark", help="code a corpus on Spark and write Parquet datasets (wirecoder[spark])")
    from .batch import add_spark_arguments

    add_spark_arguments(p)

    p = sub.add_parser("serve", help="start the HTTP API and the review web UI")
    _add_db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    return ap


def _config(args: argparse.Namespace) -> Config:
    return Config(model=args.model, max_chars=args.max_chars, drop_negated=args.drop_negated,
                  min_confidence=args.min_confidence, default_date=args.date)


def _report(err: InputError, stream: IO[str]) -> None:
    stream.write(f"wirecoder: {err.origin}: {err.reason}\n")


def _run_batch(args: argparse.Namespace, sink: Callable[[Any], None]) -> int:
    """Read, code and hand each coded article to ``sink``; report failures; return the exit code."""
    from .ingest import ReadOptions, check_paths, read_inputs
    from .runner import code_stream, progress

    check_paths(args.inputs)
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    config = _config(args)
    items = read_inputs(args.inputs, ReadOptions(default_date=args.date, max_chars=args.max_chars))
    failed = 0
    show = not args.quiet and sys.stderr.isatty()
    with progress(show, "coding") as tick:
        for result in code_stream(items, config, workers=args.workers):
            if isinstance(result, InputError):
                failed += 1
                _report(result, sys.stderr)
            else:
                sink(result)
            tick()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_code(args: argparse.Namespace) -> int:
    from .store.export import open_sink

    sink = open_sink(args.format, args.output)
    try:
        return _run_batch(args, sink.write)
    finally:
        sink.close()


def cmd_ingest(args: argparse.Namespace) -> int:
    from .store.base import open_store

    counts = {"new": 0, "updated": 0, "unchanged": 0}
    with open_store(_db(args)) as store:
        def save(coded: Any) -> None:
            counts[store.save(coded)] += 1

        code = _run_batch(args, save)
        stats = store.stats()
        label = store.label
    print(f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged articles; "
          f"{label} holds {stats['articles']} articles, {stats['events']} events, "
          f"{stats['quotes']} quotes, {stats['amounts']} amounts")
    return code


def cmd_events(args: argparse.Namespace) -> int:
    from .store.base import EventQuery, open_store
    from .store.export import FORMATS

    with open_store(_db(args), readonly=True) as store:
        eq = EventQuery(actor=args.actor, dyad=args.dyad, type=args.type, since=args.since, until=args.until,
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
        for item in read_inputs([args.article], ReadOptions(default_date=args.date)):
            if isinstance(item, InputError):
                _report(item, sys.stderr)
                return EXIT_SOME_FAILED
            coder = coder or Coder(Config(default_date=args.date))
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


def cmd_spark(args: argparse.Namespace) -> int:
    try:
        from .batch.spark import main_args
    except ImportError as e:
        raise UsageError(f"the Spark job needs pyspark and pyarrow ({e}): pip install 'wirecoder[spark]'") from None
    return main_args(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from .web.server import serve

    serve(db=_db(args), host=args.host, port=args.port)
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
