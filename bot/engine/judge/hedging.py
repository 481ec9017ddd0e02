"""What may surround an answer in a message, and what makes it more than one guess.

A quizmaster reads past words that cannot be a second guess: filler ("I think
it was"), certainty and uncertainty ("definitely", "not sure but"), titles and
roles ("Minister"), the kind of thing the answer is ("the river", "planet"), and
directions ("West"). Any "or" offers a choice (a hedge); any negation or doubt
denies the answer; anything else beside the answer may be a second guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.engine.judge.normalise import LIST_MARK
from bot.engine.judge.vocabulary import GENERATIONS, ROMAN_VALUE, word_set

NONANSWERS = frozenset(
    (
        "answer",
        "clue",
        "dk",
        "dont know",
        "dunno",
        "eh",
        "give up",
        "help",
        "hint",
        "huh",
        "i dont know",
        "i dunno",
        "i give up",
        "i have no idea",
        "idc",
        "idk",
        "im not sure",
        "maybe",
        "next",
        "no",
        "no answer",
        "no clue",
        "no idea",
        "none",
        "not sure",
        "nothing",
        "pass",
        "perhaps",
        "skip",
        "unknown",
        "what",
        "who knows",
    )
)

# Words that deny or doubt whatever they stand beside, in any position:
# "not France", "France is wrong", "I doubt it was France".
NEGATIONS = word_set(
    """
    aint arent cannot cant didnt doesnt dont doubt doubtful except hardly incorrect isnt nah
    neither never nope nor not unlikely wasnt werent without wrong
    couldnt hadnt hasnt havent mustnt shouldnt wont wouldnt
    """
)
# Words that offer a choice between candidates.
ALTERNATIVES = frozenset({"or", "either", "vs", "versus", "otherwise"})
LIST_WORDS = frozenset({",", "and", "plus", "also", "then"}) | ALTERNATIVES

# Titles: beside a name they say who it is ("King Charles", "Minister Shoigu").
TITLES = word_set(
    """
    capt captain chancellor col colonel commander doctor dr gen general gov governor king
    lady lord lt minister miss mister mr mrs ms president prime prince princess prof
    professor queen secretary senator sgt sir
    ayatollah baron baroness comrade count countess earl emir imam kaiser lieutenant marshal mayor
    pastor rabbi rev reverend shah sheikh viscount
    adm amb cmdr cpl hon maj pres pvt rep sen supt
    """
)

# Filler a fair quizmaster reads past: "I think it was", "the answer is",
# "Minister Shoigu", "maybe France". "maybe" alone is a non-answer, but with
# exactly one candidate it is a mild doubt, not a hedge, so it is filler.
FILLER = (
    word_set(
        """
        a about absolutely ago ah all an answer answers approximately are around as at back be
        been believe both by called capital certainly chiefly city clearly correct could country
        course day defence defense definitely did do does during early easy er erm final for
        foreign from guess guy guys ha had haha has have he her hes his hm hmm i id im in into
        is it its ive just largely late leader lol mainly man maybe me mid might month mostly
        must my name named nation obviously of oh ok okay on only our perhaps person place
        please pls pretty probably quite really reckon right roughly said saint say she should
        since so st state suppose sure surely that thats the their then there theres they theyre
        think this thought to together totally town uh um umm very was we well were what which
        who shes will with woman would yeah year yep yes you
        """
    )
    | TITLES
)


# The kind of thing an answer is, and roles and titles: "the river Nile", "planet
# Jupiter", "the defence minister Shoigu", "Burkinabe counterpart", "pure gold".
TYPE_WORDS = word_set(
    """
    actor actress admiral album ambassador animal archbishop artist author band battle bay
    bird bishop boss breed brother cape cardinal cathedral central chairman chairwoman chef
    chemist chief coach colleague company composer continent counterpart county deputy desert
    dame dictator director district duke dynasty east eastern element emperor empress empire
    envoy explorer father film fish flower fruit gas giant god goddess greater group gulf head
    herr island islands isle kingdom lake language madam madame metal mme monsieur mother
    mount mountain mountains movie mt mts pm
    north northern novel ocean painter peak peninsula philosopher physicist planet player poet
    pope port premier province pure region republic river saint scientist sea ship singer
    sir sister song south southern spokesman spokesperson star strait team territory
    tree tsar czar valley volcano war west western writer
    architect astronaut astronomer athlete bard biologist botanist businessman businesswoman
    cellist comedian conductor dancer designer economist engineer entrepreneur essayist
    footballer geologist guitarist historian inventor journalist lyricist mathematician
    monarch musician naturalist novelist pharaoh photographer physician pianist playwright
    politician priest prophet psychologist rapper ruler sculptor songwriter statesman sultan
    surgeon theologian violinist
    book comedy musical national novella opera painting play poem sculpture series show
    saga sitcom statue symphony tragedy trilogy
    """
)

# Kinds, roles and titles. Beside a name they describe it; where the answer is itself
# one of them ("physicist", "prime minister"), another is a second guess.
KIND_WORDS = TYPE_WORDS | TITLES

# What closes a company's or a football club's name ("Apple Inc", "Barcelona FC"):
# said around any answer.
COMPANY_WORDS = word_set("co corp corporation inc incorporated llc ltd plc fc")
# Words of chat that address someone or call the question easy: harmless around
# most answers, but just before a title they may begin another ("Baby One More Time"
# is not One More Time).
CHAT_CALLS = word_set(
    "baby boys bro bruh buddy dude easy fam guys lads mate next pal question yall"
)
# Verbs and certainty words a sentence around an answer uses; none can be a guess.
SENTENCE_WORDS = (
    COMPANY_WORDS
    | CHAT_CALLS
    | word_set(
        """
    became become born built called came come created died discovered done duh exactly last
    past previous
    founded gave give go got happened held himself herself honestly hosted indeed invented
    itself known led literally made make meet meeting met named obv ofc painted place played
    ruled see seen sure surely took visited went won wrote
    bet certain completely confident entirely fairly gonna gotta ill positive reasonably
    beginning end middle start
    def deffo defo hope hoping hopefully if lmao lmfao prob probs prolly rofl xd xx xxx
    ez knew know ftw lets
    afaik fr gg iirc imho imo lfg ngl omg pog poggers smh tbh yay
    can frfr obvs only possibly wait
    easily oops sorry actually correction hang hold
    currently now nowadays presently today
    far ig tho though
    choice choose chose choosing go going guessing opt pick picked picking select vote voting
    """
    )
)

# A question tag at the end, asked ("Moscow, isn't it?", "Moscow wasn't it?", "Moscow
# no?"), set off by a comma, or mirroring the message's start ("it was Moscow wasn't
# it"): it asks for agreement. Bare, "Moscow isn't it" says Moscow is not it.
_PRONOUNS = ("it", "he", "she", "they", "that", "there")
_PRONOUN_ENDS = frozenset("teyTEY")
_TAG = (
    r"(?:is|was|are|were|do|does|did|has|have|had|ai)n['\u2019]?t\s+"
    rf"(?:{'|'.join(_PRONOUNS)})"
)
# An asked tag may end in "right" ("isn't that right?") and be followed by any
# symbols or emoji ("isn't it? 🤔").
_ASKED_TAG = re.compile(
    rf",\s*{_TAG}(?:\s+right)?\W*$|\s(?:{_TAG}(?:\s+right)?|no)\s*\?\W*$", re.IGNORECASE
)
_BARE_TAG = re.compile(rf"\s{_TAG}[!.\s]*$", re.IGNORECASE)
_MIRRORED_START = re.compile(
    rf"\s*(?:{'|'.join(_PRONOUNS)})(?:['\u2019]?s\b|\s+(?:is|was|are|were)\b)", re.IGNORECASE
)
# Characters at the end of a message a tag is looked for in: enough for any tag, and
# a bound on the search however long the message.
_TAG_REACH = 40


def without_question_tag(text: str) -> str:
    """The message without a question tag after the answer (see `_ASKED_TAG`)."""
    # Quick looks first: this runs on every message, and most hold no tag.
    asks = "?" in text or "," in text
    if not asks and text.rstrip(" !.")[-1:] not in _PRONOUN_ENDS:
        return text
    start = max(0, len(text.rstrip(" ?!.")) - _TAG_REACH)
    tail = text[start:]
    if asks:
        asked = _ASKED_TAG.search(tail)
        if asked is not None:
            return text[: start + asked.start()]
    if tail.lower().rstrip(" !.").endswith(_PRONOUNS):
        bare = _BARE_TAG.search(tail)
        if bare is not None and _MIRRORED_START.match(text):
            return text[: start + bare.start()]
    return text


# Sounds of hesitation, however long drawn out: "uhh", "ummm", "hmmm", "errr".
_HESITATION = re.compile(r"(?:u+[hm]+|h+m+|e+r+m*|e+h+|a+h+|o+h+|m{2,})")


def hesitates(word: str) -> bool:
    return _HESITATION.fullmatch(word) is not None


# Superlatives that rank an answer among its kind: "the largest planet".
SUPERLATIVES = word_set(
    """
    biggest brightest busiest closest coldest darkest deadliest deepest densest driest
    earliest farthest fastest furthest greatest heaviest highest hottest largest latest
    least lightest longest loudest lowest most nearest newest oldest poorest richest
    shortest slowest smallest strongest tallest wettest widest windiest youngest
    """
)

# Words that describe a person between an article and their role: "the famous
# physicist", "the great Renaissance painter".
DESCRIBING = word_set(
    """
    acclaimed ancient baroque best brilliant celebrated classical contemporary early
    eminent famous founding great greatest iconic influential late legendary medieval
    modern notable old prolific renaissance renowned romantic victorian well young
    elizabethan experimental florentine georgian impressionist theoretical tudor venetian
    """
)

# Words that praise or class a work beside its title: "the classic Jaws", "Thriller,
# the iconic album". None of them makes another title of a one-word name.
ACCLAIM = word_set(
    """
    acclaimed beloved celebrated classic cult epic famous greatest iconic legendary
    original renowned timeless
    """
)

# Next to a name these make it another person: "Napoleon III", "Kennedy Jr" ("I" alone
# is likelier the pronoun, and "xx" kisses).
REGNAL = (frozenset(ROMAN_VALUE) - {"i", "xx"}) | GENERATIONS


# Phrases that only say how sure the player is: "I'm not sure, Moscow" reads like
# "maybe Moscow", and "no doubt, Moscow" like "definitely Moscow". Their words are
# neither a negation nor a second guess.
_SOFT_PHRASES = frozenset(
    tuple(p.split())
    for p in """
    anyway|but|for sure|i dont know|dont know|i dont really know|dont really know|
    i dunno|dunno|idk|no idea|no clue|not a clue|i have no idea|
    not sure|not really sure|not entirely sure|not completely sure|not totally sure|
    not quite sure|not 100% sure|not 100 sure|not certain|not positive|not confident|unsure|
    i cant remember|cant remember|i dont remember|dont remember|cant recall|
    no doubt|no doubt about it|without a doubt|without doubt|undoubtedly|doubtless|
    of course|no question|im certain|im sure|100%|for certain|
    dont quote me|dont quote me on that|could be wrong|i could be wrong|i might be wrong|
    might be wrong|if im not wrong|if im not mistaken|unless im wrong|correct me if im wrong|
    innit|am i right|wouldnt it be|couldnt it be|shouldnt it be|wouldnt that be|
    100 percent|for real|no cap|on god|i mean|i meant
    """.replace("\n", " ").split("|")
)
_SOFT_SIZES = tuple(sorted({len(p) for p in _SOFT_PHRASES}, reverse=True))
# "anything but France" denies France.
_DENIALS = frozenset({("anything", "but"), ("everything", "but"), ("other", "than"), ("no", "way")})
# Filler that says nothing of the answer after it, wherever it stands: "I think",
# "is it", "maybe". No negation, choice, list word or start of a denial.
LEAD_INS = FILLER - NEGATIONS - ALTERNATIVES - LIST_WORDS - {"no", "not"} - {w for w, _ in _DENIALS}


def soft_words(toks: Sequence[str]) -> frozenset[int]:
    """Positions of the words of certainty and uncertainty phrases."""
    found: set[int] = set()
    for start in range(len(toks)):
        if start in found:
            continue
        if toks[start].rstrip("%").isdigit() and tuple(toks[start + 1 : start + 2]) == ("sure",):
            found.update((start, start + 1))  # "90% sure", "90 sure"
            continue
        for size in _SOFT_SIZES:
            if tuple(toks[start : start + size]) in _SOFT_PHRASES:
                if size == 1 and toks[start] == "but" and denial_at(toks, start - 1):
                    break
                found.update(range(start, start + size))
                break
    return frozenset(found)


def opening_sigh(toks: Sequence[str]) -> range:
    """The positions of a "no" that opens the message to brush something else aside
    before the answer ("no, Canberra", "nah Canberra"), or of a question that asks
    for agreement with it ("isn't it Canberra?"): not a denial of what follows. A
    bare "no" must be set off by a comma or lead on ("no Canberra" may deny it).
    Named for the sigh; both open the message."""
    start = tuple(toks[:3])
    for size in (3, 2):
        if start[:size] in _ASKING and len(toks) > size:  # "isn't it Canberra?" asks
            return range(size)
    lead = 1 if toks and toks[0] in ("wait", "actually") else 0  # "wait no, Canberra"
    if lead and len(toks) > 1 and toks[1] == LIST_MARK:
        lead = 2  # "wait, no, Canberra"
    if len(toks) < lead + 2 or toks[lead] not in _SIGHS:
        return range(0)
    after = toks[lead + 1]
    if after == LIST_MARK:
        return range(lead + 2) if len(toks) > lead + 2 else range(0)
    if toks[lead] != "no" or after in _SIGH_THEN:
        return range(lead + 1)
    return range(0)


# Ways to open an answer by brushing something aside; after a bare "no", these say
# the answer follows ("no it's Canberra").
_SIGHS = frozenset({"no", "nah", "nope"})
_SIGH_THEN = frozenset({"its", "it", "thats", "the", "wait", "actually"})
# A question that opens the message and asks for agreement: "isn't it Canberra?",
# "wasn't he Churchill", "was it not Churchill?".
_ASKING = frozenset(
    {(verb, pronoun) for verb in ("isnt", "wasnt", "arent", "werent") for pronoun in _PRONOUNS}
    | {(verb, pronoun, "not") for verb in ("is", "was") for pronoun in _PRONOUNS}
)


def denial_at(toks: Sequence[str], i: int) -> bool:
    """Does a two-word denial ("anything but", "other than") start at `i`?"""
    return 0 <= i < len(toks) - 1 and (toks[i], toks[i + 1]) in _DENIALS


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens [start, end) the judge recognised."""

    start: int
    end: int
    rival: bool  # True: a known-different answer; False: one of the question's own
    compatible: bool = False  # a rival of another kind ("Russia" after "Moscow,")


def negated(
    toks: Sequence[str], covered: Mapping[int, Span], soft: frozenset[int] = frozenset()
) -> bool:
    """A denial or doubt anywhere outside the answers and the uncertainty phrases."""
    for i, tok in enumerate(toks):
        if i in covered or i in soft:
            continue
        if tok in NEGATIONS:
            return True
        if denial_at(toks, i):
            return True
        # "no France" and "France? no" deny; "no, France" is an answer after a sigh.
        if tok == "no" and _answer_at(covered, i + 1):
            return True
        if tok in ("no", "not") and i == len(toks) - 1 and i > 0:
            return True
    return False


# "not" before another candidate corrects the guess ("Canberra, not Sydney"), but
# after these it offers that candidate too ("Canberra, if not Sydney").
_OFFERING_NOT = frozenset({"if", "or"})


def corrects_at(toks: Sequence[str], at: int) -> bool:
    """Is the word at `at` a "not" that denies what follows it as a correction?"""
    return toks[at] == "not" and (at == 0 or toks[at - 1] not in _OFFERING_NOT)


def _answer_at(covered: Mapping[int, Span], i: int) -> bool:
    span = covered.get(i)
    return span is not None and not span.rival


def offers_choice(toks: Sequence[str], covered: Mapping[int, Span]) -> bool:
    """An "or" (or "/", "vs", "either") outside the answers."""
    return any(tok in ALTERNATIVES for i, tok in enumerate(toks) if i not in covered)
