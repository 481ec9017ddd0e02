"""Who may do what: plain functions over discord.py permission objects.

They take permissions and roles rather than a context so that slash commands,
prefix commands and button clicks share them, and so tests can call them directly.
"""

from __future__ import annotations

from collections.abc import Iterable

import discord


def has_role_named(roles: Iterable[discord.Role], name: str) -> bool:
    wanted = name.strip().casefold()
    return any(role.name.casefold() == wanted for role in roles)


def may_start(member: discord.Member | discord.User, starter_role: str | None) -> bool:
    """Anyone may start a quiz unless bot.yaml names a starter role; managers always may."""
    if starter_role is None:
        return True
    if not isinstance(member, discord.Member):
        return False
    return member.guild_permissions.manage_guild or has_role_named(member.roles, starter_role)


def is_moderator(permissions: discord.Permissions) -> bool:
    """Members with Manage Messages may hint, skip or stop a quiz someone else started."""
    return permissions.manage_messages or permissions.administrator


def is_manager(permissions: discord.Permissions) -> bool:
    """Manage Server is what the admin commands ask for."""
    return permissions.manage_guild or permissions.administrator
