"""The nlp stage: the loaded pipeline's own components (paragraph breaks, whole words)."""

from __future__ import annotations

import pytest

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


def test_each_bullet_starts_a_sentence(nlp) -> None:
    text = "Highlights;\n- Contoso is in talks with Fabrikam.\n- The deal could close in May.\n"
    found = sentences(nlp, text)
    assert "- Contoso is in talks with Fabrikam." in found
    assert "- The deal could close in May." in found


def test_a_single_line_break_inside_a_paragraph_is_no_boundary(nlp) -> None:
    text = "The deal was signed by Contoso chief executive Jane\nRoe on Monday in Seattle."
    assert len(sentences(nlp, text)) == 1


@pytest.mark.parametrize("word", ["co-develop", "co-founded", "Co-founder", "co-CEO"])
def test_hyphenated_news_verbs_stay_one_token(nlp, word: str) -> None:
    assert word in [t.text for t in nlp(f"They said the {word} matters.")]


@pytest.mark.parametrize(("text", "tokens"), [
    ("a U.K.-based firm", ["a", "U.K.", "-", "based", "firm"]),
    ("the U.S.-listed shares", ["the", "U.S.", "-", "listed", "shares"]),
])
def test_an_abbreviated_place_comes_off_a_hyphenated_word(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == tokens
