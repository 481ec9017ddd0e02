"""Whatever bytes arrive, the loader answers with a QuizSet or a QuizFileError."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import QuizFileError, QuizSet, load_quiz_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "quizzes"
VALID = (FIXTURES / "good" / "all-types.yaml").read_text(encoding="utf-8")
# Characters that matter to YAML, plus some that matter to our checks.
YAML_BITS = [*":-[]{},&*!|>'\"#%@`?~ \n\t", "yes", "0x1F", "1:30", "~", "&a ", "*a", "type: "]


def assert_loads_or_explains(raw: str | bytes) -> None:
    try:
        result = load_quiz_text(raw, "fuzz", "fuzz.yaml")
    except QuizFileError as error:
        assert error.problems, "a QuizFileError must carry at least one problem"
        for problem in error.problems:
            assert "internal error" not in problem.message, problem
            assert problem.line >= 0 and problem.column >= 0
        return
    assert isinstance(result, QuizSet)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw: bytes) -> None:
    assert_loads_or_explains(raw)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*YAML_BITS, *"abc19"]), max_size=60).map("".join))
def test_yaml_shaped_text(text: str) -> None:
    assert_loads_or_explains(text)


@st.composite
def mutated_valid_file(draw: st.DrawFn) -> str:
    text = VALID
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 12)))
        insert = draw(st.lists(st.sampled_from(YAML_BITS), max_size=3))
        text = text[:start] + "".join(insert) + text[end:]
    return text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_valid_file())
def test_mutated_valid_file(text: str) -> None:
    assert_loads_or_explains(text)
