#!/usr/bin/env python3
"""Opens every built page at phone width in headless Chromium and checks that no figure scrolls sideways
and no chart text shows under a minimum size (CSS px, after the drawing is scaled to the page).

usage: scripts/phone-fit.py OUTPUT_DIR [--width 390] [--min-text 11]
Prints one JSON line per problem and a last line {"pages": N, "charts": N, "problems": N}; exits 1 on
problems, 2 when the browser cannot start. Needs chromium, chromium-driver and python3-selenium."""
import argparse, json, os, sys

CHECK = r"""
const minText = arguments[0];
const out = {charts: 0, problems: []};
const page = document.documentElement;
if (page.scrollWidth > window.innerWidth + 1) out.problems.push({what: 'page scrolls sideways', width: page.scrollWidth});
for (const figure of document.querySelectorAll('figure.tp-chart, .tp-kpis, .tp-table-wrap')) {
  const box = figure.getBoundingClientRect();
  if (box.right > window.innerWidth + 1 || box.left < -1) out.problems.push({what: 'figure wider than the screen', id: figure.id});
  for (let el = figure; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible' && el !== page && el.tagName !== 'BODY')
      out.problems.push({what: 'scrolls sideways', id: figure.id, element: el.tagName + '.' + el.className});
  }
}
// Panels of a facet grid are nested drawings: they are measured as part of the drawing that holds them.
for (const svg of document.querySelectorAll('figure.tp-chart svg:not(svg svg), .tp-kpis svg:not(svg svg)')) {
  const box = svg.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) continue;   // the drawing CSS hides at this width
  out.charts++;
  const viewBox = svg.viewBox.baseVal;
  const scale = viewBox && viewBox.width ? box.width / viewBox.width : 1;
  if (box.right > window.innerWidth + 1) out.problems.push({what: 'chart wider than the screen', id: svg.id || svg.closest('figure, div').id});
  let smallest = Infinity, which = '';
  for (const text of svg.querySelectorAll('text')) {
    if (!text.textContent.trim()) continue;
    // The text's own transform to the screen: a nested panel's viewBox scales it too.
    const matrix = text.getScreenCTM();
    const size = parseFloat(getComputedStyle(text).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : scale);
    if (size < smallest) { smallest = size; which = text.textContent.trim().slice(0, 40); }
  }
  if (smallest < minText - 0.05) out.problems.push({what: 'text too small', id: (svg.closest('figure') || {}).id,
                                                    px: Math.round(smallest * 10) / 10, text: which});
}
return out;
"""

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--min-text", type=float, default=11)
    args = parser.parse_args()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        options = Options()
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            options.add_argument(flag)
        # A phone: the viewport is the width, with no desktop scrollbar taking part of it.
        options.add_experimental_option("mobileEmulation",
                                        {"deviceMetrics": {"width": args.width, "height": 844, "pixelRatio": 2}})
        driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except Exception as error:  # no browser, no driver or no selenium: the caller decides whether that fails
        print(json.dumps({"error": "cannot start headless Chromium: %s" % str(error).splitlines()[0]}))
        return 2
    pages, charts, problems = 0, 0, 0
    try:
        for folder, _, files in sorted(os.walk(args.output)):
            for name in sorted(files):
                if not name.endswith(".html"):
                    continue
                path = os.path.abspath(os.path.join(folder, name))
                driver.get("file://" + path)
                result = driver.execute_script(CHECK, args.min_text)
                pages += 1
                charts += result["charts"]
                for problem in result["problems"]:
                    problem["page"] = os.path.relpath(path, os.path.abspath(args.output))
                    print(json.dumps(problem, ensure_ascii=False))
                    problems += 1
    finally:
        driver.quit()
    print(json.dumps({"pages": pages, "charts": charts, "problems": problems}))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
