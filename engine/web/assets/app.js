// rex's live page: it keeps each session's state from the server's events
// and draws the chosen session (the latest, unless one was picked).
"use strict";

const STEPS = [
  ["connected", "Connected"],
  ["token", "Token proven"],
  ["keys", "Keys verified"],
  ["secret_key", "Django SECRET_KEY checked"],
  ["schema", "Schema exchanged"],
  ["validated", "Schema validated"],
  ["transaction", "Transaction open"],
];

const sessions = new Map(); // key → session state
let order = [];             // keys, oldest first
let picked = null;          // a key the user chose, or null to follow the latest
let side = "";
let drawPending = false;

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function session(ev) {
  const key = ev.side + "/" + ev.session;
  let s = sessions.get(key);
  if (!s) {
    s = { key, side: ev.side, id: ev.session, peer: "", started: false, start: ev.time, steps: {}, log: [],
          verdicts: [], tables: new Map(), outcome: null, reason: "", plan: false, percent: 0 };
    sessions.set(key, s);
    order.push(key);
    if (order.length > 50) sessions.delete(order.shift());
  }
  return s;
}

function table(s, name) {
  let t = s.tables.get(name);
  if (!t) {
    t = { name, rows: 0, total: -1, rate: 0, eta: 0, done: false };
    s.tables.set(name, t);
  }
  return t;
}

function apply(ev) {
  const s = session(ev);
  const say = (text, bad) => s.log.push({ time: ev.time, text, bad: !!bad });
  switch (ev.kind) {
    case "session_started":
      s.started = true;
      s.peer = ev.peer || "";
      s.start = ev.time;
      if (ev.peer) say("session from " + ev.peer);
      break;
    case "stage_started":
      say(ev.stage + " \"" + ev.plugin + "\" started: " + ev.message + ", pid " + ev.pid);
      break;
    case "step":
      s.steps[ev.step] = ev.message;
      if (ev.step === "plan") s.plan = true;
      say(ev.message);
      break;
    case "verdict":
      s.verdicts.push(ev);
      if (!ev.field && ev.table !== "django_migrations" && ev.total >= 0) {
        const t = table(s, ev.table);
        if (t.total < 0) t.total = ev.total;
      }
      break;
    case "table_started": {
      const t = table(s, ev.table);
      t.total = ev.total ?? 0;
      break;
    }
    case "rows":
    case "table_done": {
      const t = table(s, ev.table);
      t.rows = ev.rows || 0;
      if (ev.total) t.total = ev.total;
      t.rate = ev.rows_per_second || t.rate;
      t.eta = ev.eta_seconds || 0;
      if (ev.kind === "table_done") { t.done = true; t.eta = 0; if (t.total < t.rows) t.total = t.rows; }
      if (ev.percent !== undefined) s.percent = ev.percent;
      break;
    }
    case "committed":
      s.outcome = "committed";
      s.reason = ev.message || "";
      say("committed: " + s.reason);
      break;
    case "rolled_back":
      s.outcome = "rolled_back";
      s.reason = ev.message || "";
      say("rolled back: " + s.reason, true);
      break;
    case "refused":
      s.outcome = "refused";
      s.reason = ev.message || "";
      say("refused: " + s.reason, true);
      break;
  }
}

function fmtRate(r) { return r ? Math.round(r).toLocaleString("en") : "–"; }
function fmtETA(sec) {
  if (!sec) return "–";
  sec = Math.ceil(sec);
  if (sec < 60) return sec + " s";
  const m = Math.floor(sec / 60), r = sec % 60;
  return m < 60 ? m + " min " + r + " s" : Math.floor(m / 60) + " h " + (m % 60) + " min";
}
function tablePercent(t) {
  if (t.total > 0) return Math.min(100, Math.floor(100 * t.rows / t.total));
  return t.done ? 100 : 0;
}
function fmtTime(iso) {
  const d = new Date(iso);
  return isNaN(d) ? "" : d.toLocaleTimeString("en-GB");
}

function state(s) {
  if (s.outcome) return s.outcome;
  if (s.plan) return "plan";
  return s.started ? "running" : "waiting";
}

function outcomeText(s) {
  if (!s.started && !s.outcome) return "Waiting for a sender";
  switch (s.outcome) {
    case "committed": return "Committed: " + s.reason;
    case "rolled_back": return "Rolled back, the destination is unchanged: " + s.reason;
    case "refused": return "Refused: " + s.reason;
  }
  if (s.plan) return "Plan only: nothing is written";
  return "In progress";
}

function draw() {
  drawPending = false;
  $("#side").textContent = side;
  document.title = "rex " + side;
  const list = $("#sessions");
  list.replaceChildren();
  for (const key of [...order].reverse()) {
    const s = sessions.get(key);
    const b = el("button", { type: "button", "data-session": s.id, "data-outcome": state(s) },
      "#" + s.id + " " + state(s).replace("_", " "));
    if (s.peer) b.append(el("br"), el("small", {}, s.peer));
    b.setAttribute("aria-current", String(key === current()));
    b.addEventListener("click", () => { picked = key === order[order.length - 1] ? null : key; schedule(); });
    list.append(el("li", {}, b));
  }
  $("#no-sessions").hidden = order.length > 0;
  const s = sessions.get(current());
  $("#session").hidden = !s;
  if (!s) return;

  const out = $("#outcome");
  out.dataset.state = state(s);
  out.textContent = "Session " + s.id + ": " + outcomeText(s);

  const steps = $("#steps");
  steps.replaceChildren();
  let failed = false;
  for (const [id, label] of STEPS) {
    if (id === "secret_key" && !(id in s.steps)) continue;
    const done = id in s.steps;
    // A session that ended early failed at its first step not passed.
    let cls = done ? "done" : "";
    if (!done && !failed && (s.outcome === "refused" || s.outcome === "rolled_back")) {
      cls = "failed";
      failed = true;
    }
    const li = el("li", { "data-step": id, class: cls }, label);
    if (done) li.append(el("br"), el("small", {}, s.steps[id]));
    steps.append(li);
  }

  const log = $("#log");
  const follow = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
  log.replaceChildren(...s.log.map((l) => el("li", { class: l.bad ? "bad" : "" }, fmtTime(l.time) + "  " + l.text)));
  if (follow) log.scrollTop = log.scrollHeight;

  let rows = 0, total = 0, rate = 0;
  const body = $("#tables tbody");
  body.replaceChildren();
  for (const t of s.tables.values()) {
    const pct = tablePercent(t);
    if (t.total > 0) { rows += Math.min(t.rows, t.total); total += t.total; } else if (t.done) { rows += t.rows; total += t.rows; }
    if (!t.done && t.rate) rate += t.rate;
    // Widths through the CSSOM: the page's policy forbids style attributes.
    const fill = el("div", { class: "fill" });
    fill.style.width = pct + "%";
    const bar = el("div", { class: "progress", "data-percent": pct }, el("div", { class: "bar" }, fill), el("span", {}, pct + "%"));
    body.append(el("tr", { "data-table": t.name, "data-percent": pct, "data-done": String(t.done) },
      el("td", {}, t.name), el("td", {}, bar),
      el("td", { class: "rows" }, t.rows.toLocaleString("en") + " / " + (t.total >= 0 ? t.total.toLocaleString("en") : "?")),
      el("td", {}, fmtRate(t.rate)), el("td", {}, t.done ? "done" : fmtETA(t.eta))));
  }
  const pct = s.outcome === "committed" ? 100 : (total ? Math.floor(100 * rows / total) : 0);
  const overall = $("#overall");
  overall.dataset.percent = pct;
  overall.querySelector(".fill").style.width = pct + "%";
  const eta = rate && total > rows ? fmtETA((total - rows) / rate) : "–";
  overall.querySelector(".figures").textContent =
    rows.toLocaleString("en") + " of " + total.toLocaleString("en") + " rows (" + pct + "%) · " + fmtRate(rate) + " rows/s · ETA " + (s.outcome ? "–" : eta);

  const vbody = $("#verdicts tbody");
  vbody.replaceChildren();
  const counts = { ok: 0, warning: 0, error: 0 };
  for (const v of s.verdicts) {
    if (!v.field) counts[v.verdict] = (counts[v.verdict] || 0) + 1;
    vbody.append(el("tr", { class: v.field ? "finding" : "table", "data-table": v.table, "data-field": v.field || "", "data-verdict": v.verdict },
      el("td", {}, v.table), el("td", {}, v.field || "—"),
      el("td", { class: "verdict-" + v.verdict }, v.verdict), el("td", {}, v.message || "")));
  }
  $("#verdict-summary").textContent = s.verdicts.length
    ? counts.ok + " tables ok, " + counts.warning + " with warnings, " + counts.error + " with errors"
    : "No validation results for this session.";
}

// current is the session drawn: the one picked, else the latest that
// began (plugins started for the next session wait in the list).
function current() {
  if (picked && sessions.has(picked)) return picked;
  for (let i = order.length - 1; i >= 0; i--) {
    const s = sessions.get(order[i]);
    if (s.started || s.outcome) return order[i];
  }
  return order[order.length - 1];
}

function schedule() {
  if (!drawPending) {
    drawPending = true;
    requestAnimationFrame(draw);
  }
}

function connect() {
  const proto = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(proto + "//" + location.host + "/events");
  const link = $("#link");
  ws.onopen = () => { link.dataset.state = "live"; link.textContent = "live"; };
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    switch (msg.type) {
      case "auth":
      case "denied": {
        side = msg.side || side;
        const saved = sessionStorage.getItem("rex-token");
        if (msg.type === "auth" && saved) { ws.send(JSON.stringify({ token: saved })); return; }
        sessionStorage.removeItem("rex-token");
        $("#main").hidden = true;
        const form = $("#auth");
        form.hidden = false;
        $("#auth-error").hidden = msg.type !== "denied";
        form.onsubmit = (e) => {
          e.preventDefault();
          const token = $("#token").value;
          sessionStorage.setItem("rex-token", token);
          ws.send(JSON.stringify({ token }));
        };
        return;
      }
      case "hello":
        side = msg.side || "";
        $("#auth").hidden = true;
        $("#main").hidden = false;
        sessions.clear();
        order = [];
        break;
      case "event":
        apply(msg.event);
        break;
    }
    schedule();
  };
  ws.onclose = () => {
    link.dataset.state = "lost";
    link.textContent = "disconnected: retrying";
    setTimeout(connect, 1000);
  };
}

connect();
