#!/usr/bin/env python3
"""Turns the load harness' Gatling reports into the tables of docs/performance.md (bench/load/run.sh calls it).

report.py RUNS.tsv --start APP MIN --rss APP_START APP_PEAK MIN_START --stored N --doubled N --accepted N
          --assigned N --seconds S          prints the results as Markdown
report.py --into docs/performance.md RESULTS.md
                                            puts them between the load markers of the document
"""
import argparse
import html
import platform
import re
import subprocess
import sys
from pathlib import Path

BEGIN, END = "<!-- load:begin -->", "<!-- load:end -->"
COLUMNS = ["total", "ok", "ko", "ko_pct", "rps", "min", "p50", "p75", "p95", "p99", "max", "mean", "std"]


def gatling_rows(folder):
    """Every request row of a Gatling 3.14 index.html: name -> figures."""
    text = Path(folder, "index.html").read_text(encoding="utf-8")
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", text, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row)
        values = re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row)
        if not name or len(values) < 13:
            continue
        figures = {}
        for (_, value), key in zip(values, COLUMNS):
            value = value.strip().replace(",", "")
            figures[key] = 0.0 if value in ("-", "") else float(value)
        rows[html.unescape(name.group(1))] = figures
    return rows


def read_runs(path):
    runs = {}
    for line in Path(path).read_text().splitlines():
        name, value = line.split("\t", 1)
        if value.startswith("tps="):
            runs[name] = {"tps": float(value[4:] or 0)}
        else:
            runs[name] = gatling_rows(value.strip())
    return runs


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=20).stdout.strip() or \
            subprocess.run(args, capture_output=True, text=True, timeout=20).stderr.strip()
    except OSError:
        return "?"


def verdict(ok):
    return "**met**" if ok else "**not met**"


def fmt(n):
    return f"{n:,.1f}" if 0 < abs(n) < 10 else f"{n:,.0f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("runs", nargs="?")
    parser.add_argument("--into", nargs=2)
    parser.add_argument("--half", nargs=2, metavar=("FOLDER", "REQUEST"))
    parser.add_argument("--start", nargs=2, type=int)
    parser.add_argument("--rss", nargs=3, type=int)
    parser.add_argument("--stored", type=int)
    parser.add_argument("--surge-stored", type=int, default=0)
    parser.add_argument("--doubled", type=int)
    parser.add_argument("--accepted", type=int)
    parser.add_argument("--assigned", type=int)
    parser.add_argument("--seconds", type=int)
    a = parser.parse_args()
    if a.into:
        document, results = Path(a.into[0]), Path(a.into[1]).read_text()
        text = document.read_text()
        block = f"{BEGIN}\n{results.strip()}\n{END}"
        if BEGIN in text and END in text:
            text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
        else:
            text = text.rstrip() + "\n\n" + block + "\n"
        document.write_text(text)
        return

    if a.half:
        print(f"{gatling_rows(a.half[0]).get(a.half[1], {'rps': 0})['rps'] / 2:.2f}")
        return
    r = read_runs(a.runs)

    def req(run, name):
        return r.get(run, {}).get(name, {k: 0.0 for k in COLUMNS})

    out = []
    w = out.append
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), "?")
    w(f"Measured by `bench/load/run.sh {a.seconds}` on {command('date', '-u', '+%Y-%m-%d %H:%M UTC')}: "
      f"{command('nproc')} cores ({cpu}), {platform.system()}, "
      f"{command('java', '-version').splitlines()[0]}, "
      f"{command('psql', '--version')} on the same host. Both apps in production mode with `-Xmx512m`, "
      f"{a.seconds} s per run, closed model (N users, each sends its next request when the last answered), "
      "rate limits raised for the throughput runs, e-mail delivery off (the outbox still writes every message). "
      "Each Gatling report is under `target/gatling/`.")
    w("")
    w("### Sign-ups (GET form + POST, durable)")
    w("")
    w("| concurrency | Samverka sign-ups/s | p50 / p99 ms (POST) | minimal app form POST/s | pgbench one-row INSERT tps "
      "| Samverka ÷ minimal | target |")
    w("|---|---|---|---|---|---|---|")
    for users in (8, 32):
        s = req(f"signup-{users}", "POST /bli-volontar")
        m = req(f"minimal-form-{users}", "POST minimal /")
        tps = r.get(f"pgbench-{users}", {}).get("tps", 0)
        ratio = s["rps"] / m["rps"] if m["rps"] else 0
        target = f"≥ 1,000/s and ≥ 0.25 ×: {verdict(s['rps'] >= 1000 and ratio >= 0.25)}" if users == 32 else "—"
        w(f"| {users} | {fmt(s['rps'])} ({fmt(s['ko'])} failed) | {fmt(s['p50'])} / {fmt(s['p99'])} | "
          f"{fmt(m['rps'])} | {fmt(tps)} | {ratio:.2f} | {target} |")
    w("")
    w(f"Every acknowledged sign-up stored once: {fmt(a.stored)} rows for "
      f"{fmt(sum(req(f'signup-{u}', 'POST /bli-volontar')['ok'] for u in (8, 32)) + req('crisis-mix-32', 'POST /bli-volontar')['ok'])} "
      f"acknowledged sign-ups (including the crisis mix), {a.doubled} e-mail addresses stored twice.")
    w("")
    w("### Surge sign-ups of spontaneous volunteers (issue 17; GET form + POST, durable)")
    w("")
    w("| concurrency | surge sign-ups/s | p50 / p99 ms (POST) | pgbench one-row INSERT tps | target |")
    w("|---|---|---|---|---|")
    for users in (8, 32):
        s = req(f"surge-{users}", "POST /kris/anmal")
        tps = r.get(f"pgbench-{users}", {}).get("tps", 0)
        w(f"| {users} | {fmt(s['rps'])} ({fmt(s['ko'])} failed) | {fmt(s['p50'])} / {fmt(s['p99'])} | {fmt(tps)} | "
          f"10,000 an hour (2.8/s): {verdict(s['rps'] >= 2.8)} |")
    w("")
    w(f"Every acknowledged surge sign-up stored once (one row per number): {fmt(a.surge_stored)} rows for "
      f"{fmt(sum(req(f'surge-{u}', 'POST /kris/anmal')['ok'] for u in (8, 32)))} acknowledged sign-ups.")
    w("")
    w("### Public pages")
    w("")
    w("| page | concurrency | req/s | p50 / p99 ms | minimal app's page req/s | ratio | target |")
    w("|---|---|---|---|---|---|---|")
    for users in (8, 32):
        m = req(f"minimal-page-{users}", "GET /")
        for run, label in (("home", "GET /"), ("efforts", "GET /insatser"), ("signup-form", "GET /bli-volontar")):
            p = req(f"{run}-{users}", label)
            ratio = p["rps"] / m["rps"] if m["rps"] else 0
            w(f"| `{label[4:]}` | {users} | {fmt(p['rps'])} | {fmt(p['p50'])} / {fmt(p['p99'])} | {fmt(m['rps'])} | "
              f"{ratio:.2f} | ≥ 0.5 ×: {verdict(ratio >= 0.5)} |")
        css = next(iter(r.get(f"css-{users}", {"": {"rps": 0, "p50": 0, "p99": 0}}).values()))
        w(f"| the CSS file | {users} | {fmt(css['rps'])} | {fmt(css['p50'])} / {fmt(css['p99'])} | — | — | "
          f"≥ 5,000/s: {verdict(css['rps'] >= 5000)} |")
    w("")
    w("### Coordinator pages at 100,000 volunteers and 50,000 requests (8 logged-in users)")
    w("")
    w("Each page runs twice: unpaced (saturation: the throughput) and paced so that the 8 users together ask half "
      "that rate (half saturation: the latency the targets speak of, `-Dload.rate`).")
    w("")
    m8 = req("minimal-page-8", "GET /")
    w("| page | saturated req/s | p50 / p99 ms saturated | ratio to the minimal page | half-saturation req/s "
      "| p50 / p99 ms at half | target |")
    w("|---|---|---|---|---|---|---|")
    for run, label, target, ratio_target in (
            ("queue-8", "GET /samordning", 50, 0.5), ("request-8", "GET /samordning/arenden/{id}", 50, 0.5),
            ("suggestions-8", "GET /samordning/arenden/{id}/volontarer", 100, None),
            ("measures-8", "GET /samordning/matt", 100, None), ("overview-8", "GET /samverkan/oversikt", 100, None)):
        p = req(run, label)
        h = req(run.replace("-8", "-half"), label)
        ratio = p["rps"] / m8["rps"] if m8["rps"] else 0
        ok = h["p99"] <= target and h["ok"] > 0 and p["ok"] > 0 and (ratio_target is None or ratio >= ratio_target)
        wanted = (f"≥ {ratio_target} × and " if ratio_target else "") + f"p99 ≤ {target} ms at half"
        w(f"| `{label[4:]}` | {fmt(p['rps'])} ({fmt(p['ko'])} failed) | {fmt(p['p50'])} / {fmt(p['p99'])} | "
          f"{ratio:.2f} | {fmt(h['rps'])} ({fmt(h['ko'])} failed) | {fmt(h['p50'])} / {fmt(h['p99'])} | "
          f"{wanted}: {verdict(ok)} |")
    w("")
    probe = req("isolation-8", "GET / (probe)")
    w(f"**Isolation**: while 8 coordinators saturate suggestions, measures and the overview, two residents' `GET /` "
      f"had p50 {fmt(probe['p50'])} ms, p99 {fmt(probe['p99'])} ms ({fmt(probe['ok'])} answered, {fmt(probe['ko'])} "
      f"failed); target p99 ≤ 200 ms: {verdict(probe['p99'] <= 200 and probe['ok'] > 0)}.")
    w("")
    acc = req("accept-200", "POST /utskick/svar/{token}/ja")
    w(f"**200 volunteers say yes to the same ask at once**: {fmt(acc['ok'])} answered, {fmt(acc['ko'])} failed, p99 "
      f"{fmt(acc['p99'])} ms; {a.accepted} ask accepted and {a.assigned} active assignment afterwards "
      f"(exactly one each: {verdict(a.accepted == 1 and a.assigned == 1)}).")
    w("")
    w("**Crisis mix** (32 users: 16 reading, 8 signing up, 4 asking for help, 4 coordinators):")
    w("")
    w("| request | req/s | p50 / p99 ms | failed |")
    w("|---|---|---|---|")
    for name, p in r.get("crisis-mix-32", {}).items():
        if name != "All Requests":
            w(f"| {name} | {p['rps']:,.1f} | {fmt(p['p50'])} / {fmt(p['p99'])} | {fmt(p['ko'])} |")
    w("")
    app_start, min_start = a.start
    app_rss, app_peak, min_rss = a.rss
    w("### Start-up and memory")
    w("")
    w("| | Samverka | minimal app | ratio | target |")
    w("|---|---|---|---|---|")
    w(f"| start to first 200 on `/` | {fmt(app_start)} ms | {fmt(min_start)} ms | {app_start / min_start:.1f} | "
      f"≤ 2 ×: {verdict(app_start <= 2 * min_start)} |")
    w(f"| RSS after start | {app_rss} MB | {min_rss} MB | {app_rss / max(min_rss, 1):.1f} | — |")
    w(f"| RSS peak under all the runs | {app_peak} MB | — | — | ≤ 768 MB: {verdict(0 < app_peak <= 768)} |")
    print("\n".join(out))


if __name__ == "__main__":
    sys.exit(main())
