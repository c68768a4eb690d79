// Live meeting pages: the server says which part changed (never what); the page fetches that part again with
// the viewer's own rights and swaps it in. Without JavaScript the page still works: reload to see changes.
(() => {
  const root = document.querySelector("[data-meeting-live]");
  if (!root || !window.EventSource) return;
  const base = root.dataset.meetingLive;
  const status = root.querySelector("[data-live-status]");
  const say = (text) => { if (status) status.textContent = text; };
  let connected = false;

  // Typing, a ticked box or focus in a part means the person is busy there: don't swap it under them. (Blazor's
  // InputText writes no type attribute: an input without one is a text box.)
  const isEditing = (element) =>
    element.contains(document.activeElement) && document.activeElement.matches("input, textarea, select") ||
    [...element.querySelectorAll("textarea, input:not([type]), input[type=text], input[type=date]")].some((field) => field.value !== field.defaultValue) ||
    [...element.querySelectorAll("input[type=checkbox]")].some((box) => box.checked !== box.defaultChecked);
  const deferred = new Set();

  async function refresh(part) {
    const current = document.getElementById("live-" + part);
    if (!current) return;
    if (isEditing(current)) {
      if (part === "notes") {
        say("The notes were changed by the other person. Save yours: you'll see both versions to merge.");
      } else {
        say("The other person changed the agenda; it updates when you finish here.");
        deferred.add(part);
      }
      return;
    }
    deferred.delete(part);
    const response = await fetch(`${base}/parts/${part}`, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const fresh = holder.querySelector("#live-" + part);
    if (!fresh) return;
    current.replaceWith(fresh);
    say("Updated just now.");
  }

  // Catch up on a deferred part once the person has left it.
  document.addEventListener("focusout", () => setTimeout(() => deferred.forEach((part) => refresh(part)), 300));

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
