"""Common nouns of the kinds trivia asks for, grouped by kind: animals, fruit,
drinks, instruments, stones, sports, organs...

Unlike the proper names of `confusables`, these are everyday words, so they count
only beside an answer of the same kind: "tea coffee" names two drinks and
"graphite diamond" two minerals, where an unknown word before the answer would
read as a qualifier ("black coffee", "grand piano"). A word of another kind stays
a word like any other: a typo may land on it ("whole" for "whale") and it may
stand in a sentence around the answer. A word may be of more than one kind. Words
that often head another's name are left out ("koala bear", "tea with milk").
"""

from __future__ import annotations

from types import MappingProxyType

from bot.engine.judge.vocabulary import word_set

_KINDS = {
    "animal": """
        lion tiger leopard cheetah jaguar panther cougar puma lynx wolf fox panda
        koala kangaroo wombat elephant rhino rhinoceros hippo hippopotamus giraffe zebra
        horse donkey mule camel llama alpaca cow bull ox buffalo bison yak goat sheep pig
        boar deer moose elk reindeer antelope gazelle gorilla chimpanzee chimp orangutan
        baboon monkey lemur sloth armadillo anteater hedgehog porcupine beaver otter
        badger skunk raccoon squirrel rabbit hare mouse rat hamster bat whale dolphin
        porpoise seal walrus shark octopus squid jellyfish crab lobster shrimp snail spider
        scorpion ant bee wasp butterfly moth beetle ladybird ladybug mosquito grasshopper
        snake python cobra viper crocodile alligator lizard gecko iguana chameleon turtle
        tortoise frog toad salamander eagle hawk falcon owl parrot penguin ostrich emu
        flamingo pelican swan goose duck chicken hen rooster pigeon dove crow raven sparrow
        robin peacock vulture hummingbird dog cat hyena meerkat platypus salmon trout tuna
        cod eel
    """,
    "fruit": """
        apple banana pear peach plum cherry grape mango pineapple strawberry raspberry
        blueberry blackberry lemon lime melon watermelon kiwi coconut papaya apricot
        pomegranate avocado tomato
    """,
    "vegetable": """
        potato carrot onion garlic cabbage lettuce spinach broccoli cauliflower cucumber
        pumpkin pea peas bean beans lentil lentils tomato celery radish turnip beetroot
    """,
    "cereal": "rice wheat barley oats rye maize corn millet sorghum quinoa",
    "drink": """
        coffee tea juice beer wine whisky whiskey vodka rum gin tequila brandy
        cider champagne sake cocoa lemonade cola
    """,
    "instrument": """
        piano guitar violin viola cello harp flute clarinet oboe bassoon saxophone trumpet
        trombone tuba drum drums banjo ukulele mandolin sitar accordion harmonica organ
        harpsichord xylophone bagpipes keyboard synthesizer lute
    """,
    "stone": """
        diamond ruby emerald sapphire topaz opal pearl amethyst garnet jade quartz graphite
        onyx amber jasper agate obsidian granite marble limestone sandstone slate coal
    """,
    "sport": """
        football soccer rugby cricket tennis golf basketball baseball hockey volleyball
        badminton boxing wrestling cycling swimming athletics skiing snooker darts bowling
        polo lacrosse handball netball squash surfing rowing sailing fencing judo karate
    """,
    "organ": """
        heart liver lung lungs kidney kidneys brain stomach skin pancreas spleen bladder
        intestine
    """,
}


def _build() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for kind, block in _KINDS.items():
        for word in word_set(block):
            found.setdefault(word, set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in found.items()}


# word -> its kinds; read-only.
NOUN_KINDS: MappingProxyType[str, frozenset[str]] = MappingProxyType(_build())
_NONE: frozenset[str] = frozenset()


def noun_kinds(word: str) -> frozenset[str]:
    """The kinds of a common noun ("coffee": drink); empty for any other word."""
    return NOUN_KINDS.get(word, _NONE)
