"""A server's `/quizadmin settings` take effect whatever bot.yaml's defaults are."""

from __future__ import annotations

from bot.exts.admin.cog import settings_embed
from bot.settings import GuildOverrides, QuizSettings, effective


def test_hints_turned_on_by_a_server_work_when_bot_yaml_has_none() -> None:
    quiet = QuizSettings(hint_schedule=())
    turned_on = effective(quiet, GuildOverrides(hints=True))
    assert turned_on.hint_schedule and all(0 < f < 1 for f in turned_on.hint_schedule)
    shown = str(settings_embed(turned_on, GuildOverrides(hints=True)).description)
    assert "Hints: on (this server)" in shown
    assert effective(quiet, GuildOverrides()).hint_schedule == ()
    assert effective(QuizSettings(), GuildOverrides(hints=False)).hint_schedule == ()
    custom = QuizSettings(hint_schedule=(0.2,))
    assert effective(custom, GuildOverrides(hints=True)).hint_schedule == (0.2,)
