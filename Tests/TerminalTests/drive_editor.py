#!/usr/bin/env python3
"""Types the same \\e, \\ef and \\ev session at psql and at pgcoach in a pseudo-terminal, with
an editor script standing in for the person, and prints both transcripts (banners and
terminal escapes removed) separated by a line `=====`.

Usage: drive_editor.py PSQL PGCOACH CONNINFO_WITHOUT_DBNAME
Each client gets its own fresh database `parity_editor`. Used by PsqlEditorParityTests.swift.
"""
import os
import pty
import re
import select
import subprocess
import sys
import tempfile
import time

PSQL, PGCOACH, BASE = sys.argv[1], sys.argv[2], sys.argv[3]
WORK = tempfile.mkdtemp(prefix="pgcoach-editor-")

# The "person": rewrites the buffer, renames a function (its line gets a semicolon so it
# runs), or changes nothing.
EDITORS = {
    "rewrite": "printf 'select 40 + 2 as answer;\\nselect 7 as partial\\n' > \"$f\"",
    "rename": "sed -i 's/one_plus/one_plus_edited/; s/[$]function[$]$/$function$;/; s/^ SELECT 1 AS x;*$/ SELECT 2 AS x;/' \"$f\"",
    "keep": "true",
}
for name, body in EDITORS.items():
    path = os.path.join(WORK, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\nfor f; do :; done\necho \"args: $*\" | sed \"s|$f|FILE|\" >> %s/args\n%s\n" % (WORK, body))
    os.chmod(path, 0o755)


def admin(sql):
    subprocess.run([PSQL, "-X", "-q", BASE + " dbname=postgres", "-c", sql], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def session(binary, steps):
    admin("drop database if exists parity_editor")
    admin("create database parity_editor")
    subprocess.run([PSQL, "-X", "-q", BASE + " dbname=parity_editor", "-c",
                    "create function one_plus(int) returns int language sql as 'select $1 + 1'",
                    "-c", "create view v as select 1 as x"], check=True)
    args = [binary, "-X"] if binary == PSQL else [binary, "connect"]
    env = dict(os.environ, TERM="xterm", LANG="C.UTF-8", PAGER="cat", PSQL_PAGER="cat",
               PSQL_HISTORY="/dev/null", PGCOACH_HOME=WORK, XDG_STATE_HOME=WORK)
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, args + [BASE + " dbname=parity_editor"], env)
    out = b""

    def pump(seconds):
        """Reads until a prompt has been shown and nothing more came for a moment."""
        nonlocal out
        start = len(out)
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.15)
            if ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                out += data
            elif re.search(rb"[=\-]# $", out[start:]):
                return

    pump(5)
    for editor, keys in steps:
        os.environ["EDITOR"] = ""
        # The editor is chosen per step through PSQL_EDITOR, read when the command runs.
        os.write(fd, ("\\setenv PSQL_EDITOR %s\n" % os.path.join(WORK, editor)).encode())
        pump(5)
        os.write(fd, keys.encode())
        pump(5)
    os.write(fd, b"\\q\n")
    pump(2)
    os.waitpid(pid, 0)
    text = out.decode(errors="replace").replace("\r", "")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]", "", text)
    lines = [l for l in text.split("\n")
             if not l.startswith(("psql (", "Type \"help\"", "pgcoach ", "Session journal:"))]
    # pgcoach names its journal on the way out; the blank line around it is not psql's either.
    return "\n".join(lines).rstrip("\n")


STEPS = [
    ("rewrite", "select 1\n\\e\n"),
    ("keep", "\\g\n"),
    ("keep", "\\e\n"),
    ("keep", "\\ef one_plus\n"),
    ("rename", "\\ef one_plus\n"),
    ("keep", "\\df one*\n"),
    ("rename", "\\ev v\n"),
    ("keep", "select * from v;\n"),
    ("keep", "\\ef one_plus 3\n"),
    ("keep", "\\ef no_such_function\n"),
    ("keep", "\\ev one_plus\n"),
    ("keep", "\\e 0\n"),
]
print(session(PSQL, STEPS))
print("=====")
print(session(PGCOACH, STEPS))
admin("drop database if exists parity_editor")
