#!/usr/bin/env python3
"""make bench: a site with one survey export of RESPONSES respondents x 20
questions (an NPS question and 19 five-point Likert items, four regions,
three waves, a weight column) charted by an nps chart by region and a likert
chart of every item; with --without, the same site without the survey, to
subtract what a build costs anyway. Seeded: the same file on every run."""
import argparse, os, random

parser = argparse.ArgumentParser()
parser.add_argument("site")
parser.add_argument("--responses", type=int, default=100_000)
parser.add_argument("--without", action="store_true")
args = parser.parse_args()

def write(path, text):
    path = os.path.join(args.site, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

write("Content/site.yml", "title: Survey benchmark\n")
charts = "" if args.without else (
    "```chart\ndata: panel.csv\ntype: nps\nby: region\n```\n\n```chart\ndata: panel.csv\ntype: likert\n```\n")
write("Content/index.md", "---\ntitle: Survey\n---\n# Survey\n\n" + charts)
if not args.without:
    items = [f"q{n:02d}" for n in range(2, 21)]
    sidecar = ["kind: survey", "asOf: 2026-09-30", "questions:", "  q01: {type: nps, text: How likely are you to recommend us?}"]
    sidecar += [f"  {item}: {{type: likert, scale: 5, text: Statement {item}}}" for item in items]
    sidecar += ["segments: [region]", "wave: wave", "weight: weight", ""]
    write("Content/data/panel.csv.yml", "\n".join(sidecar))
    random.seed(7)
    regions, waves = ["North", "South", "East", "West"], ["2026-Q1", "2026-Q2", "2026-Q3"]
    lines = ["id,region,wave,weight,q01," + ",".join(items)]
    for n in range(args.responses):
        answers = [str(random.randint(1, 5)) if random.random() > 0.02 else "" for _ in items]
        lines.append(f"{n},{random.choice(regions)},{waves[n % 3]},{random.uniform(0.5, 2):.3f},{random.randint(0, 10)},"
                     + ",".join(answers))
    write("Content/data/panel.csv", "\n".join(lines) + "\n")
