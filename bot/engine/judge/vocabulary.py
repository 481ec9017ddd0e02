"""Helpers for the judge's word lists."""

from __future__ import annotations


def word_set(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(block.split())
