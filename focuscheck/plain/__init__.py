"""The check-in as plain lines on standard input and output, for any terminal and a screen reader.

No screens, no colour, no cursor movement: a question is printed, the answer
is read as one line.  Free of Textual, and of click, like the domain below it.
"""
