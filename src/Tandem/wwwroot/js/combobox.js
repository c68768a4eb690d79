// Comboboxes in the ARIA 1.2 pattern (list autocomplete, the input keeps focus, aria-activedescendant): an input with
// data-combobox="/url" gets suggestions while typing, fetched from /url?q=… as HTML options. Without JavaScript the
// input is a plain text field that the server reads on submit; everything here only adds to it.
// An option with data-href opens that page (the layout's search); one with data-value fills the input (the people
// picker), or, when the input has data-combobox-append="#id", is added as a line to that textarea.
(() => {
  let made = 0;
  document.querySelectorAll("input[data-combobox]").forEach(enhance);

  function enhance(input) {
    input.id ||= `combobox-${++made}`;
    input.closest("[data-combobox-host][hidden]")?.removeAttribute("hidden");
    const list = document.createElement("div");
    list.id = `${input.id}-list`;
    list.className = "combobox-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    const label = input.labels?.[0];
    if (label) {
      label.id ||= `${input.id}-label`;
      list.setAttribute("aria-labelledby", label.id);
    }
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.after(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.autocomplete = "off";
    const target = input.dataset.comboboxAppend ? document.querySelector(input.dataset.comboboxAppend) : null;

    let active = -1;
    let asked = "";
    let timer = 0;
    let pending = null;
    const options = () => [...list.querySelectorAll("[role=option]")];

    function show(open) {
      list.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
      if (!open) highlight(-1);
    }

    function highlight(index) {
      const all = options();
      active = index;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    async function suggest() {
      const q = input.value.trim();
      if (q === asked) return;
      asked = q;
      pending?.abort();
      if (!q) {
        list.replaceChildren();
        status.textContent = "";
        show(false);
        return;
      }
      pending = new AbortController();
      let html;
      try {
        const response = await fetch(`${input.dataset.combobox}?q=${encodeURIComponent(q)}`,
          { credentials: "same-origin", headers: { Accept: "text/html" }, signal: pending.signal });
        if (!response.ok || response.redirected) return; // signed out: the answer is the sign-in page, not suggestions
        html = await response.text();
      } catch {
        return; // aborted by newer typing, or offline: the field still works as typed
      }
      const template = document.createElement("template");
      template.innerHTML = html;
      list.replaceChildren(template.content);
      const all = options();
      all.forEach((option, i) => { option.id = `${list.id}-${i}`; option.setAttribute("aria-selected", "false"); });
      status.textContent = all.length === 0 ? "No matches." : `${all.length} ${all.length === 1 ? "match" : "matches"}, use the arrow keys to choose.`;
      show(all.length > 0 && document.activeElement === input);
    }

    function choose(option) {
      if (option.dataset.href) {
        window.location.assign(option.dataset.href);
        return;
      }
      const value = option.dataset.value ?? "";
      if (target) {
        const lines = target.value.split(/[\r\n]+/).map((line) => line.trim()).filter(Boolean);
        if (!lines.includes(value)) lines.push(value);
        target.value = lines.join("\n");
        input.value = "";
        status.textContent = `Added ${value}.`;
      } else {
        input.value = value;
        status.textContent = `Chose ${value}.`;
      }
      asked = input.value.trim();
      show(false);
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, 200);
    });
    input.addEventListener("keydown", (event) => {
      const count = options().length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (count === 0) return;
        event.preventDefault();
        if (list.hidden) show(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          choose(options()[active]);
        } else if (target) {
          event.preventDefault(); // the helper field adds people; it does not send the form
        }
      } else if (event.key === "Escape") {
        if (!list.hidden) {
          event.preventDefault();
          show(false);
        } else if (input.value) {
          input.value = "";
          asked = "";
        }
      }
    });
    input.addEventListener("blur", () => show(false));
    // Keep the focus in the input while a pointer picks an option.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) choose(option);
    });
  }
})();
