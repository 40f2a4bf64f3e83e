"""Batch jobs over corpora too large for one machine (the Spark job: batch/spark.py).

The job's options are declared here, where importing costs nothing, so that
``wirecoder --help`` works without pyspark and pyarrow installed.
"""

from __future__ import annotations

import argparse

from ..config import flag_of, help_of, settings


def add_spark_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT",
                    help="JSONL files, Parquet files or folders of articles, folders of text/HTML files; "
                         "the last path is the output folder")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    ap.add_argument("--partitions", type=int, help="partitions to code in (default: twice the cores)")
    # the coding settings, declared once in Config (the same flags, defaults and help as code and ingest)
    kinds = {"int": int, "float": float, "str": str, "str | None": str}
    for f in settings():
        if "spark" not in f.metadata["commands"]:
            continue
        if f.type == "bool":
            ap.add_argument(flag_of(f), dest=f.name, action="store_true", help=help_of(f))
        else:
            ap.add_argument(flag_of(f), dest=f.name, type=kinds.get(str(f.type), str), default=f.default,
                            help=help_of(f), metavar=f.metadata["metavar"] or None)
