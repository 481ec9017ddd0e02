-- PostgreSQL schema version 4: the totals trigger runs once per INSERT statement,
-- over the statement's new rows, instead of once per row. The store commits many
-- concurrent answers in one statement (group commit), and each totals row a
-- statement touches is written once. Rows are summed per totals key first and
-- written in key order, so two statements touching the same players lock them in
-- the same order (no deadlock). Same counts as versions 1 and 2: a guess counts as
-- a question when no earlier guess by the player at that question in that session
-- exists, earlier rows of the same statement included (they are visible here).

-- The boards read the totals, so nothing reads answers by (scope, time) any more:
-- one index fewer to write for every answer.
DROP INDEX IF EXISTS answers_scope_time;

DROP TRIGGER answers_add_to_totals ON answers;
DROP FUNCTION answers_add_to_totals();

CREATE FUNCTION answers_add_to_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH counted AS MATERIALIZED (
        SELECT a.scope, a.player_id, a.points, a.correct,
               CASE WHEN e.earlier = 0 THEN 1 ELSE 0 END AS first,
               CASE WHEN a.correct = 1 AND e.earlier_right = 0 THEN 1 ELSE 0 END
                   AS first_right,
               a.answered_us - a.answered_us % 86400000000
                   - ((a.answered_us / 86400000000 + 3) % 7) * 86400000000 AS week_us,
               (EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(a.answered_us / 1000000)
                   AT TIME ZONE 'UTC')) * 1000000)::BIGINT AS month_us
        FROM added AS a CROSS JOIN LATERAL (
            SELECT COUNT(*) AS earlier, COALESCE(MAX(b.correct), 0) AS earlier_right
            FROM answers AS b
            WHERE b.scope = a.scope AND b.player_id = a.player_id
              AND b.session_id = a.session_id AND b.set_name = a.set_name
              AND b.question_id = a.question_id AND b.id < a.id
        ) AS e
    ),
    all_time AS (
        INSERT INTO player_totals AS t
            (scope, player_id, points, correct, answered, questions, questions_right)
        SELECT scope, player_id, SUM(points), SUM(correct), COUNT(*), SUM(first),
               SUM(first_right)
        FROM counted GROUP BY scope, player_id ORDER BY scope, player_id
        ON CONFLICT (scope, player_id) DO UPDATE SET
            points = t.points + excluded.points,
            correct = t.correct + excluded.correct,
            answered = t.answered + excluded.answered,
            questions = t.questions + excluded.questions,
            questions_right = t.questions_right + excluded.questions_right
    )
    INSERT INTO period_totals AS t
    SELECT scope, period, start_us, player_id, SUM(points), SUM(correct), COUNT(*),
           SUM(first), SUM(first_right)
    FROM (
        SELECT scope, 'week' AS period, week_us AS start_us, player_id, points, correct,
               first, first_right FROM counted
        UNION ALL
        SELECT scope, 'month', month_us, player_id, points, correct, first, first_right
        FROM counted
    ) AS both_periods
    GROUP BY scope, period, start_us, player_id ORDER BY scope, period, start_us, player_id
    ON CONFLICT (scope, period, start_us, player_id) DO UPDATE SET
        points = t.points + excluded.points,
        correct = t.correct + excluded.correct,
        answered = t.answered + excluded.answered,
        questions = t.questions + excluded.questions,
        questions_right = t.questions_right + excluded.questions_right;
    RETURN NULL;
END;
$$;

CREATE TRIGGER answers_add_to_totals AFTER INSERT ON answers
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION answers_add_to_totals();
