"""``python -m arabic_news.teaching LESSONS_DIR --out OUT_DIR``: render the course (what `make teaching` runs)."""

from __future__ import annotations

import argparse
import sys

from arabic_news.errors import ArabicNewsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m arabic_news.teaching",
        description="Render the course: student and teacher versions of every lesson, as notebooks and HTML, "
                    "with an index and a glossary.")
    parser.add_argument("lessons_dir", nargs="?", default="notebooks/teaching",
                        help="folder of the master notebooks (default: notebooks/teaching)")
    parser.add_argument("--out", default="reports/teaching", help="where the course goes (default: reports/teaching)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at the same time (default: 2)")
    parser.add_argument("--no-run", action="store_true",
                        help="write the notebooks, glossary and index only; run nothing, render no page")
    args = parser.parse_args(argv)
    from arabic_news.teaching.course import render_course

    try:
        result = render_course(args.lessons_dir, args.out, execute=not args.no_run, jobs=args.jobs)
    except ArabicNewsError as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(f"open {result.index_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
