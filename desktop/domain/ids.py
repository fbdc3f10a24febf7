from __future__ import annotations

import uuid


def new_id() -> str:
    """A random UUID as text: the primary key of every record, safe to exchange with the force."""
    return str(uuid.uuid4())
