"""The daily check-in: one screen per step, and the flow that moves between them."""
