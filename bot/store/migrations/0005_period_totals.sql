-- Schema version 5: leaderboard totals per week and per month, kept on write.
-- A trigger adds each answer to its player's all-time, week and month totals in
-- the same transaction, so a board reads ten index entries however many answers
-- there are. Besides points and guesses the totals count questions the way the
-- boards show them (a player's guesses at one question in one session count
-- once): in the period of the first guess, and as right in that of the first
-- right guess.

ALTER TABLE player_totals ADD COLUMN questions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE player_totals ADD COLUMN questions_right INTEGER NOT NULL DEFAULT 0;

CREATE TABLE period_totals (
    scope TEXT NOT NULL,
    period TEXT NOT NULL CHECK (period IN ('week', 'month')),
    start_us INTEGER NOT NULL,  -- Monday 00:00 UTC, or the 1st 00:00 UTC
    player_id TEXT NOT NULL,
    points INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    questions INTEGER NOT NULL,
    questions_right INTEGER NOT NULL,
    PRIMARY KEY (scope, period, start_us, player_id)
) WITHOUT ROWID;

CREATE INDEX period_totals_board
    ON period_totals (scope, period, start_us, points DESC, correct DESC, answered, player_id);

-- Finds a player's earlier guesses at the same question in the same session.
CREATE INDEX answers_guesses
    ON answers (scope, player_id, session_id, set_name, question_id, correct, id);

-- Each answer with what it adds to the totals, and the periods it falls in.
CREATE VIEW answer_counts AS
SELECT
    a.id, a.scope, a.player_id, a.points, a.correct,
    NOT EXISTS (
        SELECT 1 FROM answers AS b
        WHERE b.scope = a.scope AND b.player_id = a.player_id AND b.session_id = a.session_id
          AND b.set_name = a.set_name AND b.question_id = a.question_id AND b.id < a.id
    ) AS first,
    a.correct = 1 AND NOT EXISTS (
        SELECT 1 FROM answers AS b
        WHERE b.scope = a.scope AND b.player_id = a.player_id AND b.session_id = a.session_id
          AND b.set_name = a.set_name AND b.question_id = a.question_id AND b.correct = 1
          AND b.id < a.id
    ) AS first_right,
    -- 1970-01-01 was a Thursday: three days after a Monday.
    a.answered_us - a.answered_us % 86400000000
        - ((a.answered_us / 86400000000 + 3) % 7) * 86400000000 AS week_us,
    CAST(strftime('%s', a.answered_us / 1000000, 'unixepoch', 'start of month') AS INTEGER)
        * 1000000 AS month_us
FROM answers AS a;

CREATE TRIGGER answers_add_to_totals AFTER INSERT ON answers
BEGIN
    INSERT INTO player_totals (scope, player_id, points, correct, answered, questions, questions_right)
    SELECT scope, player_id, points, correct, 1, first, first_right
    FROM answer_counts WHERE id = NEW.id
    ON CONFLICT (scope, player_id) DO UPDATE SET
        points = points + excluded.points,
        correct = correct + excluded.correct,
        answered = answered + 1,
        questions = questions + excluded.questions,
        questions_right = questions_right + excluded.questions_right;

    INSERT INTO period_totals
    SELECT scope, 'week', week_us, player_id, points, correct, 1, first, first_right
    FROM answer_counts WHERE id = NEW.id
    UNION ALL
    SELECT scope, 'month', month_us, player_id, points, correct, 1, first, first_right
    FROM answer_counts WHERE id = NEW.id
    ON CONFLICT (scope, period, start_us, player_id) DO UPDATE SET
        points = points + excluded.points,
        correct = correct + excluded.correct,
        answered = answered + 1,
        questions = questions + excluded.questions,
        questions_right = questions_right + excluded.questions_right;
END;

-- Count the answers already stored.
DELETE FROM player_totals;

INSERT INTO player_totals (scope, player_id, points, correct, answered, questions, questions_right)
SELECT scope, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first), SUM(first_right)
FROM answer_counts GROUP BY scope, player_id;

INSERT INTO period_totals
SELECT scope, 'week', week_us, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first),
       SUM(first_right)
FROM answer_counts GROUP BY scope, week_us, player_id;

INSERT INTO period_totals
SELECT scope, 'month', month_us, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first),
       SUM(first_right)
FROM answer_counts GROUP BY scope, month_us, player_id;
