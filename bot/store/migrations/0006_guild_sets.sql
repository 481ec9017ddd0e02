-- Schema version 6: question sets servers upload, and their pictures, kept here
-- (before, in a folder per server) so every process serves every server's sets.
-- The size checks repeat bot/store/sets.py's caps: the database refuses what no
-- upload may be, whatever writes it.

CREATE TABLE guild_sets (
    scope TEXT NOT NULL,
    name TEXT NOT NULL,
    content BLOB NOT NULL CHECK (length(CAST(content AS BLOB)) <= 4194304),
    uploader TEXT NOT NULL,
    uploaded_us INTEGER NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    PRIMARY KEY (scope, name)
);

CREATE TABLE guild_set_pictures (
    scope TEXT NOT NULL,
    set_name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    data BLOB NOT NULL CHECK (length(CAST(data AS BLOB)) <= 8388608),
    PRIMARY KEY (scope, set_name, file_name),
    FOREIGN KEY (scope, set_name) REFERENCES guild_sets (scope, name) ON DELETE CASCADE
);

-- Sets taken from the old folders, by content: a second start imports nothing again,
-- and a set removed after its import does not come back.
CREATE TABLE guild_set_imports (
    scope TEXT NOT NULL,
    name TEXT NOT NULL,
    digest TEXT NOT NULL,
    imported_us INTEGER NOT NULL,
    PRIMARY KEY (scope, name, digest)
);
