"""Reminders of the daily check-in: the schedule, the systemd timer or crontab line, the message.

Free of Textual and of the command line; :mod:`focuscheck.cli.remind_cmds` wires it up.
"""
