"""``focuscheck serve``: the terminal app in a web browser, for the person who serves it only."""
