// Drill phones page of the Twilio sandbox: shows, per phone number, the SMS and calls the
// services sent through the sandbox, and lets a trainer answer as the person at that phone.
// Plain ES2020, no build step. All data is written with textContent, never parsed as HTML.
"use strict";

(() => {
  // Centinela's number (twilio.from); read from /sandbox/info at start, this until then.
  let centinelaNumber = "+15005550006";
  const REFRESH_DEBOUNCE_MS = 150;
  const RETRY_MS = 5000;
  const MAX_ANNOUNCEMENTS = 5;
  const LANGUAGE_KEY = "sandbox.lang";
  const E164 = /^\+[1-9]\d{6,14}$/;
  const KEYS = [
    ["1", ""], ["2", "ABC"], ["3", "DEF"],
    ["4", "GHI"], ["5", "JKL"], ["6", "MNO"],
    ["7", "PQRS"], ["8", "TUV"], ["9", "WXYZ"],
    ["*", ""], ["0", "+"], ["#", ""],
  ];

  const TEXT = {
    es: {
      pageTitle: "Teléfonos de simulacro · Centinela",
      title: "Teléfonos de simulacro",
      subtitle: "Simulador local de Twilio · Centinela",
      skipToPhones: "Ir a los teléfonos",
      connecting: "Conectando…",
      live: "En vivo",
      reconnecting: "Reconectando…",
      reset: "Reiniciar",
      resetTitle: "¿Borrar todo?",
      resetText: "Se olvidarán todos los teléfonos, SMS y llamadas de este simulador. Úsalo para empezar un simulacro desde cero.",
      resetConfirm: "Borrar todo",
      resetFailed: "No se pudo reiniciar el simulador: {detail}",
      cancel: "Cancelar",
      newSmsTitle: "Enviar un SMS desde un número",
      newSmsHint: "Simula que alguien escribe a Centinela, por ejemplo una defensora que pide ayuda.",
      newSmsPlaceholder: "SOS me siguen",
      fromNumber: "Número",
      messageText: "Mensaje",
      send: "Enviar",
      sending: "Enviando…",
      invalidNumber: "Escribe el número en formato internacional, por ejemplo +50255510009.",
      emptyBody: "Escribe el mensaje.",
      sendFailed: "No se pudo enviar: {detail}",
      keyFailed: "No se pudo marcar la tecla: {detail}",
      loadFailed: "No se pudo cargar la lista de teléfonos ({detail}). Se reintentará en unos segundos.",
      networkError: "sin conexión con el simulador",
      centinelaUnreachable: "el simulador no pudo contactar con Centinela",
      centinelaAnswered: "Centinela respondió HTTP {status} {detail}",
      notWaitingForKeys: "la llamada ya no espera una tecla",
      emptyTitle: "Todavía no hay teléfonos",
      emptyWhat: "Esta página muestra lo que reciben los teléfonos durante un simulacro: los SMS y las llamadas que Centinela envía a través de este simulador, en lugar de usar Twilio de verdad.",
      emptyStep1: "Cuando Centinela envíe una alerta, aparecerá aquí una tarjeta por cada número, con sus mensajes y llamadas.",
      emptyStep2: "Desde cada tarjeta puedes responder por SMS como si fueras esa persona, o pulsar teclas durante una llamada.",
      emptyStep3: "Para simular que alguien pide ayuda, usa «Enviar un SMS desde un número» arriba.",
      emptyLocal: "Los mensajes de esta página no salen a la red telefónica.",
      phonesTitle: "Teléfonos",
      smsCount: (n) => (n === 1 ? "1 SMS" : `${n} SMS`),
      callCount: (n) => (n === 1 ? "1 llamada" : `${n} llamadas`),
      lastActivity: "última actividad {time}",
      noActivity: "Sin mensajes ni llamadas todavía.",
      centinela: "Centinela",
      thisPhone: "Este teléfono",
      conversation: "Mensajes y llamadas de {number}",
      callFromCentinela: "Llamada de Centinela",
      voiceSays: "La voz dice",
      digitsPressed: "Teclas pulsadas",
      keypadHint: (n) => (n > 1 ? `Marca ${n} teclas para responder` : "Marca una tecla para responder"),
      keypad: "Teclado de la llamada",
      pressKey: "Marcar {key}",
      replyLabel: "Responder por SMS como {number}",
      replyPlaceholder: "Responder por SMS…",
      announceSmsTo: "SMS para {number}: {body}",
      announceSmsFrom: "SMS de {number}: {body}",
      announceCall: "Llamada a {number}",
      errorCode: "error {code}",
      messageStatus: {
        queued: "en cola", sent: "enviado", delivered: "entregado",
        undelivered: "no entregado", failed: "falló", received: "recibido",
      },
      callStatus: {
        queued: "en cola", initiated: "iniciada", ringing: "sonando", "in-progress": "en curso",
        completed: "terminada", "no-answer": "sin respuesta", busy: "ocupado", failed: "falló",
      },
    },
    en: {
      pageTitle: "Drill phones · Centinela",
      title: "Drill phones",
      subtitle: "Local Twilio sandbox · Centinela",
      skipToPhones: "Skip to the phones",
      connecting: "Connecting…",
      live: "Live",
      reconnecting: "Reconnecting…",
      reset: "Reset",
      resetTitle: "Forget everything?",
      resetText: "All phones, SMS and calls in this sandbox will be forgotten. Use it to start a drill from scratch.",
      resetConfirm: "Forget everything",
      resetFailed: "Could not reset the sandbox: {detail}",
      cancel: "Cancel",
      newSmsTitle: "Send an SMS from a number",
      newSmsHint: "Pretend someone writes to Centinela, for example a defender asking for help.",
      newSmsPlaceholder: "SOS they are following me",
      fromNumber: "Number",
      messageText: "Message",
      send: "Send",
      sending: "Sending…",
      invalidNumber: "Write the number in international format, for example +50255510009.",
      emptyBody: "Write the message.",
      sendFailed: "Could not send: {detail}",
      keyFailed: "Could not press the key: {detail}",
      loadFailed: "Could not load the phones ({detail}). Trying again in a few seconds.",
      networkError: "no connection to the sandbox",
      centinelaUnreachable: "the sandbox could not reach Centinela",
      centinelaAnswered: "Centinela answered HTTP {status} {detail}",
      notWaitingForKeys: "the call is no longer waiting for a key",
      emptyTitle: "No phones yet",
      emptyWhat: "This page shows what phones receive during a drill: the SMS and calls Centinela sends through this sandbox instead of the real Twilio.",
      emptyStep1: "When Centinela sends an alert, a card appears here for each number, with its messages and calls.",
      emptyStep2: "From each card you can reply by SMS as that person, or press keys during a call.",
      emptyStep3: "To pretend someone asks for help, use “Send an SMS from a number” above.",
      emptyLocal: "Messages on this page never reach the phone network.",
      phonesTitle: "Phones",
      smsCount: (n) => (n === 1 ? "1 SMS" : `${n} SMS`),
      callCount: (n) => (n === 1 ? "1 call" : `${n} calls`),
      lastActivity: "last activity {time}",
      noActivity: "No messages or calls yet.",
      centinela: "Centinela",
      thisPhone: "This phone",
      conversation: "Messages and calls of {number}",
      callFromCentinela: "Call from Centinela",
      voiceSays: "The voice says",
      digitsPressed: "Keys pressed",
      keypadHint: (n) => (n > 1 ? `Press ${n} keys to answer` : "Press a key to answer"),
      keypad: "Call keypad",
      pressKey: "Press {key}",
      replyLabel: "Reply by SMS as {number}",
      replyPlaceholder: "Reply by SMS…",
      announceSmsTo: "SMS to {number}: {body}",
      announceSmsFrom: "SMS from {number}: {body}",
      announceCall: "Call to {number}",
      errorCode: "error {code}",
      messageStatus: {
        queued: "queued", sent: "sent", delivered: "delivered",
        undelivered: "undelivered", failed: "failed", received: "received",
      },
      callStatus: {
        queued: "queued", initiated: "initiated", ringing: "ringing", "in-progress": "in progress",
        completed: "completed", "no-answer": "no answer", busy: "busy", failed: "failed",
      },
    },
  };

  // Status → visual tone; the status is always written out too.
  const TONE = {
    queued: "waiting", initiated: "waiting", sent: "waiting",
    ringing: "active", "in-progress": "active",
    delivered: "ok", received: "ok", completed: "ok",
    undelivered: "bad", failed: "bad", "no-answer": "bad", busy: "bad",
  };

  const state = {
    lang: initialLanguage(),
    phones: [],
    loaded: false,
    baselineDone: false,
    pageProblem: null,
    newSmsProblem: null,
    seen: new Set(),
    cards: new Map(),
    pendingKeys: new Set(),
    keyProblems: new Map(),
    live: "connecting",
  };

  const $ = (id) => document.getElementById(id);

  // ---------- utilities ----------

  function t(key, vars = {}) {
    const text = TEXT[state.lang][key] ?? TEXT.es[key] ?? key;
    if (typeof text === "function") return text(vars);
    return String(text).replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  }

  function icon(name) {
    const paths = {
      phone: ["M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"],
      voice: ["M4 9h3l5-4v14l-5-4H4z", "M15.5 9a3.5 3.5 0 0 1 0 6", "M18 6.5a7 7 0 0 1 0 11"],
    };
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", `icon icon-${name}`);
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    for (const d of paths[name]) {
      const path = document.createElementNS(ns, "path");
      path.setAttribute("d", d);
      svg.append(path);
    }
    return svg;
  }

  function initialLanguage() {
    const saved = readSetting(LANGUAGE_KEY);
    if (saved === "es" || saved === "en") return saved;
    return (navigator.language || "es").toLowerCase().startsWith("es") ? "es" : "en";
  }

  // Storage can be switched off in the browser; the page then simply forgets the choice.
  function readSetting(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function saveSetting(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // not remembered
    }
  }

  function formatTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso || "";
    const today = date.toDateString() === new Date().toDateString();
    const options = today
      ? { hour: "numeric", minute: "2-digit", second: "2-digit" }
      : { day: "numeric", month: "short", hour: "numeric", minute: "2-digit" };
    return new Intl.DateTimeFormat(state.lang, options).format(date);
  }

  function timeElement(iso) {
    return el("time", { datetime: iso, text: formatTime(iso) });
  }

  function statusText(kind, status) {
    return TEXT[state.lang][kind][status] || status || "?";
  }

  function domId(prefix, number) {
    return `${prefix}-${String(number).replace(/[^0-9A-Za-z]/g, "")}`;
  }

  // Problems are kept as functions that word them, so that they follow a change of language.
  class RequestFailure extends Error {
    constructor(describe) {
      super("request failed");
      this.describe = describe;
    }
  }

  function describeError(error) {
    if (error instanceof RequestFailure) return error.describe();
    return error instanceof TypeError ? t("networkError") : error.message;
  }

  function problemFor(key, error) {
    return () => t(key, { detail: describeError(error) });
  }

  // Rewriting an unchanged alert would make screen readers repeat it.
  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  // ---------- talking to the sandbox ----------

  // Resolves with the sandbox's answer; rejects with a sentence for the user when the sandbox
  // refuses the request or when Centinela's webhook behind it answers with an error.
  async function postJson(url, payload) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(payload),
    });
    const text = await response.text();
    const result = parseJson(text);
    if (!response.ok) throw new RequestFailure(() => sandboxFailure(response.status, result, text));
    if (result && typeof result.status === "number" && result.status >= 400) {
      throw new RequestFailure(() => t("centinelaAnswered", { status: result.status, detail: excerpt(result.body) }).trim());
    }
    return result;
  }

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  function sandboxFailure(status, result, text) {
    const known = { 409: "notWaitingForKeys", 502: "centinelaUnreachable" }[status];
    const detail = known ? t(known) : serverDetail(result, text);
    return detail ? `${detail} (HTTP ${status})` : `HTTP ${status}`;
  }

  // The sandbox answers errors as problem details (RFC 9457); anything else is shown as it came.
  function serverDetail(result, text) {
    if (result && typeof result.detail === "string") return excerpt(result.detail);
    if (result && typeof result.title === "string") return excerpt(result.title);
    return /^\s*</.test(text) ? "" : excerpt(text);
  }

  function excerpt(text) {
    const flat = String(text || "").replace(/\s+/g, " ").trim();
    return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
  }

  let refreshTimer = null;
  let refreshing = false;
  let refreshAgain = false;

  function scheduleRefresh(delay = REFRESH_DEBOUNCE_MS) {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, delay);
  }

  async function refresh() {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    try {
      const response = await fetch("sandbox/phones", { headers: { Accept: "application/json" }, cache: "no-store" });
      if (!response.ok) throw new RequestFailure(() => `HTTP ${response.status}`);
      const phones = await response.json();
      state.phones = Array.isArray(phones) ? phones : [];
      state.loaded = true;
      state.pageProblem = null;
    } catch (error) {
      state.pageProblem = problemFor("loadFailed", error);
      scheduleRefresh(RETRY_MS);
    } finally {
      refreshing = false;
    }
    render();
    if (refreshAgain) {
      refreshAgain = false;
      scheduleRefresh();
    }
  }

  function connectStream() {
    const source = new EventSource("sandbox/stream");
    source.addEventListener("open", () => {
      setLive("live");
      scheduleRefresh();
    });
    source.addEventListener("change", () => scheduleRefresh());
    source.addEventListener("error", () => {
      setLive("reconnecting");
      if (source.readyState === EventSource.CLOSED) {
        // The browser gives up on some failures (e.g. an error status); keep trying ourselves.
        source.close();
        setTimeout(connectStream, RETRY_MS);
      }
    });
  }

  function setLive(live) {
    state.live = live;
    $("live").dataset.state = live;
    $("live-text").textContent = t(live);
  }

  // ---------- rendering ----------

  // Everything already in the first list shown counts as known: only later arrivals are
  // highlighted and announced.
  function render() {
    const view = captureView();
    const phones = state.phones;
    const known = state.baselineDone;

    renderProblems();
    // The form to write in from a new number starts folded away once there are phones.
    const empty = state.loaded && phones.length === 0;
    $("empty").hidden = !empty;
    if (empty) $("new-sms-panel").open = true;
    $("phones").setAttribute("aria-busy", String(!state.loaded));

    const newSids = collectNew(phones);
    const highlight = known ? newSids : new Set();
    const cards = phones.map((phone) => renderPhone(phone, highlight, known));
    removeGoneCards(new Set(phones.map((phone) => phone.number)));
    placeCards(cards.map((card) => card.root));
    cards.forEach(restoreThreadScroll);
    restoreView(view);

    if (known) announce(phones, newSids);
    if (state.loaded) state.baselineDone = true;
  }

  function renderProblems() {
    const line = $("load-error");
    line.hidden = !state.pageProblem;
    setText(line, state.pageProblem ? state.pageProblem() : "");
    setText($("new-sms-error"), state.newSmsProblem ? state.newSmsProblem() : "");
  }

  function collectNew(phones) {
    const fresh = new Set();
    for (const phone of phones) {
      for (const item of [...(phone.messages || []), ...(phone.calls || [])]) {
        if (!state.seen.has(item.sid)) fresh.add(item.sid);
      }
    }
    fresh.forEach((sid) => state.seen.add(sid));
    return fresh;
  }

  function renderPhone(phone, highlight, known) {
    const card = state.cards.get(phone.number) || createCard(phone.number, known);
    card.phone = phone;

    const messages = phone.messages || [];
    const calls = phone.calls || [];
    const meta = [t("smsCount", messages.length), t("callCount", calls.length)];
    if (phone.lastActivityAt) meta.push(t("lastActivity", { time: formatTime(phone.lastActivityAt) }));
    card.meta.textContent = meta.join(" · ");

    card.thread.setAttribute("aria-label", t("conversation", { number: phone.number }));
    card.replyLabel.textContent = t("replyLabel", { number: phone.number });
    card.replyInput.placeholder = t("replyPlaceholder");
    card.sendButton.textContent = t(card.sending ? "sending" : "send");
    setText(card.replyError, card.replyProblem ? card.replyProblem() : "");

    renderThread(card, phone, highlight);
    return card;
  }

  function createCard(number, highlight) {
    const titleId = domId("phone", number);
    const inputId = domId("reply", number);
    const card = {
      meta: el("p", { class: "phone-meta" }),
      thread: el("ol", { class: "thread", tabindex: "0", "data-focus-key": `thread:${number}` }),
      replyLabel: el("label", { class: "visually-hidden", for: inputId }),
      replyInput: el("input", {
        id: inputId, type: "text", autocomplete: "off", enterkeyhint: "send",
        "data-focus-key": `reply:${number}`,
      }),
      sendButton: el("button", { type: "submit", class: "btn btn-primary", "data-focus-key": `send:${number}` }),
      replyError: el("p", { class: "form-error", role: "alert" }),
      sending: false,
      replyProblem: null,
      phone: null,
      threadScroll: null,
    };
    const form = el("form", { class: "reply" }, card.replyLabel, card.replyInput, card.sendButton);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sendReply(card);
    });
    card.root = el(
      "article",
      { class: "phone-card", "aria-labelledby": titleId, tabindex: "-1", "data-focus-key": `card:${number}` },
      el("header", { class: "phone-head" },
        el("h3", { class: "phone-number", id: titleId, text: number }),
        card.meta),
      card.thread,
      form,
      card.replyError,
    );
    if (highlight) markNew(card.root);
    state.cards.set(number, card);
    return card;
  }

  // SMS and calls in one timeline, oldest first, like the screen of a phone.
  function renderThread(card, phone, highlight) {
    const thread = card.thread;
    card.threadScroll = thread.isConnected && thread.scrollHeight - thread.scrollTop - thread.clientHeight >= 24
      ? thread.scrollTop
      : null;

    const items = [
      ...(phone.messages || []).map((message) => ({ item: message, draw: renderMessage })),
      ...(phone.calls || []).map((call) => ({ item: call, draw: renderCall })),
    ].sort((a, b) => (Date.parse(a.item.createdAt) || 0) - (Date.parse(b.item.createdAt) || 0));

    const nodes = items.map(({ item, draw }) => {
      const node = draw(item);
      if (highlight.has(item.sid)) markNew(node);
      return node;
    });
    thread.replaceChildren(...(nodes.length ? nodes : [el("li", { class: "thread-empty", text: t("noActivity") })]));
  }

  // A thread read to its end follows new items; one scrolled back stays where it was.
  function restoreThreadScroll(card) {
    const thread = card.thread;
    thread.scrollTop = card.threadScroll === null ? thread.scrollHeight : card.threadScroll;
  }

  function markNew(node) {
    node.classList.add("is-new");
    node.addEventListener("animationend", () => node.classList.remove("is-new"), { once: true });
  }

  function renderMessage(message) {
    const outbound = message.direction !== "inbound";
    const tone = TONE[message.status] || "waiting";
    return el(
      "li",
      { class: `bubble ${outbound ? "bubble-out" : "bubble-in"}` },
      el("p", { class: "bubble-body", text: message.body || "" }),
      el("p", { class: "bubble-meta" },
        el("span", { class: "bubble-who", text: outbound ? t("centinela") : t("thisPhone") }),
        " · ",
        timeElement(message.createdAt),
        " · ",
        el("span", { class: `status status-${tone}`, text: messageStatus(message) })),
    );
  }

  function messageStatus(message) {
    const status = statusText("messageStatus", message.status);
    return message.errorCode ? `${status} (${t("errorCode", { code: message.errorCode })})` : status;
  }

  function renderCall(call) {
    const tone = TONE[call.status] || "waiting";
    const status = statusText("callStatus", call.status);
    const say = call.say || [];
    const digits = call.digits || [];
    return el(
      "li",
      {
        class: `call call-${tone}`,
        tabindex: "-1",
        "data-focus-key": `call:${call.sid}`,
      },
      el("div", { class: "call-head" },
        icon("phone"),
        el("span", { class: "call-title", text: t("callFromCentinela") }),
        timeElement(call.createdAt),
        el("span", { class: `badge badge-${tone}`, text: status })),
      say.length ? renderSay(say) : null,
      digits.length
        ? el("p", { class: "digits" },
          `${t("digitsPressed")}: `,
          ...digits.map((digit) => el("kbd", { text: digit })))
        : null,
      hasKeypad(call) ? keypad(call) : null,
    );
  }

  function renderSay(lines) {
    return el("div", { class: "say" },
      el("p", { class: "say-label" }, icon("voice"), t("voiceSays")),
      el("ul", { class: "say-lines" }, ...lines.map((line) => el("li", { text: line }))));
  }

  // The sandbox takes keys only while an answered call waits for them (409 once it has hung up).
  function hasKeypad(call) {
    return Boolean(call.gather) && call.status === "in-progress";
  }

  function keypad(call) {
    const pending = state.pendingKeys.has(call.sid);
    const problem = state.keyProblems.get(call.sid);
    const buttons = KEYS.map(([key, letters]) => {
      const button = el("button", {
        type: "button",
        class: "key",
        "aria-label": t("pressKey", { key }),
        "aria-disabled": pending ? "true" : null,
        "data-focus-key": `key:${call.sid}:${key}`,
      },
      el("span", { class: "key-digit", text: key }),
      el("span", { class: "key-letters", "aria-hidden": "true", text: letters }));
      button.addEventListener("click", () => sendDigits(call, key));
      return button;
    });
    return el("div", { class: "keypad-wrap" },
      el("p", { class: "keypad-hint", text: t("keypadHint", call.gather.numDigits || 1) }),
      el("div", { class: "keypad", role: "group", "aria-label": t("keypad") }, ...buttons),
      el("p", { class: "form-error", role: "alert", text: problem ? problem() : "" }));
  }

  function removeGoneCards(numbers) {
    for (const [number, card] of state.cards) {
      if (!numbers.has(number)) {
        card.root.remove();
        state.cards.delete(number);
      }
    }
  }

  function placeCards(wanted) {
    const container = $("phones");
    wanted.forEach((node, index) => {
      const current = container.children[index];
      if (current !== node) container.insertBefore(node, current || null);
    });
  }

  // Keep focus, caret and what the user is looking at while the list changes under them.
  function captureView() {
    const active = document.activeElement;
    const focusKeys = [];
    for (let node = active; node && node !== document.body; node = node.parentElement) {
      if (node.dataset && node.dataset.focusKey) focusKeys.push(node.dataset.focusKey);
    }
    const selection = active && typeof active.selectionStart === "number"
      ? [active.selectionStart, active.selectionEnd, active.selectionDirection]
      : null;
    let anchor = active && active.closest ? active.closest(".phone-card") : null;
    if (!anchor && window.scrollY > 0) {
      anchor = [...$("phones").children].find((card) => card.getBoundingClientRect().bottom > 0) || null;
    }
    return {
      active,
      focusKeys,
      selection,
      anchor,
      anchorTop: anchor ? anchor.getBoundingClientRect().top : 0,
    };
  }

  function restoreView(view) {
    if (view.anchor && view.anchor.isConnected) {
      window.scrollBy(0, view.anchor.getBoundingClientRect().top - view.anchorTop);
    }
    if (!view.focusKeys.length || document.activeElement === view.active) return;
    for (const key of view.focusKeys) {
      const target = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
      if (!target) continue;
      target.focus({ preventScroll: true });
      if (target === view.active && view.selection) target.setSelectionRange(...view.selection);
      return;
    }
  }

  function announce(phones, newSids) {
    const lines = [];
    for (const phone of phones) {
      for (const message of phone.messages || []) {
        if (!newSids.has(message.sid)) continue;
        const key = message.direction === "inbound" ? "announceSmsFrom" : "announceSmsTo";
        lines.push(t(key, { number: phone.number, body: message.body || "" }));
      }
      for (const call of phone.calls || []) {
        if (newSids.has(call.sid)) lines.push(t("announceCall", { number: phone.number }));
      }
    }
    const announcer = $("announcer");
    for (const line of lines.slice(-MAX_ANNOUNCEMENTS)) announcer.append(el("p", { text: line }));
    while (announcer.childElementCount > MAX_ANNOUNCEMENTS) announcer.firstElementChild.remove();
  }

  // ---------- actions ----------

  function centinelaNumberFor(phone) {
    const outbound = (phone.messages || []).filter((message) => message.direction === "outbound");
    const latest = outbound[outbound.length - 1];
    return (latest && latest.from) || centinelaNumber;
  }

  async function sendReply(card) {
    const body = card.replyInput.value.trim();
    if (card.sending) return;
    card.replyProblem = body ? null : () => t("emptyBody");
    card.sending = Boolean(body);
    card.sendButton.disabled = card.sending;
    render();
    if (!body) return;
    try {
      await postJson("sandbox/inbound-sms", { from: card.phone.number, to: centinelaNumberFor(card.phone), body });
      card.replyInput.value = "";
    } catch (error) {
      card.replyProblem = problemFor("sendFailed", error);
    } finally {
      card.sending = false;
      card.sendButton.disabled = false;
      render();
    }
  }

  async function sendDigits(call, key) {
    if (state.pendingKeys.has(call.sid)) return;
    state.pendingKeys.add(call.sid);
    state.keyProblems.delete(call.sid);
    render();
    try {
      await postJson(`sandbox/calls/${encodeURIComponent(call.sid)}/digits`, { digits: key });
    } catch (error) {
      state.keyProblems.set(call.sid, problemFor("keyFailed", error));
    } finally {
      state.pendingKeys.delete(call.sid);
      render();
    }
  }

  async function sendNewSms(event) {
    event.preventDefault();
    const fromInput = $("new-sms-from");
    const bodyInput = $("new-sms-body");
    const button = event.currentTarget.querySelector("button[type=submit]");
    const from = fromInput.value.replace(/[\s().-]/g, "");
    const body = bodyInput.value.trim();

    const invalid = !E164.test(from) ? fromInput : !body ? bodyInput : null;
    for (const input of [fromInput, bodyInput]) {
      if (input === invalid) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    state.newSmsProblem = invalid ? () => t(invalid === fromInput ? "invalidNumber" : "emptyBody") : null;
    renderProblems();
    if (invalid) {
      invalid.focus();
      return;
    }
    button.disabled = true;
    button.textContent = t("sending");
    try {
      await postJson("sandbox/inbound-sms", { from, to: centinelaNumber, body });
      fromInput.value = from;
      bodyInput.value = "";
    } catch (error) {
      state.newSmsProblem = problemFor("sendFailed", error);
    } finally {
      button.disabled = false;
      button.textContent = t("send");
      renderProblems();
    }
  }

  async function resetSandbox() {
    try {
      const response = await fetch("sandbox", { method: "DELETE" });
      if (!response.ok) throw new RequestFailure(() => `HTTP ${response.status}`);
      state.pageProblem = null;
      scheduleRefresh();
    } catch (error) {
      state.pageProblem = problemFor("resetFailed", error);
    }
    renderProblems();
  }

  // ---------- language ----------

  function applyLanguage(lang) {
    state.lang = lang;
    saveSetting(LANGUAGE_KEY, lang);
    document.documentElement.lang = lang;
    document.title = t("pageTitle");
    document.querySelectorAll("[data-i18n]").forEach((node) => {
      node.textContent = t(node.dataset.i18n);
    });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((node) => {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    });
    document.querySelectorAll(".lang-btn").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
    });
    setLive(state.live);
    render();
  }

  // ---------- start ----------

  function start() {
    document.querySelectorAll(".lang-btn").forEach((button) => {
      button.addEventListener("click", () => applyLanguage(button.dataset.lang));
    });
    $("new-sms").addEventListener("submit", sendNewSms);

    const dialog = $("reset-dialog");
    $("reset-open").addEventListener("click", () => dialog.showModal());
    dialog.addEventListener("close", () => {
      if (dialog.returnValue === "confirm") resetSandbox();
      dialog.returnValue = "";
    });

    applyLanguage(state.lang);
    loadCentinelaNumber();
    refresh();
    connectStream();
  }

  async function loadCentinelaNumber() {
    try {
      const response = await fetch("sandbox/info", { headers: { Accept: "application/json" } });
      if (response.ok) centinelaNumber = (await response.json()).centinelaNumber || centinelaNumber;
    } catch (error) {
      // the default stays; the stream's indicator already tells when the sandbox is unreachable
    }
  }

  start();
})();
