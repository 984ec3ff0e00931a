"""``focuscheck remind install|uninstall|status`` against a temporary home and a fake systemctl."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from focuscheck.reminders.units import MARKER
from tests.unit.cli_support import Runner, make_runner
from tests.unit.remind_support import NEXT_RUN, Desktop, make_desktop


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desktop:
    return make_desktop(tmp_path, monkeypatch)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def installed_focuscheck() -> str:
    found = shutil.which("focuscheck")
    assert found is not None, "the tests run with the package installed"
    return str(Path(found).absolute())


def test_install_writes_a_timer_for_the_workdays_at_four(
    run: Runner, desktop: Desktop, data_dir: Path
) -> None:
    done = run("remind", "install")
    assert done.code == 0, done.err
    timer = (desktop.units / "focuscheck-remind.timer").read_text().splitlines()
    assert timer == [
        MARKER,
        "[Unit]",
        "Description=focuscheck: daily check-in reminder",
        "",
        "[Timer]",
        "OnCalendar=Mon..Fri *-*-* 16:00:00",
        "Persistent=true",
        "Unit=focuscheck-remind.service",
        "",
        "[Install]",
        "WantedBy=timers.target",
    ]
    assert "Reminder installed: Mon–Fri at 16:00, on days a check-in is owed." in done.out
    assert f"Next reminder: {NEXT_RUN}" in done.out


def test_the_service_runs_this_focuscheck_on_this_journal_once(
    run: Runner, desktop: Desktop, data_dir: Path
) -> None:
    run("remind", "install")
    service = (desktop.units / "focuscheck-remind.service").read_text().splitlines()
    assert service == [
        MARKER,
        "[Unit]",
        "Description=focuscheck: remind me of today's check-in if it is owed",
        "",
        "[Service]",
        "Type=oneshot",
        f"ExecStart={installed_focuscheck()} --data-dir {data_dir} remind",
    ]


def test_install_reloads_systemd_and_starts_the_timer(run: Runner, desktop: Desktop) -> None:
    run("remind", "install")
    calls = [call for call in desktop.systemctl.calls() if "show" not in call]
    assert calls == [
        ["--user", "show-environment"],
        ["--user", "daemon-reload"],
        ["--user", "enable", "--now", "focuscheck-remind.timer"],
    ]


def test_at_days_and_language_go_into_the_units(run: Runner, desktop: Desktop) -> None:
    done = run("--lang", "sv", "remind", "install", "--at", "8:05", "--days", "mån,ons-fre")
    assert done.code == 0, done.err
    timer = (desktop.units / "focuscheck-remind.timer").read_text()
    assert "OnCalendar=Mon,Wed..Fri *-*-* 08:05:00\n" in timer
    assert "Description=focuscheck: daglig påminnelse om avstämningen\n" in timer
    service = (desktop.units / "focuscheck-remind.service").read_text()
    assert " --lang sv remind\n" in service
    assert "Påminnelsen är på: Mån, Ons–Fre kl. 08:05, de dagar en avstämning väntar." in done.out


def test_the_days_default_to_the_configured_workdays(run: Runner, desktop: Desktop) -> None:
    run("config", "set", "workdays", "sun", "mon", "tue", "wed", "thu")
    run("remind", "install")
    timer = (desktop.units / "focuscheck-remind.timer").read_text()
    assert "OnCalendar=Mon..Thu,Sun *-*-* 16:00:00\n" in timer


def test_the_unit_folder_is_under_home_without_xdg_config_home(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert run("remind", "install").code == 0
    assert (tmp_path / "home" / ".config" / "systemd" / "user" / "focuscheck-remind.timer").exists()


def test_a_folder_with_spaces_is_quoted_for_systemd(
    run: Runner, desktop: Desktop, tmp_path: Path
) -> None:
    folder = tmp_path / "my journal 100%"
    run("--data-dir", folder, "remind", "install")
    service = (desktop.units / "focuscheck-remind.service").read_text()
    assert f'--data-dir "{tmp_path}/my journal 100%%" remind\n' in service


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--at", "25:00"], "'25:00' is not a time of day; write it as HH:MM, like 16:00"),
        (["--at", "noon"], "'noon' is not a time of day"),
        (["--days", "mon-someday"], "'someday' is not a weekday"),
        (["--days", ","], "name at least one weekday for the reminder"),
    ],
    ids=["hour too big", "not a time", "unknown day", "no day"],
)
def test_a_bad_schedule_is_refused_and_nothing_is_written(
    run: Runner, desktop: Desktop, args: list[str], words: str
) -> None:
    done = run("remind", "install", *args)
    assert (done.code, words in done.err) == (2, True), done.err
    assert not desktop.units.exists()
    assert desktop.systemctl.calls() == []


def test_install_again_replaces_its_own_units(run: Runner, desktop: Desktop) -> None:
    run("remind", "install")
    assert run("remind", "install", "--at", "17:30").code == 0
    timer = (desktop.units / "focuscheck-remind.timer").read_text()
    assert "OnCalendar=Mon..Fri *-*-* 17:30:00\n" in timer


def test_a_unit_focuscheck_did_not_write_is_left_alone(run: Runner, desktop: Desktop) -> None:
    desktop.units.mkdir(parents=True)
    mine = desktop.units / "focuscheck-remind.service"
    mine.write_text("[Service]\nExecStart=/usr/local/bin/my-own-reminder\n")
    for args in (["install"], ["uninstall"], ["status"]):
        done = run("remind", *args)
        assert done.code == 1
        assert f"{mine} was not written by focuscheck, so it is left as it is." in done.err
    assert mine.read_text() == "[Service]\nExecStart=/usr/local/bin/my-own-reminder\n"
    assert not (desktop.units / "focuscheck-remind.timer").exists()


def test_uninstall_stops_the_timer_and_removes_both_units(run: Runner, desktop: Desktop) -> None:
    run("remind", "install")
    before = len(desktop.systemctl.calls())
    done = run("remind", "uninstall")
    assert done.code == 0
    assert list(desktop.units.iterdir()) == []
    assert done.out.endswith("Reminder removed.\n")
    assert [call for call in desktop.systemctl.calls()[before:] if "show" not in call] == [
        ["--user", "show-environment"],
        ["--user", "disable", "--now", "focuscheck-remind.timer"],
        ["--user", "daemon-reload"],
    ]


def test_uninstall_without_a_reminder_says_so(run: Runner, desktop: Desktop) -> None:
    done = run("remind", "uninstall")
    assert (done.code, done.out) == (0, "No reminder is installed.\n")


def test_status_shows_the_schedule_the_next_run_and_today(run: Runner, desktop: Desktop) -> None:
    run("remind", "install", "--days", "mon,wed,fri")
    done = run("remind", "status")
    assert done.code == 0
    assert done.out.splitlines() == [
        f"Reminder: installed as a systemd user timer ({desktop.units}/focuscheck-remind.timer).",
        "Schedule: Mon, Wed, Fri at 16:00",
        f"Next reminder: {NEXT_RUN}",
        "Today: no check-in yet on a workday, so the reminder shows.",
    ]


def test_status_without_a_reminder_says_how_to_set_one_up(run: Runner, desktop: Desktop) -> None:
    done = run("remind", "status")
    assert done.out.splitlines()[0] == (
        "Reminder: not installed. Set one up with: focuscheck remind install"
    )


@pytest.mark.parametrize("systemctl", ["present", "missing"])
def test_without_user_systemd_install_prints_the_crontab_line_and_writes_nothing(
    run: Runner,
    desktop: Desktop,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    data_dir: Path,
    systemctl: str,
) -> None:
    monkeypatch.setenv("FAKE_USER_MANAGER", "no")
    command = installed_focuscheck()
    if systemctl == "missing":
        monkeypatch.setenv("PATH", str(tmp_path / "empty"))
        command = f"{sys.executable} -m focuscheck"
    done = run("remind", "install", "--at", "07:45", "--days", "mon-fri")
    assert done.code == 0
    assert done.out.splitlines() == [
        "There is no systemd user session here, so nothing was installed. "
        "To be reminded by cron instead, add this line with crontab -e:",
        f"45 7 * * 1-5 {command} --data-dir {data_dir} remind",
    ]
    assert not desktop.units.exists()


def test_the_crontab_line_quotes_a_folder_with_spaces(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FAKE_USER_MANAGER", "no")
    done = run("--data-dir", tmp_path / "my journal 100%", "remind", "install")
    assert f"--data-dir '{tmp_path}/my journal 100\\%' remind" in done.out


def test_without_user_systemd_uninstall_points_to_crontab(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_USER_MANAGER", "no")
    done = run("remind", "uninstall")
    assert done.out.splitlines() == [
        "No reminder is installed.",
        "If you added the crontab line, remove it with crontab -e.",
    ]


def test_a_step_systemd_refuses_is_named_with_its_reason(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_REFUSES", "enable")
    done = run("remind", "install")
    assert done.code == 1
    assert done.err == (
        "Error: “systemctl --user enable --now focuscheck-remind.timer” did not work: "
        "Failed to connect to bus: Permission denied\n"
    )
    assert "Traceback" not in done.err
