#!/usr/bin/env python3
"""Parses and renders Mermaid diagrams with the real Mermaid, in one headless Chromium.

Usage: mermaid-check.py FILE...   (each file is one diagram: .mmd, or Markdown whose
```mermaid blocks are each checked). Prints one line per failing diagram,
`FILE[#block]: message`, then `checked N diagrams, M failed`; exit 1 when any failed,
2 when mermaid.min.js or chromium cannot be found. `mermaid-check.py --probe` only says
whether both are there (exit 0) or not (exit 2).

mermaid.min.js comes from the artoo-mermaid package (found without importing it, since the
package imports a library this check does not need) or from $ASLKIT_MERMAID_JS. Besides
mermaid.parse and mermaid.render, the diagram's length is compared with Mermaid's own
maxTextSize (GitHub's limit: past it, render draws an error box instead of throwing).
"""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script src="mermaid.min.js"></script></head><body><pre id="out">pending</pre>
<script id="diagrams" type="application/json">%s</script>
<script>
(async () => {
  const diagrams = JSON.parse(document.getElementById('diagrams').textContent);
  const failures = [];
  mermaid.initialize({ startOnLoad: false });
  const limit = mermaid.mermaidAPI.getConfig().maxTextSize;
  for (let i = 0; i < diagrams.length; i++) {
    const d = diagrams[i];
    try {
      if (d.text.length > limit) throw new Error('text size ' + d.text.length + ' exceeds maxTextSize ' + limit);
      await mermaid.parse(d.text);
      await mermaid.render('d' + i, d.text);
    } catch (e) {
      failures.push({ name: d.name, message: String((e && e.message) || e).split('\\n').slice(0, 3).join(' ') });
    }
    for (const node of document.querySelectorAll('body > div[id^="dd"]')) node.remove();
  }
  document.getElementById('out').textContent = 'RESULT' + JSON.stringify(failures) + 'END';
})().catch(e => { document.getElementById('out').textContent = 'RESULT' + JSON.stringify([{name: '(checker)', message: String(e)}]) + 'END'; });
</script></body></html>"""


def mermaid_js():
    explicit = os.environ.get("ASLKIT_MERMAID_JS")
    if explicit:
        return explicit if os.path.isfile(explicit) else None
    spec = importlib.util.find_spec("artoo_mermaid")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "assets", "mermaid.min.js")
        if os.path.isfile(path):
            return path
    return None


def diagrams(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not path.endswith(".md"):
        return [(path, text)]
    blocks = re.findall(r"^```mermaid\n(.*?)^```$", text, flags=re.S | re.M)
    return [(f"{path}#{i + 1}", block) for i, block in enumerate(blocks)]


def main(paths):
    js = mermaid_js()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not js or not browser:
        print("mermaid.min.js (pip install artoo-mermaid) or chromium not found", file=sys.stderr)
        return 2
    if paths == ["--probe"]:
        return 0
    items = [{"name": name, "text": text} for path in paths for name, text in diagrams(path)]
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(js, os.path.join(folder, "mermaid.min.js"))
        # `<` as \\u003c so no diagram can close the script element.
        payload = json.dumps(items).replace("<", "\\u003c")
        page = os.path.join(folder, "check.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(PAGE % payload)
        run = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
             f"--user-data-dir={os.path.join(folder, 'profile')}", "--allow-file-access-from-files",
             "--virtual-time-budget=600000", "--run-all-compositor-stages-before-draw", "--dump-dom", "file://" + page],
            capture_output=True, text=True, timeout=900)
    found = re.search(r"RESULT(.*?)END", run.stdout, flags=re.S)
    if not found:
        print("the checker page did not finish:", run.stderr[-2000:], file=sys.stderr)
        return 2
    import html
    failures = json.loads(html.unescape(found.group(1)))
    for failure in failures:
        print(f"{failure['name']}: {failure['message']}")
    print(f"checked {len(items)} diagrams, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
