#!/usr/bin/env python3
"""Writes a synthetic report site for benchmarks: N Markdown pages in sections
of 500, each 1-3 KB of realistic CommonMark (headings, lists, emphasis, links
to sibling pages). With --charts, every tenth page carries three charts of
its own data files, so one data file is charted by exactly one page."""
import argparse, json, os, random, shutil

WORDS = ("customer journey claim renewal onboarding effort emotion touchpoint satisfaction "
         "loyalty churn promoter detractor expectation gap ideal present experience channel "
         "app phone branch survey panel insight target trend quarter service digital").split()

def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        i = rng.randrange(1, n)
        words[i] = f"*{words[i]}*"
    if rng.random() < 0.2:
        i = rng.randrange(1, n)
        words[i] = f"**{words[i]}**"
    return " ".join(words) + "."

def page(rng, section, index, per_section, charts):
    lines = ["---", f"title: Page {index} of {section}", f"date: 2026-{1 + index % 12:02d}-{1 + index % 28:02d}",
             f"summary: {sentence(rng, 8)}", f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
             f"weight: {index}", "---", ""]
    for h in range(3):
        lines.append(f"## {rng.choice(WORDS).capitalize()} {h + 1}")
        lines.append("")
        lines.append(" ".join(sentence(rng) for _ in range(rng.randint(2, 5))))
        lines.append("")
        if rng.random() < 0.6:
            for _ in range(rng.randint(2, 4)):
                lines.append(f"- {sentence(rng, 8)}")
            lines.append("")
        if rng.random() < 0.5:
            other = (index + 1) % per_section
            lines.append(f"See [page {other}](page-{other:05d}.md#{rng.choice(WORDS)}-2) for more." if False else
                         f"See [page {other}](page-{other:05d}.md) for more.")
            lines.append("")
    if charts:
        key = f"{section}-{index:05d}"
        lines += ["```chart", f"data: bench/{key}-kpis.json", "type: trend", "title: KPI trend", "```", "",
                  "```chart", f"data: bench/{key}-journey.json", "type: journey", "```", "",
                  "```chart", f"data: bench/{key}-records.json", "type: bar", "x: month", "y: contacts",
                  "series: channel", "stacked: true", "```", ""]
    return "\n".join(lines)

def data_files(rng):
    months = [f"2026-{m:02d}" for m in range(1, 10)]
    kpis = {"kind": "kpis", "kpis": [{"id": "nps", "name": "NPS", "unit": "pts", "target": 40, "direction": "up",
             "points": [{"date": m, "value": rng.randint(20, 45)} for m in months]}]}
    journey = {"kind": "journey", "name": "Claims", "emotionScale": {"min": -3, "max": 3},
               "stages": [{"name": f"Stage {i + 1}", "customers": 1000 - 100 * i,
                           "ideal": 2, "actual": round(rng.uniform(-3, 3), 1),
                           "touchpoints": [{"name": "Call", "channel": "phone", "emotion": round(rng.uniform(-3, 3), 1)}]}
                          for i in range(6)]}
    records = [{"month": m, "channel": c, "contacts": rng.randint(1000, 20000)}
               for m in months for c in ("phone", "app", "web")]
    return kpis, journey, records

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--charts", action="store_true")
    args = ap.parse_args()
    rng = random.Random(42)
    content = os.path.join(args.site, "Content")
    shutil.rmtree(args.site, ignore_errors=True)
    os.makedirs(content)
    per_section = 500
    sections = (args.pages + per_section - 1) // per_section
    with open(os.path.join(content, "site.yml"), "w") as f:
        f.write("title: Benchmark report\n")
    with open(os.path.join(content, "index.md"), "w") as f:
        f.write("# Benchmark\n\nA synthetic report.\n")
    written = 0
    for s in range(sections):
        section = f"section-{s:02d}"
        folder = os.path.join(content, section)
        os.makedirs(folder)
        with open(os.path.join(folder, "index.md"), "w") as f:
            f.write(f"---\ntitle: Section {s}\n---\nPages of section {s}.\n")
        for i in range(min(per_section, args.pages - written)):
            charts = args.charts and i % 10 == 0
            with open(os.path.join(folder, f"page-{i:05d}.md"), "w") as f:
                f.write(page(rng, section, i, min(per_section, args.pages - s * per_section), charts))
            if charts:
                data = os.path.join(content, "data", "bench")
                os.makedirs(data, exist_ok=True)
                for suffix, value in zip(("kpis", "journey", "records"), data_files(rng)):
                    with open(os.path.join(data, f"{section}-{i:05d}-{suffix}.json"), "w") as f:
                        json.dump(value, f, indent=1)
            written += 1

main()
