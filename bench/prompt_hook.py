"""The shell-prompt hook and ``status`` against ``python -c pass``, in the same rounds.

    python bench/prompt_hook.py [--rounds N] [--years N]

A prompt runs ``focuscheck prompt`` before every line the shell shows, so it
must cost about as much as starting Python.  On a journal of ``--years`` of
daily check-ins (today's still owed, so the hook prints its marker), each
round runs once, in turn: ``python -c pass``, ``focuscheck prompt``,
``focuscheck prompt --format "{streak}"``, ``focuscheck status``, and a second
reference: ``python -c "import …"`` of the standard-library packages the hook
loads beyond what ``python -c pass`` loads (read from ``python -X
importtime``), the floor of any hook built on them.  Each figure is the median
over the rounds, start to exit; each ratio is the median of the ratios taken
within a round, so a busy moment hits both sides alike.

It also checks that the hook answered from the small state file: the modules
it imported hold no click, TinyDB or Textual.

Run it with the Python of a non-editable install (the README's install
command), which is what people get: an editable install's import hook slows
every start of Python, the reference's too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Final

import _fixtures as fx

HEAVY: Final = ("click", "tinydb", "textual")
REFERENCE: Final = "python -c pass"


def command(*args: str) -> list[str]:
    """``focuscheck ARGS`` as installed beside this Python (else ``python -m focuscheck``)."""
    script = Path(sys.executable).with_name("focuscheck")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "focuscheck"]
    return [*base, *args]


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, capture_output=True, check=False)
    return (time.perf_counter() - started) * 1000


def imported(code: str, env: dict[str, str]) -> list[str]:
    """The modules ``python -c CODE`` imports, as ``python -X importtime`` names them.

    ``-P`` keeps the current folder off the path, so run from a checkout the
    installed package is the one imported, not the checkout's sources.
    """
    done = subprocess.run(
        [sys.executable, "-P", "-X", "importtime", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return [line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line]


def stdlib_beyond_start(modules: list[str], env: dict[str, str]) -> list[str]:
    """The standard-library packages among ``modules`` that ``python -c pass`` does not load."""
    started = {name.split(".")[0] for name in imported("pass", env)}
    wanted = {name.split(".")[0] for name in modules} - started
    return sorted(
        name
        for name in wanted
        if name in sys.stdlib_module_names
        and not name.startswith("_")
        and importlib.util.find_spec(name) is not None  # not "nt", which pathlib only tries
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    with fx.journal_dir(args.years * fx.YEAR) as data_dir:
        env = {
            **os.environ,
            "FOCUSCHECK_DATA_DIR": str(data_dir),
            "FOCUSCHECK_NOW": fx.NOW.isoformat(),
        }
        # The full route once brings the state file up to date, as any save does.
        subprocess.run(command("status"), env=env, capture_output=True, check=False)
        marker = subprocess.run(command("prompt"), env=env, capture_output=True, text=True)
        hook = imported("from focuscheck.cli.launch import main; main(['prompt'])", env)
        heavy = [name for name in HEAVY if name in {module.split(".")[0] for module in hook}]
        stdlib = stdlib_beyond_start(hook, env)
        floor = [sys.executable, "-c", "import " + ", ".join(stdlib)]
        programs = {
            REFERENCE: [sys.executable, "-c", "pass"],
            "focuscheck prompt": command("prompt"),
            'focuscheck prompt --format "{streak}"': command("prompt", "--format", "{streak}"),
            "focuscheck status": command("status"),
            "python -c 'import <its stdlib>'": floor,
        }
        samples: dict[str, list[float]] = {name: [] for name in programs}
        for program in programs.values():
            timed(program, env)  # warm the file cache
        for _round in range(args.rounds):
            for name, program in programs.items():
                samples[name].append(timed(program, env))
    print(f"journal: {args.years} years of daily check-ins; {args.rounds} rounds")
    print(f"the hook printed {marker.stdout.strip()!r}; heavy imports: {heavy or 'none'}")
    print(f"its standard library beyond Python's start: {', '.join(stdlib)}")
    for name, figures in samples.items():
        pairs = zip(figures, samples[REFERENCE], strict=True)
        ratio = statistics.median(ours / reference for ours, reference in pairs)
        goal = "  (goal <= 2)" if name.startswith("focuscheck") else ""
        print(f"{name:40} {statistics.median(figures):6.1f} ms   ratio {ratio:4.2f}{goal}")


if __name__ == "__main__":
    main()
