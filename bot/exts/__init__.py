"""Discord extensions (cogs). Each sub-package is loaded with `Bot.load_extension`."""

EXTENSIONS: tuple[str, ...] = (
    "bot.exts.quiz",
    "bot.exts.admin",
    "bot.exts.learning",
    "bot.exts.events",
)
