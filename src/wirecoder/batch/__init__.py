"""Batch jobs over corpora too large for one machine (the Spark job: batch/spark.py).

The job's options are declared here, where importing costs nothing, so that
``wirecoder --help`` works without pyspark and pyarrow installed.
"""

from __future__ import annotations

import argparse

from ..config import Config


def add_spark_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT",
                    help="JSONL files, Parquet files or folders of articles, folders of text/HTML files; "
                         "the last path is the output folder")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    ap.add_argument("--partitions", type=int, help="partitions to code in (default: twice the cores)")
    ap.add_argument("--date", help="publication date for articles without one (YYYY-MM-DD)")
    ap.add_argument("--min-confidence", type=float, default=Config.min_confidence)
    ap.add_argument("--drop-negated", action="store_true")
    ap.add_argument("--max-chars", type=int, default=Config.max_chars)
    ap.add_argument("--model", default="")
