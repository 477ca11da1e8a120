// The floor for the all-Japan keystroke and facet-click timings: a static copy of the app's
// entries view in which every input swaps in the next state the app itself drew (the result
// list's HTML, the facet counts, the result count), with nothing computed. No app can draw
// the same results faster in the same browser, so it says how much of each timing is the
// browser's own style, layout and paint of the new cards, and how much is the app.
// With `?dom` in its URL the same page creates each new list node by node from script
// (createElement, setAttribute, appendChild) instead of parsing it: the floor of any app that
// builds DOM rather than HTML, reported beside the budget's floor (session 19).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';

/** What the entries view shows, read from the page (in the page). */
function readState() {
  return {
    list: document.querySelector('.entry-list').innerHTML,
    count: document.querySelector('[data-testid="result-count"]').textContent,
    more: document.querySelector('[data-testid="show-more"]')?.textContent ?? '',
    facets: [...document.querySelectorAll('.facet li')].map((li) => [
      li.querySelector('.facet-count').textContent, li.classList.contains('disabled'), li.querySelector('input').checked,
    ]),
  };
}

/** The entries view's state now. */
export const captureState = (page) => page.evaluate(readState);

/** The whole page now, without its scripts (the floor must not start the app). */
export const capturePage = (page) => page.evaluate(() => {
  const copy = document.documentElement.cloneNode(true);
  copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], meta[http-equiv]').forEach((e) => e.remove());
  return `<!DOCTYPE html>${copy.outerHTML}`;
});

// Runs in the floor page: each input in the search box or change of a facet box shows the
// next captured state, as the app would have drawn it.
function floorScript(states) {
  let at = 0;
  // The lists as trees, read once at load, so an input only creates nodes (comments dropped).
  const describe = (n) => (n.nodeType === 3 ? n.data : n.nodeType === 1
    ? [n.localName, [...n.attributes].map((a) => [a.name, a.value]), [...n.childNodes].map(describe).filter((c) => c !== null)]
    : null);
  const trees = new URLSearchParams(location.search).has('dom') ? states.map((s) => {
    const t = document.createElement('template');
    t.innerHTML = s.list;
    return [...t.content.childNodes].map(describe).filter((c) => c !== null);
  }) : null;
  const build = (d) => {
    if (typeof d === 'string') return document.createTextNode(d);
    const el = document.createElement(d[0]);
    for (const [name, value] of d[1]) el.setAttribute(name, value);
    for (const child of d[2]) el.appendChild(build(child));
    return el;
  };
  const show = () => {
    at += 1;
    const s = states[at];
    if (!s) return;
    const list = document.querySelector('.entry-list');
    if (trees) {
      const nodes = document.createDocumentFragment();
      trees[at].forEach((d) => nodes.appendChild(build(d)));
      list.replaceChildren(nodes);
    } else {
      list.innerHTML = s.list;
    }
    document.querySelector('[data-testid="result-count"]').textContent = s.count;
    const more = document.querySelector('[data-testid="show-more"]');
    if (more) more.textContent = s.more;
    document.querySelectorAll('.facet li').forEach((li, i) => {
      const [count, disabled, checked] = s.facets[i] ?? [];
      if (count === undefined) return;
      const text = li.querySelector('.facet-count');
      if (text.textContent !== count) text.textContent = count;
      li.classList.toggle('disabled', disabled);
      const box = li.querySelector('input');
      box.disabled = disabled;
      box.checked = checked;
    });
  };
  document.querySelector('[data-testid="search"]').addEventListener('input', show);
  document.querySelectorAll('.facet input').forEach((box) => box.addEventListener('change', show));
}

/** Writes the floor page to `dir`: the captured page, its stylesheet, and the states. */
export function writeInteractionFloor(dir, html, states) {
  mkdirSync(dir, { recursive: true });
  const css = html.match(/href="?\/(main-[^"\s>]+\.css)"?/)[1];
  copyFileSync(`../dist/${css}`, `${dir}/${css}`);
  copyFileSync('../dist/favicon.png', `${dir}/favicon.png`);
  writeFileSync(`${dir}/floor.js`, `(${floorScript})(${JSON.stringify(states)});\n`);
  writeFileSync(`${dir}/index.html`, html.replace('</body>', '<script src="/floor.js"></script></body>'));
}
