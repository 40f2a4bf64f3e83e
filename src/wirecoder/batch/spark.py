"""Code a corpus on Spark with the same coder as the CLI, and write the Parquet datasets.

    wirecoder spark INPUT... OUTPUT [--master local[2]]
    spark-submit --master yarn src/wirecoder/batch/spark.py INPUT... OUTPUT   # or: python -m wirecoder.batch.spark

INPUT is a JSONL file (one article a line, as `wirecoder code` reads it), a
Parquet file or folder of articles (columns id, text and optionally date or
published, title, url, publisher or source, wire), or a folder of text and
HTML files (each read as `wirecoder code` reads a file). Each Python worker
loads the spaCy pipeline once and codes its partitions with it (Arrow batches
in, Arrow batches out: ``mapInArrow``). OUTPUT gets the datasets of
`wirecoder export --format parquet` (events, articles, quotes, amounts; the
same columns and types, the same ids, partitioned year=/month=), plus:

- ``happenings``: one row per happening (batch/happenings.py), the event
  columns of its first event (the smallest id) and ``happening_id``,
  ``mentions``, ``sources``, ``articles``;
- ``stories``: each article's copy cluster (``article_id``, ``cluster_id``,
  ``source``, ``wire``), copies found by MinHash LSH as in wirecoder.dedupe;
- ``errors``: ``origin`` and ``reason`` of every input that could not be
  read or coded. A bad input never fails the job.

Rows with the same id (the same story twice in a corpus) are written once.
Writing replaces the datasets already in OUTPUT. See docs/SPARK.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from wirecoder.batch import add_spark_arguments
from wirecoder.config import Config
from wirecoder.errors import InputError
from wirecoder.ingest.readers import ReadOptions, name_date, read_bytes, read_jsonl_line
from wirecoder.model import Article, CodedArticle
from wirecoder.store.parquet import SCHEMAS, dataset_rows

DATASETS = ("events", "articles", "quotes", "amounts")
ID_COLUMN = {"events": "event_id", "articles": "id", "quotes": "quote_id", "amounts": "amount_id"}
INPUT = pa.schema([("origin", pa.string()), ("kind", pa.string()), ("data", pa.binary())])
STORY = pa.struct([("minhash", pa.binary()), ("size", pa.int32()), ("source", pa.string()),
                   ("bands", pa.list_(pa.string()))])
ERROR = pa.struct([("origin", pa.string()), ("reason", pa.string())])
CODED = pa.schema([
    ("article", pa.struct(list(SCHEMAS["articles"]))),
    *((name, pa.list_(pa.struct(list(SCHEMAS[name])))) for name in ("events", "quotes", "amounts")),
    ("story", STORY),
    ("error", ERROR),
])

_CODERS: dict[Config, Any] = {}


def worker_coder(config: Config) -> Any:
    """The pipeline of this Python worker, loaded on first use (Spark reuses workers between tasks)."""
    if config not in _CODERS:
        from wirecoder.pipeline import Coder

        _CODERS[config] = Coder(config)
    return _CODERS[config]


# ---- on the executors ------------------------------------------------------------------------
def read_item(origin: str, kind: str, data: bytes, opts: ReadOptions) -> list[Article | InputError]:
    """The articles of one input record: a JSONL line (kind "jsonl") or a whole file (kind "file")."""
    try:
        if kind == "jsonl":
            return list(read_jsonl_line(data, origin, opts))
        dated = name_date(Path(origin))  # as the CLI's reader: a file name's date dates its stories
        if dated:
            opts = replace(opts, default_date=dated)
        return list(read_bytes(data, origin, opts, suffix=os.path.splitext(origin)[1].lower()))
    except Exception as e:  # a reader's bug must not fail the job: the input goes to errors/
        return [InputError(origin, f"cannot read: {type(e).__name__}: {e}")]


def code_items(coder: Any, items: list[Article | InputError]) -> Iterator[CodedArticle | InputError]:
    """Code a batch; if the batch fails as a whole, code its articles one by one."""
    try:
        yield from list(coder.code_many(items))
        return
    except Exception:
        pass
    for it in items:
        try:
            yield from list(coder.code_many([it]))
        except Exception as e:
            origin = it.origin if isinstance(it, InputError) else (it.origin or it.id)
            yield InputError(origin, f"coding failed: {type(e).__name__}: {e}")


def coded_row(result: CodedArticle | InputError) -> dict[str, Any]:
    if isinstance(result, InputError):
        return {"article": None, "events": [], "quotes": [], "amounts": [], "story": None,
                "error": {"origin": result.origin, "reason": result.reason}}
    from wirecoder.dedupe import lsh_keys, publisher_key, sketch

    row: dict[str, Any] = {"events": [], "quotes": [], "amounts": [], "error": None}
    for name, _key, r in dataset_rows(result):
        if name == "articles":
            row["article"] = r
        else:
            row[name].append(r)
    a = result.article
    sk = sketch(a.text)
    row["story"] = {"minhash": sk.to_bytes(), "size": sk.size, "source": publisher_key(a.publisher, a.url),
                    "bands": lsh_keys(sk)}
    return row


def coder_of_batches(config: Config) -> Any:
    """The function mapInArrow runs on each partition: input records in, coded rows out."""
    def code(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        coder = worker_coder(config)
        opts = ReadOptions(default_date=config.default_date, max_chars=config.max_chars)
        for batch in batches:
            cols = batch.to_pydict()
            items: list[Article | InputError] = []
            for origin, kind, data in zip(cols["origin"], cols["kind"], cols["data"], strict=True):
                items.extend(read_item(origin, kind, data, opts))
            rows = [coded_row(r) for r in code_items(coder, items)]
            yield pa.RecordBatch.from_pylist(rows, schema=CODED)

    return code


# ---- on the driver -----------------------------------------------------------------------------
def input_kind(path: str) -> str:
    low = path.lower().rstrip("/")
    if low.endswith(".parquet") or (os.path.isdir(path) and any(
            f.endswith(".parquet") for _, _, files in os.walk(path) for f in files)):
        return "parquet"
    if low.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "files"


def _local(path: str) -> str:
    return path[len("file:"):] if path.startswith("file:") else path


def input_frame(spark: Any, inputs: Sequence[str], partitions: int) -> Any:
    """One DataFrame (origin, kind, data) of every input record: JSONL lines, Parquet rows, files."""
    from pyspark.sql.pandas.types import from_arrow_schema

    sc = spark.sparkContext
    rdds = []
    for inp in inputs:
        kind = input_kind(inp)
        if kind == "parquet":
            lines = spark.read.parquet(inp).toJSON()
        elif kind == "jsonl":
            lines = sc.textFile(inp)
        else:
            files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(inp)
                     .select("path", "content").rdd)
            rdds.append(files.map(lambda r: (_local(r[0]), "file", bytes(r[1]))))
            continue
        rdds.append(lines.zipWithIndex().map(
            lambda x, inp=inp: (f"{inp}:{x[1] + 1}", "jsonl", x[0].encode("utf-8"))))
    rdd = sc.union(rdds) if len(rdds) > 1 else rdds[0]
    return spark.createDataFrame(rdd, from_arrow_schema(INPUT)).repartition(partitions)


def _partitioned(df: Any, day: Any) -> Any:
    """year (0 when undated) and month ("05", "00" when undated), as `export --format parquet` names them."""
    from pyspark.sql import functions as F

    return (df.withColumn("year", F.coalesce(F.year(day), F.lit(0)))
            .withColumn("month", F.lpad(F.coalesce(F.month(day), F.lit(0)).cast("string"), 2, "0")))


def write_datasets(coded: Any, output: str) -> dict[str, int]:
    from pyspark.sql import functions as F

    counts: dict[str, int] = {}
    out = output.rstrip("/")
    frames = {"articles": coded.where(F.col("article").isNotNull()).select("article.*")}
    for name in ("events", "quotes", "amounts"):
        frames[name] = coded.select(F.explode(name).alias("x")).select("x.*")
    spark = coded.sparkSession
    for name in DATASETS:
        df = frames[name].dropDuplicates([ID_COLUMN[name]])
        day = F.coalesce(F.col("date"), F.col("published")) if name == "events" else F.col("published")
        df = _partitioned(df, day)
        df.write.mode("overwrite").partitionBy("year", "month").parquet(f"{out}/{name}")
        frames[name] = spark.read.parquet(f"{out}/{name}")  # what was written: read back, not coded again
        counts[name] = frames[name].count()
    errors = coded.where(F.col("error").isNotNull()).select("error.*")
    errors.coalesce(1).write.mode("overwrite").parquet(f"{out}/errors")
    counts["errors"] = spark.read.parquet(f"{out}/errors").count()
    counts.update(write_happenings(coded, frames["events"], out))
    return counts


def copy_edges(stories: Any) -> list[tuple[str, str]]:
    """Pairs of stories that are copies: LSH candidates (a shared band key) checked on their sketches."""
    from pyspark.sql import functions as F

    bands = stories.select("article_id", F.explode("bands").alias("key"))
    pairs = (bands.alias("a").join(bands.alias("b"), "key").where(F.col("a.article_id") < F.col("b.article_id"))
             .select(F.col("a.article_id").alias("x"), F.col("b.article_id").alias("y")).distinct())
    sk = stories.select("article_id", "minhash", "size")
    both = (pairs.join(sk.toDF("x", "mx", "sx"), "x").join(sk.toDF("y", "my", "sy"), "y"))

    def check(r: Any) -> bool:
        from wirecoder.dedupe import Sketch, is_copy

        return is_copy(Sketch.from_bytes(bytes(r.mx), r.sx), Sketch.from_bytes(bytes(r.my), r.sy))

    return [(r.x, r.y) for r in both.rdd.filter(check).collect()]


def clusters_of(ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """article id -> cluster id (the smallest id of its connected copies)."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in parent}


def write_happenings(coded: Any, events: Any, out: str) -> dict[str, int]:
    from pyspark.sql import functions as F

    spark = coded.sparkSession
    stories = (coded.where(F.col("article").isNotNull())
               .select(F.col("article.id").alias("article_id"), F.col("article.wire").alias("wire"), "story.*")
               .dropDuplicates(["article_id"]))
    edges = copy_edges(stories)
    members = sorted({x for e in edges for x in e})
    cluster = clusters_of(members, edges)
    cmap = spark.createDataFrame(list(cluster.items()) or [("", "")], "article_id string, cluster_id string")
    story_rows = (stories.join(cmap, "article_id", "left")
                  .withColumn("cluster_id", F.coalesce("cluster_id", "article_id"))
                  .select("article_id", "cluster_id", "source", "wire"))
    story_rows.write.mode("overwrite").parquet(f"{out}/stories")
    mentions = events.join(story_rows.select("article_id", "cluster_id", "source"), "article_id")

    def mention(r: Any) -> Any:
        from wirecoder.batch.happenings import Mention

        return Mention(r.event_id, r.article_id, r.event_type, [a.country for a in r.actor or []],
                       [a.country for a in r.recipient or []], r.date.isoformat() if r.date else None,
                       r.date_precision, r.location.country if r.location else None, r.cluster_id, r.source or "")

    def group(items: Iterable[Any]) -> list[tuple[str, int, int, int]]:
        from wirecoder.batch.happenings import happenings_of

        return [(str(h["happening_id"]), int(h["mentions"]), int(h["sources"]), int(h["articles"]))  # type: ignore[call-overload]
                for h in happenings_of(list(items))]

    from wirecoder.batch.happenings import group_key

    told = (mentions.rdd.map(mention).map(lambda m: (group_key(m), m)).groupByKey()
            .flatMap(lambda kv: group(kv[1])))
    counts = spark.createDataFrame(told, "happening_id string, mentions int, sources int, articles int")
    rows = events.join(counts.withColumnRenamed("happening_id", "event_id"), "event_id").withColumn(
        "happening_id", F.col("event_id"))
    columns = [c for c in events.columns if c not in ("year", "month")]
    rows = _partitioned(rows.select(*columns, "happening_id", "mentions", "sources", "articles"),
                        F.coalesce(F.col("date"), F.col("published")))
    rows.write.mode("overwrite").partitionBy("year", "month").parquet(f"{out}/happenings")
    written = spark.read.parquet(f"{out}/stories")
    return {"happenings": spark.read.parquet(f"{out}/happenings").count(),
            "copy_clusters": written.select("cluster_id").distinct().count()}


def session(master: str | None, app: str = "wirecoder") -> Any:
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName(app).config("spark.python.worker.reuse", "true")
               .config("spark.ui.showConsoleProgress", "false"))
    if master:
        builder = builder.master(master)
    elif not SparkConf().contains("spark.master"):
        builder = builder.master("local[*]")
    if (master or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this Python (its packages)
        builder = builder.config("spark.ui.enabled", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run(inputs: Sequence[str], output: str, master: str | None = None, config: Config | None = None,
        partitions: int | None = None) -> dict[str, int]:
    """Code ``inputs`` on Spark and write the datasets under ``output``; returns rows per dataset."""
    from pyspark import StorageLevel
    from pyspark.sql.pandas.types import from_arrow_schema

    config = config or Config()
    spark = session(master)
    try:
        n = partitions or max(2, spark.sparkContext.defaultParallelism * 2)
        # joins and de-duplication shuffle rows, not stories: as many partitions as coding, not Spark's 200
        spark.conf.set("spark.sql.shuffle.partitions", str(n))
        records = input_frame(spark, inputs, n)
        coded = records.mapInArrow(coder_of_batches(config), from_arrow_schema(CODED)).persist(
            StorageLevel.MEMORY_AND_DISK)
        counts = write_datasets(coded, output)
        coded.unpersist()
        return counts
    finally:
        if master:
            spark.stop()


def build_parser(prog: str = "wirecoder spark") -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=prog, description="Code a corpus on Spark and write Parquet datasets.")
    add_spark_arguments(ap)
    return ap


def main_args(args: argparse.Namespace) -> int:
    if len(args.paths) < 2:
        sys.stderr.write("wirecoder spark: give at least one INPUT and the OUTPUT folder\n")
        return 2
    *inputs, output = args.paths
    missing = [p for p in inputs if "://" not in p and not os.path.exists(p)]
    if missing:
        sys.stderr.write(f"wirecoder spark: {missing[0]}: no such file or directory\n")
        return 2
    config = Config(model=args.model, max_chars=args.max_chars, drop_negated=args.drop_negated,
                    min_confidence=args.min_confidence, default_date=args.default_date)
    counts = run(inputs, output, master=args.master, config=config, partitions=args.partitions)
    sys.stderr.write("wirecoder spark: " + ", ".join(f"{v} {k}" for k, v in counts.items()) + f" -> {output}\n")
    if counts.get("errors"):
        sys.stderr.write(f"wirecoder spark: {counts['errors']} inputs failed: their reasons are in "
                         f"{output.rstrip('/')}/errors\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return main_args(build_parser("python -m wirecoder.batch.spark").parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
