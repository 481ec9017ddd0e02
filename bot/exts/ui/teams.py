"""Embeds for team games: the lobby, team totals at a reveal, and the team standings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import discord

from bot.engine.teams import TeamLobby, TeamStanding
from bot.exts.ui.embeds import INFO_COLOUR, MEDALS, clip, player_name, timestamp

MAX_NAMES_SHOWN = 15


def team_name(name: str) -> str:
    """A server's team name, shown like any user text: escaped and unable to ping."""
    return player_name(name)


def lobby_embeds(lobby: TeamLobby, closes_at: datetime, note: str = "") -> list[discord.Embed]:
    """The lobby: what to do, then one embed per team, edged in the team's colour."""
    lines = [
        "Pick a team with the buttons below, or **Auto** to be placed where you are needed.",
        f"The game starts {timestamp(closes_at)}, or when the starter presses **Start**.",
    ]
    if note:
        lines += ["", note]
    embed = discord.Embed(
        title=f"Team quiz: {len(lobby.teams)} teams",
        description="\n".join(lines),
        colour=INFO_COLOUR,
    )
    auto = lobby.members(None)
    if auto:
        embed.add_field(name="Auto", value=_names(auto))
    teams = [
        discord.Embed(
            title=clip(team_name(team.name), 256),
            description=_names(lobby.members(team.key)),
            colour=team.colour,
        )
        for team in lobby.teams
    ]
    return [embed, *teams]


def _names(players: Sequence[object]) -> str:
    names = [player_name(getattr(p, "name", "")) for p in players[:MAX_NAMES_SHOWN]]
    if len(players) > MAX_NAMES_SHOWN:
        names.append(f"\N{HORIZONTAL ELLIPSIS} and {len(players) - MAX_NAMES_SHOWN} more")
    return clip(", ".join(names), 1024) or "nobody yet"


def team_totals_text(names: Mapping[str, str], points: Mapping[str, int]) -> str:
    """One line of running totals, best team first: "Red 40 · Blue 20"."""
    order = sorted(names, key=lambda key: -points.get(key, 0))
    return clip(
        " \N{MIDDLE DOT} ".join(f"{team_name(names[k])} {points.get(k, 0)}" for k in order), 1024
    )


def winners_colour(rows: Sequence[TeamStanding]) -> int | None:
    """The colour of the team in first place, for the standings; None on a shared first."""
    first = [row for row in rows if row.rank == 1]
    return first[0].team.colour if len(first) == 1 else None


def team_standings_text(rows: Sequence[TeamStanding]) -> str:
    lines = []
    for row in rows:
        place = MEDALS[row.rank - 1] if row.rank <= len(MEDALS) else f"{row.rank}."
        tie = " (tie)" if row.tied else ""
        best = ", ".join(f"{player_name(s.player.name)} {s.points}" for s in row.best)
        lines.append(
            f"{place} **Team {team_name(row.team.name)}**: {row.points} points{tie}"
            + (f" \N{EM DASH} best: {best}" if best else "")
        )
    return clip("\n".join(lines), 1024)
