"""spaCy components: actors, dates, places, events, quotes, amounts.

Importing this package registers the component factories with spaCy.
"""

from . import actors, amounts, events, furniture, quotes, sources, when, where  # noqa: F401  (registers factories)
