// Live meeting pages: the server says which part changed (never what); the page fetches that part again with
// the viewer's own rights and swaps it in. Without JavaScript the page still works: reload to see changes.
(() => {
  const root = document.querySelector("[data-meeting-live]");
  if (!root || !window.EventSource) return;
  const base = root.dataset.meetingLive;
  const status = root.querySelector("[data-live-status]");
  const say = (text) => { if (status) status.textContent = text; };
  let connected = false;

  const isEditing = (element) =>
    [...element.querySelectorAll("textarea, input[type=text]")].some((field) => field.value !== field.defaultValue);

  async function refresh(part) {
    const current = document.getElementById("live-" + part);
    if (!current) return;
    if (part === "notes" && isEditing(current)) {
      say("The notes were changed by the other person. Save yours: you'll see both versions to merge.");
      return;
    }
    const response = await fetch(`${base}/parts/${part}`, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const fresh = holder.querySelector("#live-" + part);
    if (!fresh) return;
    current.replaceWith(fresh);
    say("Updated just now.");
  }

  const source = new EventSource(base + "/events");
  source.addEventListener("ready", () => {
    say("Live: you'll see the other person's changes as they make them.");
    document.body.dataset.live = "on";
    // After a reconnect, catch up on whatever was missed.
    if (connected) { refresh("agenda"); refresh("notes"); }
    connected = true;
  });
  source.addEventListener("changed", (event) => {
    if (event.data === "meeting") {
      if (!isEditing(document.body)) window.location.reload();
      else say("The meeting was held, moved or cancelled. Reload to see it.");
      return;
    }
    refresh(event.data);
  });
  source.onerror = () => say("Live updates paused; reconnecting…");
})();
