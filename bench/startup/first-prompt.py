#!/usr/bin/env python3
"""Times gocon's prompt: from starting the JVM to the first prompt on a pseudo-terminal.

Usage: first-prompt.py RUNS JAVA [JVM options...] -jar gocon.jar
Prints each run in ms, then the median. It types nothing but 'q' once the prompt is there, and
uses a state folder of its own for each run (removed after it), so the learner's progress and history
are untouched.
"""
import os, pty, select, shutil, statistics, sys, tempfile, time

# The line reader turns bracketed paste on as it starts reading the first line: the prompt is up.
PROMPT = b"\x1b[?2004h"

def once(command):
    state = tempfile.mkdtemp(prefix="gocon-prompt-")
    env = dict(os.environ, XDG_STATE_HOME=state, TERM="xterm-256color")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(command[0], command, env)
    seen = b""
    while PROMPT not in seen:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            raise SystemExit("no prompt within 30 s")
        chunk = os.read(fd, 4096)
        seen += chunk
        # JLine asks the terminal what it is (DA1, which every terminal answers, after its other
        # queries) and where the cursor is; answer as a terminal would, or it waits for a timeout
        if b"\x1b[c" in chunk:
            os.write(fd, b"\x1b[?62;22c")
        if b"\x1b[6n" in chunk:
            os.write(fd, b"\x1b[1;1R")
    elapsed = (time.perf_counter() - start) * 1000
    os.write(fd, b"q\r")
    os.waitpid(pid, 0)
    shutil.rmtree(state, ignore_errors=True)
    return elapsed

runs = int(sys.argv[1])
command = sys.argv[2:]
once(command)  # warm the page cache
times = [once(command) for _ in range(runs)]
print(" ".join(f"{t:.0f}" for t in times), "ms")
print(f"median {statistics.median(times):.0f} ms")
