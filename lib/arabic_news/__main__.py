"""`python -m arabic_news …`: the same commands as the `arabic-news` console script."""

from arabic_news.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
