"""Every language rule of the project, one table per module.

Tables hold data only; the finders in the modules above compile them into
patterns once. Forms are written as `arabic_news.normalize.normalize` outputs
them, and `tests/test_rules.py` checks that they are.
"""
