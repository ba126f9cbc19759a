#!/usr/bin/env python3
"""Prints the table of `make bench` from the results folder run.sh fills:
NAME.json (hyperfine), NAME.time (one "wall user system maxRSS-KiB" line per
timed run, from /usr/bin/time), NAME.rendered (pages a rebuild re-rendered)
and run.json (the conditions). Every figure comes from that one run."""
import json, os, statistics, sys

RESULTS = sys.argv[1]


def figures(name):
    """Median wall time (hyperfine), median CPU time and largest peak RSS (/usr/bin/time)."""
    path = os.path.join(RESULTS, name)
    if not os.path.exists(path + ".json"):
        return None
    wall = json.load(open(path + ".json"))["results"][0]["median"]
    runs = [line.split() for line in open(path + ".time") if line.strip()]
    cpu = statistics.median(float(user) + float(system) for _, user, system, _ in runs)
    rss = max(int(kib) for *_, kib in runs) / 1024
    rendered = open(path + ".rendered").read().strip() if os.path.exists(path + ".rendered") else None
    return {"wall": wall, "cpu": cpu, "rss": rss, "rendered": rendered}


def verdict(value, limit):
    return "met" if value <= limit else "NOT met"


def main():
    run = json.load(open(os.path.join(RESULTS, "run.json")))
    pages, pages2 = run["pages"], run["pages2"]
    tp, hugo, floor, charts = figures("touchpoint"), figures("hugo"), figures("floor"), figures("charts")

    print(f"Clean builds of {pages:,} pages in 100 sections, outputs on {os.path.dirname(run['work'])}, "
          f"{run['cores']} cores; median of {run['runs']} runs")
    if run["load"] >= 0.5:
        print(f"Load average when the run began: {run['load']}: other work shared the cores, the figures are noisier.")
    print()
    print("| | wall | CPU (user+sys) | peak RSS |")
    print("|---|---:|---:|---:|")
    for label, r in ((f"Touchpoint, default theme", tp), (f"Hugo {run['hugo']}, equivalent theme", hugo),
                     (f"`cmark --smart` {run['cmark']} (floor)", floor)):
        print(f"| {label} | {r['wall']:.2f} s | {r['cpu']:.2f} s | {r['rss']:.0f} MiB |")
    print()

    # Absolute goals are set for 10,000 pages; at another size they are shown, not judged.
    at_size = pages == 10000
    rows = []
    rows.append(("Touchpoint clean build, wall", f"{tp['wall']:.2f} s, {pages / tp['wall']:,.0f} pages/s",
                 "≤ 1.0 s", verdict(tp["wall"], 1.0) if at_size else "(goal is for 10,000 pages)"))
    ratio = tp["wall"] / hugo["wall"]
    rows.append(("Touchpoint / Hugo, wall", f"{ratio:.3f}× (1/{1 / ratio:.1f})", "≤ 1/6", verdict(ratio, 1 / 6)))
    rows.append(("Touchpoint / Hugo, CPU", f"{tp['cpu'] / hugo['cpu']:.3f}×", "", ""))
    rows.append(("Touchpoint / floor, wall", f"{tp['wall'] / floor['wall']:.2f}×", "", ""))
    rows.append(("Touchpoint peak RSS", f"{tp['rss']:.0f} MiB ({tp['rss'] / hugo['rss']:.2f}× Hugo's)",
                 "≤ 150 MiB", verdict(tp["rss"], 150) if at_size else "(goal is for 10,000 pages)"))
    for name, what, limit in (("rebuild-data", "Rebuild, one data file changed", 0.05),
                              ("rebuild-page", "Rebuild, one page's text changed", None),
                              ("rebuild-none", "Rebuild, nothing changed", 0.02)):
        r = figures(name)
        share = r["wall"] / tp["wall"]
        rows.append((what, f"{r['wall']:.3f} s = {share:.1%} of clean, {r['rendered']} rendered",
                     f"≤ {limit:.0%}" if limit else "", verdict(share, limit) if limit else ""))
    added = charts["wall"] / tp["wall"] - 1
    rows.append((f"Charts: 3 on every tenth page ({pages // 10 * 3:,})",
                 f"{charts['wall']:.2f} s = {added:+.1%} over Markdown only", "≤ +20%", verdict(added, 0.20)))
    survey, without = figures("survey"), figures("survey-without")
    if survey and without:
        cost = survey["wall"] - without["wall"]
        rows.append((f"Survey: {run.get('survey', 100000):,} responses x 20 questions, wall over the site without it",
                     f"{cost:+.2f} s ({survey['wall']:.2f} s against {without['wall']:.2f} s)", "≤ +1.0 s", verdict(cost, 1.0)))
        rows.append(("Survey: peak RSS", f"{survey['rss']:.0f} MiB", "≤ 200 MiB", verdict(survey["rss"], 200)))
    large = figures("touchpoint2")
    if large:
        scale = pages2 / pages
        wall, rss = large["wall"] / tp["wall"], large["rss"] / tp["rss"]
        wall_goal = 1.04 * scale   # 5.2× for 50,000 pages over 10,000: near-linear
        rows.append((f"Touchpoint at {pages2:,} pages, wall", f"{large['wall']:.2f} s = {wall:.2f}× {pages:,}",
                     f"≤ {wall_goal:.2f}×", verdict(wall, wall_goal)))
        rows.append((f"Touchpoint at {pages2:,} pages, peak RSS", f"{large['rss']:.0f} MiB = {rss:.2f}× {pages:,}",
                     "≤ 1.5×", verdict(rss, 1.5)))
        hugo2 = figures("hugo2")
        if hugo2:
            rows.append((f"Hugo at {pages2:,} pages ({run['hugo_runs2']} runs), wall",
                         f"{hugo2['wall']:.2f} s = {hugo2['wall'] / hugo['wall']:.2f}× {pages:,}", "", ""))
            rows.append((f"Hugo at {pages2:,} pages, peak RSS",
                         f"{hugo2['rss']:.0f} MiB = {hugo2['rss'] / hugo['rss']:.2f}× {pages:,}", "", ""))
            rows.append((f"Touchpoint / Hugo at {pages2:,} pages, wall", f"{large['wall'] / hugo2['wall']:.3f}×", "", ""))

    print("| Measure | figure | goal | |")
    print("|---|---|---|---|")
    for what, figure, goal, met in rows:
        print(f"| {what} | {figure} | {goal} | {met} |")


main()
