"""From a text :class:`~checker.text.Source` to the report model (being written)."""
