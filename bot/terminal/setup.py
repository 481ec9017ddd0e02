"""What every terminal command needs first: settings, the local player, a question set."""

from __future__ import annotations

import contextlib
import getpass
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path

from bot.engine.errors import Problem, QuizError, QuizFileError, SessionError
from bot.engine.loader import Bank, load_bank, load_quiz, set_name
from bot.engine.models import QuizSet
from bot.engine.names import clean_name
from bot.engine.session import Player
from bot.engine.teams import TeamError
from bot.game.recorder import NotStoredError
from bot.settings import Settings, SettingsError, load_settings
from bot.store import Store, open_store
from bot.store.records import StoreError
from bot.terminal.console import Console, LineSource

logger = logging.getLogger(__name__)

# The set shipped with quizbot, offered when no set is named.
SHIPPED_SET = "russia-burkina-faso"
QUIZ_SUFFIXES = (".yaml", ".yml")


# Exit statuses of the terminal commands (README: "What happens when things go wrong").
EXIT_BAD_FILE = 1  # a question file is broken
EXIT_USAGE = 2  # a bad argument or setting, or nothing to play
EXIT_STORE = 3  # the score database cannot be opened, read or written


class TerminalError(QuizError):
    """A command cannot go on; `message` is for the player, `status` is the exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def store_failure(error: StoreError | NotStoredError) -> TerminalError:
    """One line for stderr: what failed, and that nothing unsaved was shown."""
    if isinstance(error, NotStoredError) and error.at_start:
        return TerminalError(
            f"quizbot: cannot save to the score database ({error.detail}); no quiz was started.",
            EXIT_STORE,
        )
    if isinstance(error, NotStoredError):
        return TerminalError(
            f"quizbot: the quiz stopped: an answer could not be saved ({error.detail});"
            " everything shown before this line is saved.",
            EXIT_STORE,
        )
    return TerminalError(f"quizbot: cannot use the score database: {error}", EXIT_STORE)


@contextlib.contextmanager
def player_errors() -> Iterator[None]:
    """The player's mistakes in starting a game (no question matches, a bad team name) as a
    TerminalError with exit status 2."""
    try:
        yield
    except (SessionError, TeamError) as error:
        raise TerminalError(str(error), EXIT_USAGE) from None


@contextlib.contextmanager
def store_errors() -> Iterator[None]:
    """A failing score database, inside the block, as the TerminalError `store_failure` says."""
    try:
        yield
    except (StoreError, NotStoredError) as error:
        raise store_failure(error) from None


@contextlib.asynccontextmanager
async def opened_store(database: Path | str, *, migrate: bool = True) -> AsyncIterator[Store]:
    """The score database for one command, closed when the block ends however it ends."""
    store = await open_store(database, migrate=migrate)
    try:
        yield store
    finally:
        await store.close()


def settings_from(path: Path | None) -> Settings:
    try:
        return load_settings(path)
    except SettingsError as error:
        raise TerminalError(str(error), 2) from None


def local_player(name: str | None) -> Player:
    """The person at the keyboard: `--name`, else the operating system's user name,
    made safe (`clean_name`) so that play, stats and review agree on who it is."""
    chosen = clean_name(name or "", fallback="") or clean_name(_os_user())
    return Player(id=f"local:{chosen}", name=chosen)


def _os_user() -> str:
    try:
        return getpass.getuser() or "player"
    except (OSError, KeyError):  # no user name in the environment or the password file
        return "player"


def looks_like_path(argument: str) -> bool:
    return argument.lower().endswith(QUIZ_SUFFIXES) or "/" in argument or "\\" in argument


def load_set_file(argument: str, settings: Settings) -> QuizSet:
    """An author's own question file; a broken one lists the validator's problems.

    A file outside the quizzes folder is recorded under its absolute path, so
    `review` and `stats` find it again later (set names never hold a slash).
    """
    path = Path(argument)
    if not path.is_file():
        raise TerminalError(f"{argument}: no such question file", 2)
    try:
        quiz = load_quiz(path)
    except QuizFileError as error:
        raise TerminalError(problem_lines(error.problems) or str(error), 1) from None
    if path.resolve().parent == Path(settings.quizzes).resolve():
        return quiz  # in the bank already, under its set name
    return as_file_set(quiz, path)


def as_file_set(quiz: QuizSet, path: Path) -> QuizSet:
    named = quiz.model_copy()
    named._name = str(path.resolve())
    return named


def is_file_set(name: str) -> bool:
    """A set recorded by its file's path rather than by a name from the bank."""
    return "/" in name or "\\" in name


def add_file_sets(bank: Bank, names: Iterable[str]) -> list[str]:
    """Load the sets among `names` that were played from files outside the bank,
    into `bank.sets`; returns those whose file is gone or broken."""
    missing = []
    for name in sorted(set(names)):
        if name in bank.sets or not is_file_set(name):
            continue
        try:
            bank.sets[name] = as_file_set(load_quiz(name), Path(name))
        except QuizFileError as error:
            logger.info("set played from %s cannot be loaded: %s", name, error)
            missing.append(name)
    return missing


def missing_files_line(missing: list[str], settings: Settings) -> str:
    files = ", ".join(missing)
    return (
        f"Played from files that are gone or broken: {files}. Put them back, or copy them "
        f"into {settings.quizzes} to keep them in the bank."
    )


def problem_lines(problems: list[Problem]) -> str:
    return "\n".join(str(problem) for problem in problems)


def load_sets(settings: Settings) -> Bank:
    bank = load_bank(settings.quizzes)
    for problem in bank.problems:
        logger.info("%s", problem)
    return bank


def choose_set(
    argument: str | None, settings: Settings, console: Console, source: LineSource
) -> QuizSet:
    """The set to play: a file path, a set name, or (none named) the shipped set or a menu."""
    if argument is not None and looks_like_path(argument):
        return load_set_file(argument, settings)
    bank = load_sets(settings)
    if argument is not None:
        return named_set(bank, argument, settings)
    if not bank.sets:
        problems = problem_lines(bank.problems)
        raise TerminalError(f"no question sets in {settings.quizzes}\n{problems}".strip(), 2)
    if len(bank.sets) == 1:
        return next(iter(bank.sets.values()))
    if source.is_tty:
        return menu(bank, console, source)
    return bank.get(SHIPPED_SET) or next(iter(bank.sets.values()))


def named_set(bank: Bank, name: str, settings: Settings) -> QuizSet:
    quiz = bank.get(name)
    if quiz is not None:
        return quiz
    broken = [p for p in bank.errors if set_name(Path(p.path).stem) == name]
    if broken:
        raise TerminalError(problem_lines(broken), 1)
    available = ", ".join(bank.sets) or f"none in {settings.quizzes}"
    raise TerminalError(f"no set named {name!r}; available sets: {available}", 2)


def menu(bank: Bank, console: Console, source: LineSource) -> QuizSet:
    """Ask which set to play; Enter takes the shipped set (or the first)."""
    sets = list(bank.sets.values())
    default = next((i for i, q in enumerate(sets) if q.name == SHIPPED_SET), 0)
    console.line("Which set would you like to play?")
    for number, quiz in enumerate(sets, start=1):
        mark = "  (Enter)" if number - 1 == default else ""
        console.line(
            f"  {number}) {quiz.title} [{quiz.name}, {len(quiz.questions)} questions]{mark}"
        )
    while True:
        reply = source.read_line()
        if reply is None or not reply.strip():
            return sets[default]
        choice = reply.strip()
        if choice.isdigit() and 1 <= int(choice) <= len(sets):
            return sets[int(choice) - 1]
        if bank.get(choice) is not None:
            return bank.sets[choice]
        console.line(f"Please type a number from 1 to {len(sets)}, or press Enter.")
