"""The nlp stage: the loaded pipeline's own components (paragraph breaks, whole words),
and the parser process that parses ahead of extraction."""

from __future__ import annotations

import time

import pytest

from kg import nlp as nlp_stage
from kg.errors import ExtractionError
from kg.ingest import make_article
from kg.nlp import load_model

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_headline_above_a_blank_line_is_its_own_sentence(nlp) -> None:
    text = "Fabrikam wins bidding war for drug developer Orbexa\n\nFabrikam said on Friday it had agreed to buy Orbexa."
    assert sentences(nlp, text)[0] == "Fabrikam wins bidding war for drug developer Orbexa"


@pytest.mark.parametrize("headline", [
    "Contoso Names Jane Roe CEO As John Doe Exits After Failed Merger",
    "Contoso to buy cooling specialist Fabrikam for $1.1 billion as servers run hot",
])
def test_a_headline_above_a_single_line_break_is_its_own_sentence(nlp, headline: str) -> None:
    story = (
        "Contoso Corp. said on Tuesday it has agreed to acquire Fabrikam, a Calgary-based maker of cooling "
        "equipment for servers, for about $1.1 billion in cash. Shares of Contoso rose 4% in premarket trading."
    )
    assert sentences(nlp, f"{headline}\n{story}")[0] == headline


def test_the_line_under_a_headline_is_no_one_word_sentence(nlp) -> None:
    text = (
        "McLaren and Forseven to merge as CYVN tightens its grip on Woking\nMcLaren Automotive is to merge with "
        "Forseven, the British EV start-up backed by Abu Dhabi's CYVN Holdings, in a deal that will hand CYVN "
        "majority control."
    )
    assert all(len(sentence.split()) > 1 for sentence in sentences(nlp, text))


def test_a_sub_heading_in_title_case_is_its_own_sentence(nlp) -> None:
    text = "Contoso said sales rose.\nFabrikam's Shadow Over the Deal\nWhile the deal is large, Fabrikam holds a veto."
    assert "Fabrikam's Shadow Over the Deal" in sentences(nlp, text)


@pytest.mark.parametrize("dateline", [
    "SEOUL --", "HOUSTON, Sept 16 (Reuters) -", "AUSTIN, Texas (AP) \u2014", "(Bloomberg) --", "MUMBAI:",
    "Investing.com --",
])
def test_a_dateline_is_no_part_of_the_story_s_first_sentence(nlp, dateline: str) -> None:
    story = "Fabrikam Corp has signed an agreement with Contoso to supply chips."
    found = sentences(nlp, f"Fabrikam to supply chips to Contoso\n{dateline} {story}")
    assert story in found and dateline in found


@pytest.mark.parametrize("lead_in", ["Zoom in:", "Why it matters:", "Between the lines:", "Yes, but:", "Mumbai:", "New Delhi:"])
def test_a_line_s_lead_in_is_no_part_of_the_sentence_after_it(nlp, lead_in: str) -> None:
    story = "Fabrikam signed a deal with Contoso last month to supply chips."
    found = sentences(nlp, f"Contoso raises $1.5B\n\n{lead_in} {story}")
    assert story in found


def test_a_kicker_opens_a_headline_and_a_name_is_its_subject(nlp) -> None:
    story = ("Fabrikam signed a deal with Contoso last month to supply memory chips to its two new plants in Ohio "
             "and Texas, people familiar with the matter said.")
    assert "Fabrikam in talks to buy Contoso" in sentences(nlp, f"Exclusive: Fabrikam in talks to buy Contoso\n{story}")
    assert "Contoso: chips sold out for 2026" in sentences(nlp, f"Contoso: chips sold out for 2026\n{story}")


@pytest.mark.parametrize("text", [
    "Fabrikam - the chip giant - rose on Monday after it signed a deal with Contoso.",
    "AMD -- the chipmaker -- rose on Monday after it signed a deal with Contoso.",
])
def test_a_name_set_off_by_dashes_is_no_dateline(nlp, text: str) -> None:
    assert sentences(nlp, text) == [text]


def test_each_bullet_starts_a_sentence(nlp) -> None:
    text = "Highlights;\n- Contoso is in talks with Fabrikam.\n- The deal could close in May.\n"
    found = sentences(nlp, text)
    assert "- Contoso is in talks with Fabrikam." in found
    assert "- The deal could close in May." in found


def test_a_single_line_break_inside_a_paragraph_is_no_boundary(nlp) -> None:
    text = "The deal was signed by Contoso chief executive Jane\nRoe on Monday in Seattle."
    assert len(sentences(nlp, text)) == 1


@pytest.mark.parametrize("word", ["co-develop", "co-founded", "Co-founder", "co-CEO", "start-up", "start-ups", "co-commercializes"])
def test_hyphenated_news_verbs_stay_one_token(nlp, word: str) -> None:
    assert word in [t.text for t in nlp(f"They said the {word} matters.")]


@pytest.mark.parametrize(("word", "lemma"), [
    ("co-developed", "co-develop"), ("co-founded", "co-found"), ("co-led", "co-lead"), ("Co-founding", "co-found"),
    ("co-commercialized", "co-commercialize"), ("co-marketing", "co-market"),
])
def test_a_hyphenated_verb_kept_whole_has_its_lemma(nlp, word: str, lemma: str) -> None:
    assert [t.lemma_ for t in nlp(f"The two companies {word} the chips.") if t.text == word] == [lemma]


@pytest.mark.parametrize(("text", "tokens"), [
    ("a U.K.-based firm", ["a", "U.K.", "-", "based", "firm"]),
    ("the U.S.-listed shares", ["the", "U.S.", "-", "listed", "shares"]),
    ("the Santa Clara, Calif.-based company", ["the", "Santa", "Clara", ",", "Calif.", "-", "based", "company"]),
])
def test_an_abbreviated_place_comes_off_a_hyphenated_word(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("the main supplier of HBM3E. Contoso plans", ["the", "main", "supplier", "of", "HBM3E", ".", "Contoso", "plans"]),
    ("runs on the MI355X. It said", ["runs", "on", "the", "MI355X", ".", "It", "said"]),
    ("made in the U.S. The firm", ["made", "in", "the", "U.S.", "The", "firm"]),
])
def test_a_model_code_that_ends_a_sentence_leaves_the_full_stop(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == tokens


def test_a_model_code_at_a_sentence_end_does_not_join_two_sentences(nlp) -> None:
    doc = nlp("Contoso Inc. is the main supplier of HBM3E. Fabrikam Foundry Corp. plans to make the HBM4.")
    assert len(list(doc.sents)) == 2


def test_a_subheading_under_a_headline_is_a_sentence_of_its_own(nlp) -> None:
    doc = nlp(
        "Contoso reportedly in talks to make chips for Fabrikam, its biggest rival\n"
        "Jane Roe's foundry pitch may finally be landing big names\n"
        "Contoso is in early talks with Fabrikam about manufacturing some of Fabrikam's chips at Contoso Foundry, "
        "according to a report citing people familiar with the matter, and the talks may not result in a deal at all."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["Contoso", "Jane", "Contoso"]


def test_the_parser_reads_curly_apostrophes_as_straight_ones_and_quotes_keep_the_article_s(nlp) -> None:
    article = make_article("Northwind also led Fabrikam’s Series B round.", source="test", id="a")
    [(doc, _)] = list(nlp_stage.parse(nlp, [article], processes=1))
    assert doc.text == "Northwind also led Fabrikam's Series B round."
    assert doc.user_data[nlp_stage.SOURCE_TEXT] == article.text


def _articles(count: int) -> list:
    subjects = ["Contoso", "Fabrikam", "Northwind Traders", "Tailspin Toys", "Litware"]
    return [
        make_article(
            f"{subjects[i % 5]} said on Monday it would buy a {i}% stake in {subjects[(i + 2) % 5]}.\n\n"
            f"The deal, worth ${i + 1} billion, is expected to close by the end of {2026 + i % 3}.",
            source="test", id=f"a{i}",
        )
        for i in range(count)
    ]


def _parsed_here(nlp, articles) -> list[bytes]:
    return [doc.to_bytes(exclude=["tensor", "user_data"]) for doc in nlp.pipe([a.text for a in articles])]


def test_the_parser_process_gives_the_docs_a_parse_here_gives_in_order(nlp, monkeypatch) -> None:
    started = _remember_parser_processes(monkeypatch)
    articles = _articles(300)

    def fed():
        """A few articles parsed here while the child starts, the rest by the child."""
        for i, article in enumerate(articles):
            if i == 5:
                _wait_until_ready(started[0])
            yield article

    pairs = list(nlp_stage.parse(nlp, fed(), batch_size=16))
    assert started[0].loaded
    assert [article.id for _, article in pairs] == [a.id for a in articles]
    assert [doc.to_bytes(exclude=["tensor", "user_data"]) for doc, _ in pairs] == _parsed_here(nlp, articles)


def test_docs_from_the_parser_process_read_like_docs_parsed_here(nlp) -> None:
    articles = _articles(3)
    parser = nlp_stage._ParserProcess(nlp_stage._LOADED_AS[id(nlp)])
    try:
        _wait_until_ready(parser)
        parser.send(articles)
        docs = [doc for doc, _ in parser.receive(nlp)]
    finally:
        parser.close()
    here = list(nlp.pipe([a.text for a in articles]))
    assert [[(t.text, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in d] for d in docs] == [
        [(t.text, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in d] for d in here
    ]
    assert [[s.text for s in d.sents] for d in docs] == [[s.text for s in d.sents] for d in here]


def test_a_parser_process_that_dies_is_a_clear_error(nlp) -> None:
    parser = nlp_stage._ParserProcess(nlp_stage._LOADED_AS[id(nlp)])
    try:
        _wait_until_ready(parser)
        parser.process.kill()
        parser.process.wait()
        parser.send(_articles(2))
        with pytest.raises(ExtractionError, match="parser process stopped unexpectedly"):
            list(parser.receive(nlp))
    finally:
        parser.close()
    assert parser.process.returncode is not None


def test_a_parser_process_that_cannot_start_leaves_the_parse_here(nlp, monkeypatch) -> None:
    started = _remember_parser_processes(monkeypatch)
    monkeypatch.setitem(nlp_stage._LOADED_AS, id(nlp), "no_such_model_package")
    articles = _articles(40)
    pairs = list(nlp_stage.parse(nlp, articles, batch_size=8))
    assert not started[0].loaded
    assert [doc.to_bytes(exclude=["tensor", "user_data"]) for doc, _ in pairs] == _parsed_here(nlp, articles)


def test_a_caller_that_stops_early_stops_the_parser_process(nlp, monkeypatch) -> None:
    started = _remember_parser_processes(monkeypatch)
    pairs = nlp_stage.parse(nlp, _articles(400), batch_size=8)
    next(pairs)
    _wait_until_ready(started[0])
    for _ in range(100):
        next(pairs)
    pairs.close()
    assert started[0].process.returncode is not None


def _remember_parser_processes(monkeypatch) -> list:
    monkeypatch.setattr(nlp_stage, "_cores", lambda: 2)
    started = []
    real = nlp_stage._ParserProcess

    def remembered(model):
        started.append(real(model))
        return started[-1]

    monkeypatch.setattr(nlp_stage, "_ParserProcess", remembered)
    return started


def _wait_until_ready(parser, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not parser.ready():
        assert time.monotonic() < deadline and not parser.failed, "the parser process did not start"
        time.sleep(0.05)


def test_the_parser_reads_a_name_s_chinese_gloss_as_blanks_and_every_offset_holds():
    from kg.nlp import parser_text

    text = "Kioxia Corp (鎧俠) president Jon Hale (海瓊) said Halcyon (하나) grew (a lot)."
    read = parser_text(text)
    assert len(read) == len(text)
    assert "(" not in read.replace("(a lot)", "")
    assert read.index("president") == text.index("president") and "(a lot)" in read
