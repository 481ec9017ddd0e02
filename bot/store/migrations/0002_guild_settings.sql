-- Schema version 2: per-guild overrides of bot.yaml settings, one JSON object per scope.

CREATE TABLE guild_settings (
    scope TEXT PRIMARY KEY,
    settings TEXT NOT NULL CHECK (json_valid(settings) AND json_type(settings) = 'object')
);
