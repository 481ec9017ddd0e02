"""The terminal front-end: `quizbot play`, `quizbot review`, `quizbot stats`, `quizbot leaderboard`.

It only translates: lines typed (or piped) become answers for the engine's session,
and the session's events become text. Scores go through the shared recorder.
"""
