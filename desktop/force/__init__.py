"""The force's side of file-based sync: its key, its partners, referrals out, returns and records in.

Used by the `checkpoint-force` command. SQLAlchemy 2 over SQLite by default, PostgreSQL when given a URL.
"""
