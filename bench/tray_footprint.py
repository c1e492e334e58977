"""The tray app's footprint (bench/tray-footprint.sh runs this): how soon its
icon is in the tray, then resident and private memory, threads, CPU and
wake-ups (context switches) over a while with the window closed, and again
with it open. Not a test: it prints figures for the README.

A real headless desktop (Xvfb, a private D-Bus session, an xfce4-panel
StatusNotifierItem tray, dunst) in a private network namespace, a local echo
and dyndns2 server, one record; check_interval 300 s, as at home."""

import http.server
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "gui"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "e2e"))
from homing_gui import DesktopSession  # noqa: E402

from benchlib import serve_text  # noqa: E402


def answer(path):
    """The echo service's address, or a dyndns2 provider's "good" to an update."""
    return b"good 81.2.69.160\n" if path.startswith("/nic/update") else b"81.2.69.160\n"


def proc(pid, name):
    with open("/proc/%d/%s" % (pid, name)) as f:
        return f.read()


def figures(pid):
    status = proc(pid, "status")
    value = {line.split(":")[0]: line.split(":")[1].strip() for line in status.splitlines() if ":" in line}
    rollup = {line.split(":")[0]: line.split(":")[1].strip() for line in proc(pid, "smaps_rollup").splitlines()[1:]}
    private_kb = int(rollup["Private_Clean"].split()[0]) + int(rollup["Private_Dirty"].split()[0])
    switches = {}  # per thread: a thread that ends takes its count with it
    for task in os.listdir("/proc/%d/task" % pid):
        try:
            lines = proc(pid, "task/%s/status" % task).splitlines()
        except OSError:
            continue
        switches[task] = sum(int(line.split()[1]) for line in lines if "ctxt_switches" in line)
    stat = proc(pid, "stat").rsplit(")", 1)[1].split()
    return {"rss_kb": int(value["VmRSS"].split()[0]), "private_kb": private_kb, "threads": int(value["Threads"]),
            "switches": switches, "cpu_ticks": int(stat[11]) + int(stat[12])}


def thread_name(pid, task):
    try:
        return proc(pid, "task/%s/comm" % task).strip()
    except OSError:
        return task


def idle(pid, seconds):
    start = figures(pid)
    time.sleep(seconds)
    end = figures(pid)
    woke = {task: count - start["switches"].get(task, 0) for task, count in end["switches"].items()}
    awake = ", ".join("%s %d" % (thread_name(pid, task), n) for task, n in sorted(woke.items()) if n)
    if awake:
        print("    (woken: %s)" % awake)
    return end, sum(woke.values()), (end["cpu_ticks"] - start["cpu_ticks"]) * 1000 // os.sysconf("SC_CLK_TCK")


def report(what, end, switches, cpu_ms, seconds):
    print("  %s, idle %d s:" % (what, seconds))
    print("    RSS %.1f MiB, private %.1f MiB, %d threads, %d wake-ups (context switches, all threads), %d ms CPU"
          % (end["rss_kb"] / 1024, end["private_kb"] / 1024, end["threads"], switches, cpu_ms))


def main():
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    app = os.path.abspath(os.environ.get("HOMING_APP", "build/bin/homing"))
    server = serve_text(answer, http.server.ThreadingHTTPServer)
    port = server.server_address[1]
    with tempfile.TemporaryDirectory() as work, DesktopSession(tray=os.environ.get("BENCH_TRAY", "sni")) as session:
        config_dir, data_dir = os.path.join(work, "config"), os.path.join(work, "data")
        os.makedirs(config_dir, mode=0o700)
        with open(os.path.join(config_dir, "config.json"), "w") as f:
            json.dump({"version": 1, "check_interval": 300,
                       "ip": {"ipv4": {"sources": ["http://127.0.0.1:%d/a" % port, "http://127.0.0.1:%d/b" % port],
                                       "min_agree": 2}},
                       "accounts": [{"id": "home", "provider": "dyndns2",
                                     "settings": {"server": "http://127.0.0.1:%d/nic/update" % port,
                                                  "username": "bench"},
                                     "secrets": {"password": "env:BENCH_PASSWORD"}}],
                       "records": [{"account": "home", "name": "bench.example.com", "type": "A"}]}, f)
        env = dict(session.env, BENCH_PASSWORD="bench-password")
        args = [app, "--config-dir", config_dir, "--data-dir", data_dir]
        started = time.monotonic()
        process = session.spawn(args, name="homing", env=env)
        session.wait_for(session.tray_icons, timeout=15, interval=0.01, message="the tray icon")
        to_icon = time.monotonic() - started
        session.wait_for(lambda: '"in_sync"' in open(os.path.join(data_dir, "state.json")).read()
                         if os.path.exists(os.path.join(data_dir, "state.json")) else False, timeout=15)
        # The first pass's notifications expire on the notification server
        # (and their popups close) in the first seconds: let that pass.
        time.sleep(int(os.environ.get("BENCH_SETTLE", "15")))
        print("homing (the tray app), one record in sync:")
        print("  icon in the tray %.2f s after start" % to_icon)
        report("window closed", *idle(process.pid, seconds), seconds)
        subprocess.run(args, env=env, check=True, timeout=30)  # a second homing shows the window
        session.wait_for(lambda: session.find_windows("^Homing$"), timeout=10, message="the window")
        time.sleep(1)
        report("window open", *idle(process.pid, seconds), seconds)
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()
