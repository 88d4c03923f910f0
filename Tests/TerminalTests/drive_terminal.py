#!/usr/bin/env python3
"""Drives the built pgcoach binary in a real pseudo-terminal, the way a person types at it.

Usage: drive_terminal.py PGCOACH_BINARY FIXTURES_HOME
Prints one line per scenario (`ok NAME` or `FAIL NAME: why`) and exits non-zero on a failure.
Used by InteractiveTerminalTests.swift; runnable by hand for debugging.
"""
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time

BINARY, FIXTURES = sys.argv[1], sys.argv[2]


class Terminal:
    def __init__(self, args, env_extra=None):
        env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", PGCOACH_HOME=FIXTURES,
                   XDG_STATE_HOME=os.environ.get("PGCOACH_TEST_STATE", "/tmp/pgcoach-pty-state"))
        env.pop("PGCOACH_TEST_CONNINFO", None)
        env.update(env_extra or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(BINARY, [BINARY] + args, env)
        self.buffer = b""
        self.log = b""

    def read_some(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return None
        if not data:
            return None
        self.buffer += data
        self.log += data
        return True

    def expect(self, pattern, timeout=10.0):
        """Waits for a regex (bytes) in what was printed since the last expect; returns the match."""
        regex = re.compile(pattern.encode() if isinstance(pattern, str) else pattern)
        deadline = time.monotonic() + timeout
        while True:
            match = regex.search(self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return match
            left = deadline - time.monotonic()
            if left <= 0 or self.read_some(left) is None:
                raise AssertionError(f"did not see {pattern!r}; screen tail: {self.log[-700:]!r}")

    def send(self, text):
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def wait_exit(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                return os.waitstatus_to_exitcode(status)
            self.read_some(0.05)
        where = ""
        try:
            where = open(f"/proc/{self.pid}/wchan").read()
            where += " " + subprocess.run(["gdb", "-p", str(self.pid), "-batch", "-ex", "thread apply all bt 8"],
                                           capture_output=True, text=True, timeout=20).stdout[-3000:]
        except Exception as error:
            where += f" ({error})"
        os.kill(self.pid, signal.SIGKILL)
        raise AssertionError(f"pgcoach did not exit; waiting in {where}")

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def start_connect():
    t = Terminal(["connect"])
    m = t.expect(r'psql "(host=(\S+) port=(\d+) dbname=\S+ user=\S+)"', timeout=30)
    conninfo, sandbox = m.group(1).decode(), m.group(2).decode()
    t.expect(r"postgres=# ")
    return t, conninfo, sandbox


def scenario_cancel():
    t, _, _ = start_connect()
    try:
        t.send("select pg_sleep(30);\r")
        time.sleep(0.7)
        sent = time.monotonic()
        t.send("\x03")
        t.expect(r"canceling statement due to user request", timeout=5)
        took = time.monotonic() - sent
        assert took < 1.0, f"cancel took {took:.2f} s"
        t.expect(r"postgres=# ")
        t.send("select 41 + 1 as answer;\r")
        t.expect(r"\n\s+42\r?\n")
    finally:
        t.kill()


def scenario_completion():
    t, _, _ = start_connect()
    try:
        # libedit redraws the completed word with cursor moves, so judge by what ran.
        t.send("select 'ran' as label, count(*) from pg_stat_acti\t")
        t.expect(r"vity")
        t.send(";\r")
        t.expect(r" ran +\| ")
        t.expect(r"postgres=# ")
        t.send("\\timi\t")
        t.expect(r"ng ")
        t.send("\r")
        t.expect(r"Timing is on\.")
        t.expect(r"postgres=# ")
        # Commands from the registry complete: a new psql one and the journal's \export.
        t.send("\\gse\t")
        t.expect(r"t ")
        time.sleep(0.3)  # let libedit wait for a key, then clear the line
        t.send("\x03")
        t.expect(r"postgres=# ")
        t.send("\\expo\t")
        t.expect(r"rt ")
        time.sleep(0.3)
        t.send("\x03")
        t.expect(r"postgres=# ")
    finally:
        t.kill()


def scenario_prompts_and_input():
    t, _, _ = start_connect()
    try:
        t.send("begin;\r")
        t.expect(r"postgres=\*# ")
        t.send("select nosuchcolumn;\r")
        t.expect(r"postgres=!# ")
        t.send("rollback;\r")
        t.expect(r"ROLLBACK\r?\npostgres=# ")
        t.send("select 1 +\r")
        t.expect(r"postgres-# ")
        t.send("1 as two;\r")
        t.expect(r"\n\s+2\r?\n")
        t.send("select 'héllo wörld 漢字' as greeting;\r")
        t.expect("héllo wörld 漢字\r?\n\\(1 row\\)")
        t.expect(r"postgres=# ")  # type at the prompt, not ahead of it
        t.send("select 'half typed")
        t.expect(r"half typed")
        time.sleep(0.3)  # a person pauses before Ctrl-C; libedit is then waiting for a key
        t.send("\x03")
        t.expect(r"postgres=# ")
        t.send("select 7 as seven;\r")
        t.expect(r"\n\s+7\r?\n")
    finally:
        t.kill()


def scenario_quit_removes_sandbox():
    t, _, sandbox = start_connect()
    assert os.path.isdir(sandbox), f"sandbox {sandbox} should exist while running"
    t.send("\\q\r")
    code = t.wait_exit()
    assert code == 0, f"exit status {code}"
    assert not os.path.exists(sandbox), f"sandbox {sandbox} left behind after \\q"


def scenario_sigterm_removes_sandbox():
    t, _, sandbox = start_connect()
    os.kill(t.pid, signal.SIGTERM)
    t.wait_exit()
    assert not os.path.exists(sandbox), f"sandbox {sandbox} left behind after SIGTERM"


def scenario_reconnect():
    t, conninfo, _ = start_connect()
    try:
        t.send("select 'pid=' || pg_backend_pid() as p;\r")
        pid = t.expect(r"pid=(\d+)").group(1).decode()
        t.expect(r"postgres=# ")
        subprocess.run(["psql", "-X", "-q", "-At", conninfo, "-c", f"select pg_terminate_backend({pid})"],
                       check=True, stdout=subprocess.DEVNULL)
        time.sleep(0.3)
        t.send("select 'still ' || 'alive' as status;\r")
        t.expect(r"reconnected")
        t.expect(r"still alive")
    finally:
        t.kill()


def scenario_lesson_prompt_and_hint():
    t = Terminal(["start", "lock-smoke"])
    try:
        t.expect(r"\[smoke\] shop=# ", timeout=30)
        # The tutor's commands complete too.
        t.send("\\hi\t")
        t.expect(r"nt ")
        t.send("\r")
        t.expect(r"Hint \(where to look, 1/3\)")
        t.send("\\q\r")
        assert t.wait_exit() == 0
    finally:
        t.kill()


def scenario_copy_from_terminal():
    t, _, _ = start_connect()
    try:
        t.send("create table typed (a int, b text);\r")
        t.expect(r"CREATE TABLE\r?\npostgres=# ")
        t.send("copy typed from stdin;\r")
        t.expect(r"Enter data to be copied followed by a newline\.\r?\n"
                 r"End with a backslash and a period on a line by itself, or an EOF signal\.\r?\n>> ")
        t.send("1\tone\r")
        t.expect(r">> ")
        t.send("2\ttwo\r")
        t.expect(r">> ")
        t.send("\\.\r")
        t.expect(r"COPY 2\r?\npostgres=# ")
        # Ctrl-C abandons a copy; the connection stays usable.
        t.send("copy typed from stdin;\r")
        t.expect(r">> ")
        t.send("3\tthree\r")
        t.expect(r">> ")
        time.sleep(0.3)
        t.send("\x03")
        t.expect(r"COPY from stdin failed: canceled by user|canceling statement due to user request")
        t.expect(r"postgres=# ")
        t.send("select count(*) as copied from typed;\r")
        t.expect(r"\n\s+2\r?\n")
    finally:
        t.kill()


SCENARIOS = [
    scenario_cancel, scenario_completion, scenario_prompts_and_input, scenario_quit_removes_sandbox,
    scenario_sigterm_removes_sandbox, scenario_reconnect, scenario_lesson_prompt_and_hint,
    scenario_copy_from_terminal,
]

failures = 0
for scenario in SCENARIOS:
    name = scenario.__name__.replace("scenario_", "")
    try:
        scenario()
        print(f"ok {name}", flush=True)
    except Exception as error:  # report every scenario, never stop at the first
        failures += 1
        print(f"FAIL {name}: {error}", flush=True)
sys.exit(1 if failures else 0)
