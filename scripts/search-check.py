#!/usr/bin/env python3
"""Uses a built site's search from file:// in headless Chromium, as a reader would, and prints what it saw
as one JSON object:

  {"page": {"status": …, "results": [{"title", "href", "section", "heading", "snippet"}…], "directoryHidden": …},
   "box": {"options": [{"title", "href"}…], "expanded": …, "activeAfterArrow": …, "landedOn": …},
   "noScript": {"directoryLinks": N}}

"page" is the search page opened with ?q=QUERY; "box" is the header box of START_PAGE after typing BOX_QUERY,
pressing ArrowDown and Enter; "noScript" is the search page with JavaScript off.

usage: scripts/search-check.py OUTPUT_DIR QUERY BOX_QUERY [START_PAGE=index.html]
Exits 2 when the browser cannot start. Needs chromium, chromium-driver and python3-selenium."""
import json, os, sys, time, urllib.parse


def driver(javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def wait(browser, script, seconds=10):
    """Polls until the script returns something truthy; the index loads asynchronously."""
    deadline = time.time() + seconds
    while True:
        value = browser.execute_script(script)
        if value or time.time() > deadline:
            return value
        time.sleep(0.05)


RESULTS = r"""
const items = [...document.querySelectorAll('#tp-search-results .search-result')];
const status = document.getElementById('tp-search-status').textContent;
if (!status) return null;
const text = (item, cls) => (item.querySelector(cls) || {}).textContent || '';
return {status, directoryHidden: document.getElementById('tp-search-directory').hidden,
        results: items.map(item => ({title: text(item, '.search-result__title'),
                                     href: item.querySelector('a').getAttribute('href'),
                                     section: text(item, '.search-result__section'),
                                     heading: text(item, '.search-result__heading'),
                                     snippet: text(item, '.search-result__snippet'),
                                     marked: [...item.querySelectorAll('mark')].map(m => m.textContent)}))};
"""

OPTIONS = r"""
const list = document.getElementById('tp-site-search-list');
if (list.hidden || !list.querySelector('li')) return null;
return {expanded: document.getElementById('tp-site-search').getAttribute('aria-expanded'),
        options: [...list.querySelectorAll('[role=option]')].map(o => ({title: o.querySelector('a').textContent,
                                                                         href: o.querySelector('a').getAttribute('href')})),
        more: (list.querySelector('.site-search__more') || {}).textContent || ''};
"""


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 64
    output, query, box_query = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    start = sys.argv[4] if len(sys.argv) > 4 else "index.html"
    try:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        browser = driver()
    except Exception as error:
        print(json.dumps({"error": "cannot start headless Chromium: %s" % str(error).splitlines()[0]}))
        return 2
    report = {}
    try:
        browser.get("file://%s/search/index.html?q=%s" % (output, urllib.parse.quote(query)))
        report["page"] = wait(browser, RESULTS)

        browser.get("file://%s/%s" % (output, start))
        box = browser.find_element(By.ID, "tp-site-search")
        box.send_keys(box_query)
        report["box"] = wait(browser, OPTIONS) or {}
        box.send_keys(Keys.ARROW_DOWN)
        report["box"]["activeAfterArrow"] = box.get_attribute("aria-activedescendant")
        box.send_keys(Keys.ENTER)
        wait(browser, "return !location.href.endsWith('/%s')" % start)
        report["box"]["landedOn"] = os.path.relpath(urllib.parse.unquote(browser.current_url.split("file://", 1)[-1]).split("#")[0], output) \
            + ("#" + browser.current_url.split("#", 1)[1] if "#" in browser.current_url else "")
    finally:
        browser.quit()

    plain = driver(javascript=False)
    try:
        plain.get("file://%s/search/index.html?q=%s" % (output, urllib.parse.quote(query)))
        report["noScript"] = {"directoryLinks": len(plain.find_elements(By.CSS_SELECTOR, "#tp-search-directory li a")),
                              "directoryShown": plain.find_element(By.ID, "tp-search-directory").is_displayed()}
    finally:
        plain.quit()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
