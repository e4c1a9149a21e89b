"""Read articles from files, directories, JSON Lines and stdin.

Every source becomes ``Article`` records with a content-hash id, so the same text always
gets the same id (and the same named graph) wherever it was read from. Readers stream:
a directory or a JSON Lines file is never held in memory whole.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from pyoxigraph import NamedNode

from kg.errors import InputError
from kg.model import Article

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
META_SUFFIX = ".meta.json"
_BINARY_SNIFF = 8192


def article_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    *,
    source: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """Build an ``Article``, refusing text with nothing in it, a date that is not
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (an ISO timestamp keeps its date) and a URL
    that is not an absolute IRI."""
    if not text.strip():
        raise InputError(f"{source}: empty document")
    return Article(
        id=id or article_id(text),
        text=text,
        source=source,
        title=title,
        date=_clean_date(date, source),
        url=_clean_url(url, source),
    )


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_TIMESTAMP = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9]{2}:[0-9]{2}")


def _clean_date(value: str | None, source: str) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    timestamp = _TIMESTAMP.match(value)
    if timestamp:
        value = timestamp.group(1)
    match = _DATE.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        if match.group(3):
            datetime.date.fromisoformat(value)
        elif match.group(2) and not 1 <= int(match.group(2)) <= 12:
            raise ValueError(value)
    except ValueError as e:
        raise InputError(f"{source}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from e
    return value


def _clean_url(value: str | None, source: str) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        NamedNode(value)
    except ValueError as e:
        raise InputError(f"{source}: url {value!r} is not an absolute IRI") from e
    return value


def iter_input_files(inputs: Iterable[str]) -> Iterator[Path | None]:
    """Expand inputs into files (directories recursively, sorted); ``None`` stands for stdin."""
    for raw in inputs:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputError(f"{raw}: no {', '.join(SUFFIXES)} files in this directory")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            raise InputError(f"{raw}: not a regular file")
        else:
            raise InputError(f"{raw}: no such file or directory")


def read_articles(inputs: Iterable[str], *, stdin: TextIO | None = None) -> Iterator[Article]:
    """Stream the articles of every input, in a stable order."""
    for path in iter_input_files(inputs):
        if path is None:
            yield from _read_stream(stdin or sys.stdin)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Article]:
    """Read one file by its suffix; unknown suffixes are read as plain text."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with _open_text(path) as handle:
            yield from read_jsonl(handle, source=str(path))
        return
    with _open_text(path) as handle:
        raw = handle.read()
    meta = _sidecar_metadata(path)
    text = html_to_text(raw) if suffix in (".html", ".htm") else raw
    if suffix in (".html", ".htm") and "title" not in meta:
        meta["title"] = html_title(raw)
    yield make_article(
        text,
        source=str(path),
        title=meta.get("title"),
        date=meta.get("date"),
        url=meta.get("url"),
    )


def read_jsonl(handle: TextIO, *, source: str) -> Iterator[Article]:
    """One article a line: ``text`` and optional ``id``, ``title``, ``date``, ``url``."""
    seen = False
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from e
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: a JSON Lines record needs a string field 'text'")
        fields = {k: record.get(k) for k in ("title", "date", "url")}
        for key, value in fields.items():
            if value is not None and not isinstance(value, str):
                raise InputError(f"{where}: field '{key}' must be a string")
        seen = True
        yield make_article(
            record["text"],
            source=where,
            id=_clean_id(record.get("id"), where),
            **fields,
        )
    if not seen:
        raise InputError(f"{source}: empty document")


def _clean_id(value: object, where: str) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        raise InputError(f"{where}: field 'id' is empty")
    return text


def _read_stream(stream: TextIO) -> Iterator[Article]:
    text = stream.read()
    if "\x00" in text:
        raise InputError("stdin: binary data, expected text")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        import io

        yield from read_jsonl(io.StringIO(text), source="stdin")
    else:
        yield make_article(text, source="stdin")


class _Opened:
    """Context manager that opens a file as UTF-8 text after a binary sniff."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: TextIO | None = None

    def __enter__(self) -> TextIO:
        try:
            with self.path.open("rb") as probe:
                head = probe.read(_BINARY_SNIFF)
        except OSError as e:
            raise InputError(f"{self.path}: cannot read ({e.strerror})") from e
        if b"\x00" in head:
            raise InputError(f"{self.path}: binary file, expected text")
        if not head.strip() and len(head) < _BINARY_SNIFF:
            raise InputError(f"{self.path}: empty document")
        # utf-8-sig: a byte order mark (common from Windows tools) is not part of the text.
        self.handle = self.path.open("r", encoding="utf-8-sig", errors="strict", newline="")
        return _Utf8Checked(self.handle, self.path)

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


class _Utf8Checked:
    """Turns a decoding error while reading into an InputError."""

    def __init__(self, handle: TextIO, path: Path) -> None:
        self._handle = handle
        self._path = path

    def read(self) -> str:
        try:
            text = self._handle.read()
        except UnicodeDecodeError as e:
            raise InputError(f"{self._path}: not UTF-8 text") from e
        if "\x00" in text:
            raise InputError(f"{self._path}: binary file, expected text")
        return text

    def __iter__(self) -> Iterator[str]:
        try:
            for line in self._handle:
                if "\x00" in line:
                    raise InputError(f"{self._path}: binary file, expected text")
                yield line
        except UnicodeDecodeError as e:
            raise InputError(f"{self._path}: not UTF-8 text") from e


def check_file(path: Path) -> int:
    """Raise InputError unless every article of ``path`` can be read (readable UTF-8 text,
    not empty, valid JSON Lines records, usable metadata); return how many it holds.

    It reads the file exactly as ``read_file`` does, so a build that passes the check
    cannot stop half-way on a bad record, an HTML page without text or a bad date."""
    return sum(1 for _ in read_file(path))


def _open_text(path: Path) -> _Opened:
    return _Opened(path)


def _sidecar_metadata(path: Path) -> dict[str, str]:
    """Metadata for ``x.txt`` lives in ``x.meta.json`` beside it, when present."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{meta_path}: unreadable metadata ({e})") from e
    if not isinstance(data, dict):
        raise InputError(f"{meta_path}: metadata must be a JSON object")
    return {k: str(v) for k, v in data.items() if k in ("title", "date", "url") and v is not None}


_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "svg", "template", "iframe", "button", "figure", "menu"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
               "div", "section", "article", "main", "br", "tr", "td", "th", "dd", "dt"}
_BOILERPLATE_CLASS = re.compile(
    r"\b(nav|menu|footer|header|sidebar|cookie|banner|share|social|related|advert|ad-|promo|"
    r"newsletter|subscribe|comment|breadcrumb)", re.I
)
_STRUCTURAL = {"html", "body", "main", "article"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}


class _MainTextParser(HTMLParser):
    """Collects text blocks, skipping navigation, scripts and boilerplate containers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []
        self.blocks: list[tuple[bool, list[str]]] = []
        self.current: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False

    def _skipping(self) -> bool:
        return any(skip for _, skip, _ in self.stack)

    def _in_main(self) -> bool:
        return any(main for _, _, main in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # ``</head>`` is optional in HTML: the body closes whatever the head left open.
            for index, (open_tag, _, _) in enumerate(self.stack):
                if open_tag == "head":
                    del self.stack[index:]
                    break
        if tag == "title" and not any(t == "svg" for t, _, _ in self.stack):
            self.in_title = True
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if tag in _STRUCTURAL:
            # Page-level classes ("has-sidebar", "header-fixed") say nothing about the content.
            skip = False
            main = tag in ("article", "main")
        else:
            skip = tag in _SKIP_TAGS or bool(_BOILERPLATE_CLASS.search(marker))
            main = "article-body" in marker or "story" in marker
        if tag in _BLOCK_TAGS:
            self._flush()
        self.stack.append((tag, skip, main))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK_TAGS:
            self._flush()
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if not self._skipping() and not any(t in ("head",) for t, _, _ in self.stack):
            self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append((self._in_main(), [text]))
        self.current = []

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> str:
    """The main text of an HTML page: ``<article>``/``<main>`` if present, else the body
    without navigation, scripts and boilerplate, one block a line."""
    parser = _MainTextParser()
    parser.feed(html)
    parser.close()
    main = [text for in_main, parts in parser.blocks if in_main for text in parts]
    chosen = main or [text for _, parts in parser.blocks for text in parts]
    return "\n".join(chosen) + ("\n" if chosen else "")


def html_title(html: str) -> str | None:
    """The text of the page's ``<title>``, if any."""
    parser = _MainTextParser()
    parser.feed(html)
    parser.close()
    title = " ".join(" ".join(parser.title_parts).split())
    return title or None
