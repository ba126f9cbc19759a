#!/usr/bin/env python3
"""Writes the benchmark corpus: N Markdown pages spread over sections (100 by
default), each 1-3 KB of realistic CommonMark (headings, lists, emphasis,
tags, links to other pages), as a Touchpoint site and, with --hugo, as the
same pages for Hugo.

One page charts one data file (data/bench/refresh.json), so a rebuild after a
data refresh can be measured. With --charts, every tenth page also carries
three charts of its own data files. Page text never depends on --charts: the
data files come from a random stream of their own, so the corpus with charts
is the plain corpus plus charts, nothing else."""
import argparse, json, os, random, re, shutil

WORDS = ("customer journey claim renewal onboarding effort emotion touchpoint satisfaction "
         "loyalty churn promoter detractor expectation gap ideal present experience channel "
         "app phone branch survey panel insight target trend quarter service digital").split()

# Links are written as {LINK:section/page} and spelled for each tool when the
# file is written: both tools must resolve every link, or the build fails.
LINK = re.compile(r"\{LINK:([^}]+)\}")
LINK_STYLES = {
    "touchpoint": lambda target: f"../{target}.md",   # the Markdown file, as on GitHub
    "hugo": lambda target: f"../../{target}/",        # the page's pretty URL
}


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


def page_name(index):
    return f"page-{index:05d}"


def link_target(rng, sections, s, index):
    """The next page of this section, or the same page of the next section."""
    if rng.random() < 0.5:
        count = sections[s][1]
        return f"{sections[s][0]}/{page_name((index + 1) % count)}"
    name, count = sections[(s + 1) % len(sections)]
    return f"{name}/{page_name(index % count)}"


def page(rng, sections, s, index):
    """Front matter and Markdown of one page, links not yet spelled."""
    section = sections[s][0]
    # Dates lie in the past: Hugo leaves out pages dated in the future.
    lines = ["---", f"title: Page {index} of {section}", f"date: 2025-{1 + index % 12:02d}-{1 + index % 28:02d}",
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
            target = link_target(rng, sections, s, index)
            lines.append(f"See [{target.replace('/', ', ')}]({{LINK:{target}}}) for more.")
            lines.append("")
    return lines


def refresh_chart():
    """The one chart of the plain corpus: a data refresh re-renders its page."""
    return ["```chart", "data: bench/refresh.json", "type: bar", "x: month", "y: contacts",
            "series: channel", "```", ""]


def page_charts(key):
    return ["```chart", f"data: bench/{key}-kpis.json", "type: trend", "title: KPI trend", "```", "",
            "```chart", f"data: bench/{key}-journey.json", "type: journey", "```", "",
            "```chart", f"data: bench/{key}-records.json", "type: bar", "x: month", "y: contacts",
            "series: channel", "stacked: true", "```", ""]


MONTHS = [f"2025-{m:02d}" for m in range(1, 10)]


def records(rng):
    return [{"month": m, "channel": c, "contacts": rng.randint(1000, 20000)}
            for m in MONTHS for c in ("phone", "app", "web")]


def data_files(rng):
    kpis = {"kind": "kpis", "kpis": [{"id": "nps", "name": "NPS", "unit": "pts", "target": 40, "direction": "up",
             "points": [{"date": m, "value": rng.randint(20, 45)} for m in MONTHS]}]}
    journey = {"kind": "journey", "name": "Claims", "emotionScale": {"min": -3, "max": 3},
               "stages": [{"name": f"Stage {i + 1}", "customers": 1000 - 100 * i,
                           "ideal": 2, "actual": round(rng.uniform(-3, 3), 1),
                           "touchpoints": [{"name": "Call", "channel": "phone", "emotion": round(rng.uniform(-3, 3), 1)}]}
                          for i in range(6)]}
    return {"kpis": kpis, "journey": journey, "records": records(rng)}


class Site:
    """One tool's copy of the corpus: where pages, section pages (index) and data files go."""

    def __init__(self, root, style, content, index, data):
        self.root, self.style, self.content, self.index, self.data = root, style, content, index, data

    def write(self, relative, text):
        path = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(LINK.sub(lambda m: LINK_STYLES[self.style](m.group(1)), text))

    def write_page(self, section, name, text):
        self.write(os.path.join(self.content, section, name + ".md"), text)

    def write_data(self, name, value):
        self.write(os.path.join(self.data, "bench", name + ".json"), json.dumps(value, indent=1))


def touchpoint_site(root):
    site = Site(root, "touchpoint", "Content", "index.md", "Content/data")
    site.write("Content/site.yml", "title: Benchmark report\n")
    return site


def hugo_site(root, template):
    """The same pages for Hugo: the peer theme's config and layouts beside content/."""
    shutil.copy(os.path.join(template, "config.toml"), os.path.join(root, "config.toml"))
    shutil.copytree(os.path.join(template, "layouts"), os.path.join(root, "layouts"))
    # Hugo reads data/ as site data; the one data file is there for parity.
    return Site(root, "hugo", "content", "_index.md", "data")


def section_sizes(pages, count):
    """count sections, the first ones one page larger when pages do not divide evenly."""
    count = max(1, min(count, pages))
    return [(f"section-{s:02d}", pages // count + (s < pages % count)) for s in range(count)]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("site", help="the Touchpoint site folder to create (holds Content/)")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--sections", type=int, default=100)
    ap.add_argument("--charts", action="store_true", help="three charts on every tenth page")
    ap.add_argument("--hugo", metavar="FOLDER", help="also write the same pages as a Hugo site here")
    ap.add_argument("--hugo-template", metavar="FOLDER", help="config.toml and layouts/ for --hugo")
    args = ap.parse_args()

    for folder in (args.site, args.hugo):
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
    sites = [touchpoint_site(args.site)]
    if args.hugo:
        sites.append(hugo_site(args.hugo, args.hugo_template))

    text_rng, data_rng = random.Random(42), random.Random(7)
    sections = section_sizes(args.pages, args.sections)
    refresh_page = (len(sections) // 2, min(5, sections[len(sections) // 2][1] - 1))
    for site in sites:
        site.write(os.path.join(site.content, site.index), "---\ntitle: Benchmark\n---\nA synthetic report.\n")
        site.write_data("refresh", records(random.Random(1)))
    for s, (section, count) in enumerate(sections):
        for site in sites:
            site.write(os.path.join(site.content, section, site.index),
                       f"---\ntitle: Section {s}\n---\nPages of section {s}.\n")
        for i in range(count):
            lines = page(text_rng, sections, s, i)
            if (s, i) == refresh_page:
                lines += refresh_chart()
            if args.charts and i % 10 == 0:
                key = f"{section}-{i:05d}"
                lines += page_charts(key)
                for suffix, value in data_files(data_rng).items():
                    for site in sites:
                        site.write_data(f"{key}-{suffix}", value)
            for site in sites:
                site.write_page(section, page_name(i), "\n".join(lines))


main()
