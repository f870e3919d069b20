"""Outputs are written whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest

from arabic_news.files import write_atomically, write_text_atomically


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = write_text_atomically(tmp_path / "table.csv", "old\n")

    def half_then_fail(temporary):
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write("new, half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_files_get_the_permissions_of_an_ordinary_new_file(tmp_path):
    mask = os.umask(0o022)
    try:
        target = write_text_atomically(tmp_path / "sub" / "index.html", "<p>نص</p>")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes() == "<p>نص</p>".encode("utf-8")


def test_line_ends_are_written_as_given(tmp_path):
    target = write_text_atomically(tmp_path / "a.txt", "a\r\nb\n")
    assert target.read_bytes() == b"a\r\nb\n"
