"""Tests for kg.ingest: every source becomes Article records with content-hash ids, and
every unusable input is one InputError with a one-line message."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import (
    article_id,
    check_file,
    html_title,
    html_to_text,
    iter_input_files,
    make_article,
    read_articles,
    read_file,
)
from kg.model import Article

PAGE = """<!doctype html>
<html>
<head>
  <title>Foxconn &amp; Nvidia   team up</title>
  <script>var tracking = "Foxconn buys everything";</script>
  <style>p { color: red }</style>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
  <div class="cookie-banner">We use cookies. <button>Accept</button></div>
  <header class="site-header">Daily Tech News</header>
  <div class="promo">Subscribe now</div>
  <article>
    <h1>Foxconn partners with Nvidia</h1>
    <p>Foxconn <b>partners</b> with Nvidia&nbsp;on AI servers &amp; robots.</p>
    <p>The deal was an<i>nounced</i> on Monday.<br>It starts in 2026.</p>
    <aside>Related: other stories</aside>
    <script>document.write("<p>injected</p>")</script>
  </article>
  <div class="sidebar">Most read</div>
  <footer>Copyright 2025 Daily Tech News</footer>
</body>
</html>
"""


def read_all(*inputs: str | Path, stdin: str | None = None) -> list[Article]:
    stream = io.StringIO(stdin) if stdin is not None else None
    return list(read_articles([str(i) for i in inputs], stdin=stream))


def one_line_error(excinfo: pytest.ExceptionInfo[InputError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    assert message.strip() == message and message
    return message


# --- plain text and markdown -----------------------------------------------------------


def test_ingest_txt_keeps_text_exactly(tmp_path: Path) -> None:
    text = "Foxconn partners with Nvidia.\r\nSecond line with ünïcødé.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    [article] = read_all(path)
    assert article.text == text  # offsets point into this text: no newline translation
    assert article.source == str(path)
    assert article.id == article_id(text)
    assert (article.title, article.date, article.url) == (None, None, None)


def test_ingest_md_read_as_text(tmp_path: Path) -> None:
    text = "# Headline\n\nFoxconn *partners* with Nvidia.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    [article] = read_all(tmp_path / "a.md")
    assert article.text == text


def test_ingest_utf8_bom_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfFoxconn partners with Nvidia.\n")
    [article] = read_all(path)
    assert article.text == "Foxconn partners with Nvidia.\n"
    assert article.id == article_id("Foxconn partners with Nvidia.\n")


# --- HTML ------------------------------------------------------------------------------


def test_ingest_html_main_text_only() -> None:
    text = html_to_text(PAGE)
    assert text == (
        "Foxconn partners with Nvidia\n"
        "Foxconn partners with Nvidia on AI servers & robots.\n"
        "The deal was announced on Monday.\n"
        "It starts in 2026.\n"
    )
    for boilerplate in ("Home", "cookies", "Accept", "Daily Tech News", "Subscribe", "Related",
                        "Most read", "Copyright", "tracking", "injected", "color"):
        assert boilerplate not in text


def test_ingest_html_title_from_title_tag() -> None:
    assert html_title(PAGE) == "Foxconn & Nvidia team up"
    assert html_title("<p>No title here</p>") is None


def test_ingest_html_file_gets_title_and_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_all(path)
    assert article.title == "Foxconn & Nvidia team up"
    assert article.text.startswith("Foxconn partners with Nvidia\n")
    assert article.id == article_id(article.text)


def test_ingest_html_without_article_uses_body_without_boilerplate() -> None:
    html = ("<body><nav>Menu</nav><div id='main-menu'>Sections</div>"
            "<div><p>First paragraph.</p><p>Second &lt;quoted&gt; paragraph.</p></div>"
            "<footer>About us</footer></body>")
    assert html_to_text(html) == "First paragraph.\nSecond <quoted> paragraph.\n"


def test_ingest_html_inline_tags_add_no_spaces() -> None:
    html = "<p>Nv<span>idia</span>'s <a href='#'>H100</a>s, <em>not</em><strong> A100</strong>s.</p>"
    assert html_to_text(html) == "Nvidia's H100s, not A100s.\n"


def test_ingest_html_body_after_implicit_head_end() -> None:
    # </head> and </body> are optional in HTML; the body text must not be lost.
    html = "<html><head><title>T</title><meta charset=utf-8><body><p>Body text.</p>"
    assert html_to_text(html) == "Body text.\n"
    assert html_title(html) == "T"


def test_ingest_html_page_classes_do_not_hide_the_page() -> None:
    html = ("<html class='nav-open'><body class='has-sidebar header-fixed cookie-consent'>"
            "<main class='comments-open'><p>The story itself.</p></main>"
            "<div class='sidebar'>Ads</div></body></html>")
    assert html_to_text(html) == "The story itself.\n"


def test_ingest_html_svg_title_is_not_the_page_title() -> None:
    html = ("<head><title>Page</title></head><body><article><p>Text.</p>"
            "<svg><title>Chart of revenue</title></svg></article></body>")
    assert html_title(html) == "Page"
    assert html_to_text(html) == "Text.\n"


def test_ingest_html_with_only_boilerplate_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav>Home</nav><footer>(c)</footer></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_all(path)
    assert one_line_error(excinfo) == f"{path}: empty document"
    with pytest.raises(InputError, match="empty document"):
        check_file(path)


# --- JSON Lines ------------------------------------------------------------------------


def test_ingest_jsonl_records_and_optional_fields(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": "First article.", "id": "custom-1", "title": "One",
                    "date": "2025-11-21", "url": "https://news.example/1"}) + "\n"
        "\n"
        "   \n"
        + json.dumps({"text": "Second article."}) + "\n"
        + json.dumps({"text": "Third.", "date": "2025-11-21T08:30:00Z", "extra": [1, 2]}) + "\n",
        encoding="utf-8",
    )
    articles = read_all(path)
    assert articles == [
        Article(id="custom-1", text="First article.", source=f"{path}:1", title="One",
                date="2025-11-21", url="https://news.example/1"),
        Article(id=article_id("Second article."), text="Second article.", source=f"{path}:4"),
        Article(id=article_id("Third."), text="Third.", source=f"{path}:5", date="2025-11-21"),
    ]
    assert check_file(path) == 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "ok"', "not valid JSON"),
        ("[1, 2]", "needs a string field 'text'"),
        ('{"title": "no text"}', "needs a string field 'text'"),
        ('{"text": 42}', "needs a string field 'text'"),
        ('{"text": "x", "title": 5}', "field 'title' must be a string"),
        ('{"text": "   "}', "empty document"),
        ('{"text": "x", "id": "  "}', "field 'id' is empty"),
        ('{"text": "x", "date": "21/11/2025"}', "date '21/11/2025' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ('{"text": "x", "date": "2025-02-30"}', "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ('{"text": "x", "url": "not a url"}', "url 'not a url' is not an absolute IRI"),
    ],
)
def test_ingest_jsonl_bad_record_names_path_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "fine"}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_all(path)
    error = one_line_error(excinfo)
    assert error.startswith(f"{path}:3: ")
    assert message in error
    # check_file refuses it too, so a build stops before writing anything
    with pytest.raises(InputError) as checked:
        check_file(path)
    assert str(checked.value) == error


def test_ingest_jsonl_only_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n   \n\t\n", encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_all(path)
    assert one_line_error(excinfo) == f"{path}: empty document"


# --- directories -----------------------------------------------------------------------


def test_ingest_directory_recursive_sorted_known_suffixes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "b" / "two.md").write_text("Two.", encoding="utf-8")
    (tmp_path / "a" / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "a" / "three.html").write_text("<p>Three.</p>", encoding="utf-8")
    (tmp_path / "a" / "feed.jsonl").write_text('{"text": "Four."}\n{"text": "Five."}\n',
                                               encoding="utf-8")
    # ignored: other suffixes, sidecars, hidden files and hidden directories
    (tmp_path / "a" / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "a" / "one.meta.json").write_text('{"title": "First"}', encoding="utf-8")
    (tmp_path / "a" / ".draft.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "COMMIT_EDITMSG.txt").write_text("Hidden dir.", encoding="utf-8")

    files = list(iter_input_files([str(tmp_path)]))
    assert files == [tmp_path / "a" / "feed.jsonl", tmp_path / "a" / "one.txt",
                     tmp_path / "a" / "three.html", tmp_path / "b" / "two.md", tmp_path / "z.txt"]
    articles = read_all(tmp_path)
    assert [a.text for a in articles] == ["Four.", "Five.", "One.", "Three.\n", "Two.", "Zed."]
    assert articles[2].title == "First"


def test_ingest_directory_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError) as excinfo:
        read_all(tmp_path)
    message = one_line_error(excinfo)
    assert message.startswith(f"{tmp_path}: no .txt")
    assert "files in this directory" in message


# --- stdin -----------------------------------------------------------------------------


def test_ingest_stdin_plain_text() -> None:
    [article] = read_all("-", stdin="Foxconn partners with Nvidia.\n")
    assert article == Article(id=article_id("Foxconn partners with Nvidia.\n"),
                              text="Foxconn partners with Nvidia.\n", source="stdin")


def test_ingest_stdin_json_lines() -> None:
    articles = read_all("-", stdin='\n{"text": "One.", "title": "T"}\n\n{"text": "Two."}\n')
    assert [(a.text, a.title, a.source) for a in articles] == [
        ("One.", "T", "stdin:2"), ("Two.", None, "stdin:4")]


@pytest.mark.parametrize(("data", "message"), [
    ("", "stdin: empty document"),
    ("  \n\t\n", "stdin: empty document"),
    ("abc\x00def", "stdin: binary data, expected text"),
    ('{"text": "x"\n', "stdin:1: not valid JSON"),
])
def test_ingest_stdin_errors(data: str, message: str) -> None:
    with pytest.raises(InputError) as excinfo:
        read_all("-", stdin=data)
    assert one_line_error(excinfo).startswith(message)


def test_ingest_stdin_between_files_keeps_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("File A.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("File B.", encoding="utf-8")
    articles = read_all(tmp_path / "a.txt", "-", tmp_path / "b.txt", stdin="From stdin.")
    assert [a.text for a in articles] == ["File A.", "From stdin.", "File B."]


# --- sidecar metadata ------------------------------------------------------------------


def test_ingest_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Foxconn partners with Nvidia.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps(
        {"title": "Deal", "date": "2025-11", "url": "https://news.example/deal", "author": "X"}),
        encoding="utf-8")
    [article] = read_all(tmp_path / "story.txt")
    assert (article.title, article.date, article.url) == ("Deal", "2025-11", "https://news.example/deal")


def test_ingest_sidecar_title_wins_over_html_title(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.meta.json").write_text('{"title": "From sidecar", "date": 2025}', encoding="utf-8")
    [article] = read_all(tmp_path / "page.html")
    assert (article.title, article.date) == ("From sidecar", "2025")


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "unreadable metadata"),
    ('["a list"]', "metadata must be a JSON object"),
    ('{"date": "yesterday"}', "date 'yesterday' is not YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_ingest_bad_sidecar(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "story.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_all(tmp_path / "story.txt")
    assert message in one_line_error(excinfo)


# --- ids -------------------------------------------------------------------------------


def test_ingest_id_is_content_hash(tmp_path: Path) -> None:
    text = "Foxconn partners with Nvidia."
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(text, encoding="utf-8")
    (tmp_path / "c.txt").write_text(text + " ", encoding="utf-8")
    a, b, c = read_all(tmp_path / "one" / "a.txt", tmp_path / "b.md", tmp_path / "c.txt")
    [from_stdin] = read_all("-", stdin=text)
    assert a.id == b.id == from_stdin.id == article_id(text)
    assert c.id != a.id
    assert re.fullmatch(r"[0-9a-f]{16}", a.id)
    assert article_id("Foxconn") != article_id("foxconn")


def test_ingest_make_article_refuses_blank_text() -> None:
    with pytest.raises(InputError, match=r"^src: empty document$"):
        make_article(" \n\t", source="src")


# --- unusable files --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty document"),
        ("blank.txt", b"  \n\t\r\n  ", "empty document"),
        ("long-blank.txt", b" " * 20000, "empty document"),
        ("binary.txt", b"PK\x03\x04\x00\x00binary", "binary file, expected text"),
        ("late-nul.txt", b"a" * 10000 + b"\x00tail", "binary file, expected text"),
        ("latin1.txt", "Café société".encode("latin-1"), "not UTF-8 text"),
        ("latin1.jsonl", '{"text": "Café"}\n'.encode("latin-1"), "not UTF-8 text"),
        ("empty.jsonl", b"", "empty document"),
        ("empty.html", b"", "empty document"),
    ],
)
def test_ingest_unusable_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as excinfo:
        read_all(path)
    assert one_line_error(excinfo) == f"{path}: {message}"
    with pytest.raises(InputError) as checked:
        check_file(path)
    assert str(checked.value) == f"{path}: {message}"


def test_ingest_text_after_long_blank_prefix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "padded.txt"
    text = " " * 10000 + "Finally, the news."
    path.write_text(text, encoding="utf-8")
    [article] = read_all(path)
    assert article.text == text
    assert check_file(path) == 1


def test_ingest_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as excinfo:
        read_all(missing)
    assert one_line_error(excinfo) == f"{missing}: no such file or directory"


def test_ingest_missing_path_fails_before_later_inputs_are_read(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    with pytest.raises(InputError, match="no such file"):
        list(iter_input_files([str(tmp_path / "missing"), str(tmp_path / "ok.txt")]))


# --- check_file ------------------------------------------------------------------------


def test_ingest_check_file_counts_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One article.", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "1"}\n\n{"text": "2"}\n{"text": "3"}\n',
                                      encoding="utf-8")
    assert check_file(tmp_path / "a.txt") == 1
    assert check_file(tmp_path / "b.html") == 1
    assert check_file(tmp_path / "c.jsonl") == 3


def test_ingest_read_file_unknown_suffix_is_plain_text(tmp_path: Path) -> None:
    # explicit files with another suffix are read as text (only directories filter by suffix)
    path = tmp_path / "story.text"
    path.write_text("<p>Not parsed as HTML.</p>", encoding="utf-8")
    [article] = read_file(path)
    assert article.text == "<p>Not parsed as HTML.</p>"
    assert read_all(path) == [article]
