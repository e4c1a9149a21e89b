"""Union-find over names: which surface forms name one thing, and why they were joined.

Extraction uses it to group one document's names of a company (for topics and salience);
resolution uses it to merge names into entities, keeping each merge's reason for
``kg entities``.
"""

from __future__ import annotations

import re

from collections import defaultdict

SPELLED_OUT = "text: the letters of a name the text gives"
"""The reason of a link from letters to the name they spell ("Credit Market Analysis ...
(CMA)"): resolution takes the name's identity, not what the gazetteer lists the letters as."""


class NameUnion:
    """Union-find over surface forms, remembering why each union was made."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reasons: dict[str, list[str]] = defaultdict(list)

    def add(self, name: str) -> None:
        self.parent.setdefault(name, name)

    def find(self, name: str) -> str:
        self.add(name)
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        self.parent[rb] = ra
        self.reasons[ra].extend(self.reasons.pop(rb, []))
        self.reasons[ra].append(f"{b!r} = {a!r}: {reason}")

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.parent):
            out[self.find(name)].append(name)
        return out


_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname(name: str) -> str:
    """The family name in a person's full name: the last word, or the first where a
    hyphenated given name follows it ("Song Ho-sung", "Choi Jun-young", as Korean names are
    romanized)."""
    words = name.split()
    if len(words) == 2 and _HYPHENATED_GIVEN_NAME.fullmatch(words[1]):
        return words[0]
    return words[-1]
