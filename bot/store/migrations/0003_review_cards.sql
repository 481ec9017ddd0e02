-- Schema version 3: spaced-repetition cards. The fsrs Card is kept as JSON text;
-- its due time is copied into a column so "what is due now" is an index range scan.

CREATE TABLE review_cards (
    scope TEXT NOT NULL,
    player_id TEXT NOT NULL,
    set_name TEXT NOT NULL,
    question_id TEXT NOT NULL,
    card TEXT NOT NULL CHECK (json_valid(card)),
    due_us INTEGER NOT NULL,
    PRIMARY KEY (scope, player_id, set_name, question_id)
);

CREATE INDEX review_cards_due ON review_cards (scope, player_id, due_us);
