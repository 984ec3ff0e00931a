"""Commands that keep what was written: backup, restore, and the trash of deleted check-ins."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from focuscheck.cli.common import app_context, confirm, echo_error
from focuscheck.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from pathlib import Path

    from focuscheck.service.journal_service import JournalService
    from focuscheck.storage.backups import Backup, Backups

#: How each kind of backup is named in ``restore --list``.
KIND_NAMES: dict[str, str] = {
    "daily": N_("daily"),
    "manual": N_("manual"),
    "replaced": N_("replaced"),
    "migrated": N_("migrated"),
    "other": N_("other"),
}
VALUE_CHARS = 50
"""Characters of a deleted check-in's value shown in the trash list."""


def register(cli: click.Group) -> None:
    """Add this module's commands to ``cli``."""
    cli.add_command(_backup_command())
    cli.add_command(_restore_command())
    cli.add_command(_trash_group())


def _backup_command() -> click.Command:
    @click.command(
        "backup",
        help=_(
            "Copy the journal into the backups folder now, as a file of its own "
            "(the last 10 such copies are kept; daily copies rotate separately)."
        ),
    )
    def backup() -> None:
        path = app_context().service().backup_now()
        click.echo(_("Backup written: {path}").format(path=path))

    return backup


def _restore_command() -> click.Command:
    @click.command(
        "restore",
        help=_(
            "Replace the journal with a backup: the newest, or the one named "
            "(file name or date). The replaced journal is kept in the backups folder."
        ),
    )
    @click.argument("backup", required=False, metavar=_("[BACKUP]"))
    @click.option("--list", "list_only", is_flag=True, help=_("List the backups and stop."))
    def restore(backup: str | None, list_only: bool) -> None:
        # Neither lists nor restores by reading the journal: it may be unreadable.
        service = app_context().service(open_now=False)
        if list_only:
            _list_backups(service.backups)
            return
        source = service.backups.resolve(backup) if backup else _newest_usable(service.backups)
        result = service.restore_backup(source)
        restored = ngettext(
            "Restored the journal from {path} ({count} entry).",
            "Restored the journal from {path} ({count} entries).",
            result.restored_entries,
        )
        click.echo(restored.format(path=source, count=result.restored_entries))
        if result.kept is None:
            return
        if result.replaced_entries is None:
            replaced = _("The journal it replaced could not be read; it is kept as {path}.")
        else:
            replaced = ngettext(
                "The journal it replaced held {count} entry; it is kept as {path}.",
                "The journal it replaced held {count} entries; it is kept as {path}.",
                result.replaced_entries,
            )
        click.echo(replaced.format(path=result.kept, count=result.replaced_entries))

    return restore


def _newest_usable(backups: Backups) -> Path:
    """The newest backup; when it cannot be read, the next one that can, if the person agrees."""
    from focuscheck.storage.backups import read_backup
    from focuscheck.storage.errors import StorageError

    newest = backups.resolve(None)
    try:
        read_backup(newest)
        return newest
    except StorageError as problem:
        echo_error(str(problem))
    usable = backups.first_usable()
    if usable is None:
        raise StorageError(
            _("No backup in {folder} can be read. Nothing was restored.").format(
                folder=backups.folder
            )
        )
    if sys.stdin.isatty() and confirm(
        _("Do you want to restore the next one, {name}, instead?").format(name=usable.name)
    ):
        return usable
    raise StorageError(
        _("Nothing was restored. To restore the next one: focuscheck restore {name}").format(
            name=usable.name
        )
    )


def _list_backups(backups: Backups) -> None:
    from focuscheck.storage.backups import BackupKind

    found = backups.all()
    if not found:
        click.echo(_("There is no backup in {folder}.").format(folder=backups.folder))
        return
    rows = [_backup_row(backup) for backup in found]
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for row in rows:
        cells = [text.ljust(width) for text, width in zip(row[:4], widths, strict=True)]
        click.echo("  ".join([*cells, row[4]]))
    if any(backup.kind is BackupKind.DAILY for backup in found):
        click.echo(_("A daily backup holds the journal as it was before that day's first change."))
    if any(backup.kind is BackupKind.MIGRATED for backup in found):
        click.echo(
            _(
                "A migrated backup holds the journal as it was before this version "
                "split it into one file per year."
            )
        )


def _backup_row(backup: Backup) -> tuple[str, str, str, str, str]:
    from focuscheck.storage.backups import entries_in

    count = entries_in(backup.path)
    if count is None:
        entries = _("unreadable")
    else:
        entries = ngettext("{count} entry", "{count} entries", count).format(count=count)
    kind = _(KIND_NAMES[backup.kind.value])
    day = backup.day.isoformat() if backup.day else "–"
    at = backup.at.isoformat(timespec="seconds") if backup.at else "–"
    return kind, day, at, entries, backup.path.name


def _trash_group() -> click.Group:
    @click.group(
        "trash",
        invoke_without_command=True,
        help=_(
            "List the check-ins deleted in the last 30 days; "
            "bring one back with: focuscheck trash restore ID"
        ),
    )
    @click.pass_context
    def trash(ctx: click.Context) -> None:
        if ctx.invoked_subcommand is None:
            _list_trash(app_context().service())

    @trash.command("restore", help=_("Bring a deleted check-in back into the journal."))
    @click.argument("entry_id", metavar=_("ID"))
    def trash_restore(entry_id: str) -> None:
        entry = app_context().service().restore_from_trash(entry_id)
        click.echo(_("Brought back the check-in of {date}.").format(date=entry.date.isoformat()))

    return trash


def _list_trash(service: JournalService) -> None:
    from focuscheck.storage.trash import KEEP_DAYS, SHORT_ID

    items = service.trash()
    if not items:
        click.echo(_("The trash is empty."))
        return
    for item in items:
        value = " ".join(item.entry.value.split())
        if len(value) > VALUE_CHARS:
            value = value[: VALUE_CHARS - 1] + "…"
        click.echo(
            _("{id}  {date}  deleted {deleted}, kept until {until}  “{value}”").format(
                id=item.entry.id[:SHORT_ID],
                date=item.entry.date.isoformat(),
                deleted=item.deleted_at.strftime("%Y-%m-%d %H:%M"),
                until=item.purged_on().date().isoformat(),
                value=value,
            )
        )
    click.echo(
        ngettext(
            "Deleted check-ins are kept for {days} day. Bring one back with: "
            "focuscheck trash restore ID",
            "Deleted check-ins are kept for {days} days. Bring one back with: "
            "focuscheck trash restore ID",
            KEEP_DAYS,
        ).format(days=KEEP_DAYS)
    )
