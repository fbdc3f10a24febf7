"""Words at the edges: the domain and services hand over codes with parameters, and these functions put them
into English or Welsh for the GUI, the returns and the CLI. Plain Python (no Qt), so the PDF and the CLI can
use them without a QApplication. Languages are "en" and "cy"; anything else reads as English.
"""

from .dates import day, moment
from .reasons import level_label, render_reason

__all__ = ["day", "level_label", "moment", "render_reason"]
