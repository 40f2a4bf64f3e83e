"""Reading stories (files, folders, feeds, pages, JSONL, stdin) and cleaning them."""

from .readers import ReadOptions, check_paths, read_inputs

__all__ = ["ReadOptions", "check_paths", "read_inputs"]
