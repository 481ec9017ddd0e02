-- Schema version 4: the team of an answer in a team game, scheduled events, and the
-- question of the day with one answer per player.

ALTER TABLE answers ADD COLUMN team TEXT;

CREATE TABLE schedules (
    schedule_id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    channel TEXT NOT NULL,
    spec TEXT NOT NULL CHECK (json_valid(spec) AND json_type(spec) = 'object'),
    next_us INTEGER,            -- the planned run; NULL once a one-off is used up
    announced_us INTEGER,       -- the run whose announcement has gone out
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',  -- why it was disabled
    created_by TEXT NOT NULL,
    created_us INTEGER NOT NULL
);
CREATE INDEX schedules_by_scope ON schedules (scope, schedule_id);

CREATE TABLE qotd (
    qotd_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    channel TEXT NOT NULL,
    schedule_id INTEGER,
    set_name TEXT NOT NULL,
    question_id TEXT NOT NULL,
    day TEXT NOT NULL,          -- the local date it opened, YYYY-MM-DD
    opened_us INTEGER NOT NULL,
    closes_us INTEGER NOT NULL,
    message_id TEXT,
    closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);
CREATE INDEX qotd_open ON qotd (closed, closes_us);

CREATE TABLE qotd_answers (
    qotd_id TEXT NOT NULL REFERENCES qotd (qotd_id) ON DELETE CASCADE,
    player_id TEXT NOT NULL,
    player_name TEXT NOT NULL,
    answer TEXT NOT NULL,
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points INTEGER NOT NULL,
    answered_us INTEGER NOT NULL,
    PRIMARY KEY (qotd_id, player_id)
);
CREATE INDEX qotd_answers_by_player ON qotd_answers (player_id);
