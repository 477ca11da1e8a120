// Where an input's main-thread time goes, from a Chromium trace (the DevTools timeline
// events): the app's script against the browser's own style, layout and paint. It is what
// shows that the interaction floor itself is over the keystroke budget, and why.

/** The kinds of work, by timeline event name; the rest (task bookkeeping, the browser's own
 * handling of the input event, such as inserting the typed text, hit testing) is "other". */
const KINDS = {
  script: ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'v8.callFunction', 'V8.Execute'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseHTML'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'PaintImage'],
  gc: ['MajorGC', 'MinorGC', 'BlinkGC.AtomicPhase'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([k, names]) => names.map((n) => [n, k])));

/** Runs `action` under a trace and returns the main thread's time by kind of work, in ms. */
export async function traced(cdp, action) {
  const events = [];
  const onData = (d) => events.push(...d.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return byKind(events);
}

/** Self time (an event's duration less its children's) of each kind, on the renderer's
 * main thread. */
function byKind(events) {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const open = [];
  const children = new Map();
  for (const e of onMain) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) children.set(parent, (children.get(parent) ?? 0) + e.dur);
    open.push(e);
  }
  for (const e of onMain) {
    const kind = kindOf.get(e.name) ?? (e.name.startsWith('V8.GC') ? 'gc' : 'other');
    totals[kind] += (e.dur - (children.get(e) ?? 0)) / 1000;
  }
  return totals;
}

/** Milliseconds by kind of work, as one line. */
export function perInput(ms) {
  return Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
}
