-- Schema version 1: players, every judged answer, sessions and the questions they asked.
-- Times are integer microseconds since 1970-01-01 UTC (exact at period boundaries).

CREATE TABLE players (
    player_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seen_us INTEGER NOT NULL  -- time of the answer that gave the current name
);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    player_id TEXT NOT NULL REFERENCES players (player_id),
    scope TEXT NOT NULL,
    channel TEXT NOT NULL,
    session_id TEXT NOT NULL,
    set_name TEXT NOT NULL,
    question_id TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points INTEGER NOT NULL,
    response_time REAL NOT NULL,
    hints_used INTEGER NOT NULL,
    answered_us INTEGER NOT NULL
);

-- Covers the week and month leaderboards: a range scan reads nothing but the index.
CREATE INDEX answers_scope_time ON answers (scope, answered_us, player_id, points, correct);
CREATE INDEX answers_scope_player ON answers (scope, player_id, answered_us);
-- Covers question stats per set (the author's "which ones do players miss").
CREATE INDEX answers_question ON answers (set_name, question_id, correct);

-- Running totals per player and scope, so the all-time board never scans the answers.
-- The store adds to them in the same transaction as the answers they count.
CREATE TABLE player_totals (
    scope TEXT NOT NULL,
    player_id TEXT NOT NULL,
    points INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    PRIMARY KEY (scope, player_id)
) WITHOUT ROWID;

CREATE INDEX player_totals_board
    ON player_totals (scope, points DESC, correct DESC, answered, player_id);

CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    channel TEXT NOT NULL,
    set_names TEXT NOT NULL CHECK (json_valid(set_names)),
    started_us INTEGER NOT NULL,
    finished_us INTEGER
);

CREATE INDEX sessions_channel ON sessions (scope, channel, started_us);

CREATE TABLE session_questions (
    session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    set_name TEXT NOT NULL,
    question_id TEXT NOT NULL,
    PRIMARY KEY (session_id, set_name, question_id)
);

CREATE INDEX session_questions_key ON session_questions (set_name, question_id);
