"""Run ``slowion report`` or ``slowion generate`` on tiny stand-ins and stop at a chosen moment, to be killed there.

Used by tests/test_crash_safety.py (this file has no ``test_`` prefix, so pytest does not collect it):

    python tests/crash_helper.py report OUT MOMENT
    python tests/crash_helper.py generate DIR MOMENT

The expensive parts are replaced by stand-ins (those of tests/test_report.py for the report, a four-file package
for generate); production code is untouched except for the function the MOMENT wraps, in this process only.
At the MOMENT the process prints ``PAUSED <moment>`` on stdout and sleeps until it is killed. MOMENT is one of

- ``compute`` (report only): every worker process prints ``WORKER <pid>`` and hangs inside its first task;
- ``writing``: after the first file of the new set is written into the staging directory;
- ``publish``: the new set is complete, just before the switch;
- ``exchanged``: just after the atomic exchange (the sibling now holds the old set, not yet removed);
- ``between-renames``: the two-rename fallback (exchange made unavailable), after ``target -> backup``;
- ``after-renames``: the fallback, after ``stage -> target``, before the backup is removed;
- ``none``: run to the end.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MOMENTS = ("compute", "writing", "publish", "exchanged", "between-renames", "after-renames", "none")

#: the generated package of the stand-in generate: before (OLD) and after (NEW) the run
OLD_FILES = {
    "__init__.py": '"""pkg"""\n',
    "mp/__init__.py": '"""mp"""\n',
    "wind.py": "Q = 1\n",
    "mp/wind.py": "Q = 1\n",
}
NEW_FILES = {**OLD_FILES, "wind.py": "Q = 2\n", "mp/wind.py": "Q = 2\n"}

#: the stand-in Na scale of the run that is killed, so that its set can be told from the previous one
NEW_NA_SCALE = 0.2


def pause(moment: str) -> None:
    print(f"PAUSED {moment}", flush=True)
    time.sleep(120)
    sys.exit(3)  # only reached if nobody kills us


def tiny_plots(stage: Path, results: dict) -> dict[str, str]:
    """Stand-in for the report's matplotlib plots: one small file (the crash tests need a set, not pictures)."""
    (stage / "stopping.png").write_bytes(b"\x89PNG stand-in " + repr(results["stopping"]["Na"]).encode())
    return {"stopping": "stopping.png"}


def report_patches(na_scale: float | None = None) -> list[tuple[object, str, object]]:
    """(object, attribute, value) that point the report at the stand-ins of tests/test_report.py."""
    import test_report

    from slowion.report import audit_part, plan, run

    fake = test_report._fake_module()
    patches: list[tuple[object, str, object]] = [
        (audit_part, "audit_module_names", lambda: ("fake.derive",)),
        (run, "main_plots", tiny_plots),
    ]
    patches += [(plan.TARGETS, role, fn) for role, fn in test_report.fake_targets(fake).items()]
    patches.append((sys.modules, test_report.FAKE, fake))
    if na_scale is not None:
        patches.append((test_report.METAL_SCALE, "Na", na_scale))
    return patches


def apply(patches: list[tuple[object, str, object]]) -> None:
    for obj, name, value in patches:
        if isinstance(obj, dict):
            obj[name] = value
        else:
            setattr(obj, name, value)


def instrument(moment: str, target: Path) -> None:
    """Wrap the one function that reaches ``moment``, so that the process pauses there."""
    from slowion.base import atomic

    if moment == "publish":
        real_publish = atomic.publish

        def publish(stage, to):
            pause(moment)
            real_publish(stage, to)

        atomic.publish = publish
    elif moment == "exchanged":
        real_exchange = atomic.exchange

        def exchange(a, b):
            if not real_exchange(a, b):
                print("NO-EXCHANGE", flush=True)
                return False
            pause(moment)
            return True

        atomic.exchange = exchange
    elif moment in ("between-renames", "after-renames"):
        atomic.exchange = lambda a, b: False
        real_rename = os.rename
        backup_prefix = f".{target.name}.slowion-old-"

        def rename(src, dst, *args, **kwargs):
            real_rename(src, dst, *args, **kwargs)
            if moment == "between-renames" and Path(dst).name.startswith(backup_prefix):
                pause(moment)
            if moment == "after-renames" and Path(dst) == target:
                pause(moment)

        os.rename = rename


def run_report(out: Path, moment: str) -> None:
    from slowion.report import plan, run

    apply(report_patches(NEW_NA_SCALE))
    if moment == "compute":
        os.cpu_count = lambda: 2  # two workers, whatever the machine

        def hang(metal, model, shells):
            # one write(2) of less than PIPE_BUF bytes: the two workers' lines cannot interleave
            os.write(sys.stdout.fileno(), f"WORKER {os.getpid()}\n".encode())
            time.sleep(120)

        fake = sys.modules["slowion_fake_upstream"]
        hang.__module__, hang.__qualname__ = fake.__name__, "stopping_result"  # pickled by reference to the workers
        fake.stopping_result = plan.TARGETS["stopping"] = hang
        os.environ["SLOWION_EXECUTOR"] = "processes"
    else:
        os.environ["SLOWION_EXECUTOR"] = "serial"
    if moment == "writing":
        real_write = run.atomic_write_text

        def write(path, text):
            real_write(path, text)
            pause(moment)

        run.atomic_write_text = write
    instrument(moment, out.resolve())
    run.run_report(str(out))


def run_generate(directory: Path, moment: str) -> None:
    from slowion.codegen import driver

    driver.render_all = lambda modules=None: dict(NEW_FILES)
    if moment == "writing":
        real_write = Path.write_bytes
        calls = []

        def write_bytes(self, data):
            n = real_write(self, data)
            calls.append(self)
            if len(calls) == 2:
                pause(moment)
            return n

        Path.write_bytes = write_bytes
    instrument(moment, directory.resolve())
    driver.write_generated(directory)


if __name__ == "__main__":
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # the test asks for the stacks if we seem stuck
    command, path, moment = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    assert moment in MOMENTS, moment
    {"report": run_report, "generate": run_generate}[command](path, moment)
    print("DONE", flush=True)
