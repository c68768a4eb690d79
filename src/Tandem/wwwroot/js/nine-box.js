// The 9-box of a calibration session: drag a name to another box to open its change form with that box chosen. Every
// name is also a link to the same form, so the keyboard (and a browser without this script) does the same.
(() => {
  const grid = document.querySelector(".nine-box[data-can-change]");
  if (!grid) return;
  const section = grid.closest("section");
  let dragged = null;
  section.addEventListener("dragstart", (event) => {
    const card = event.target.closest("a.box-card");
    if (!card) return;
    dragged = card;
    event.dataTransfer.setData("text/uri-list", card.href);
    event.dataTransfer.effectAllowed = "move";
  });
  section.addEventListener("dragend", () => { dragged = null; });
  for (const box of grid.querySelectorAll(".box")) {
    box.addEventListener("dragover", (event) => {
      if (!dragged) return;
      event.preventDefault();
      box.classList.add("drop-target");
    });
    box.addEventListener("dragleave", () => box.classList.remove("drop-target"));
    box.addEventListener("drop", (event) => {
      event.preventDefault();
      box.classList.remove("drop-target");
      if (!dragged) return;
      const url = new URL(dragged.href, location.href);
      url.searchParams.set("band", box.dataset.band);
      url.searchParams.set("potential", box.dataset.potential);
      location.assign(url);
    });
  }
})();
