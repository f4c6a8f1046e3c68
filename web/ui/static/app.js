// marsad: small progressive enhancements. Every page works without this.
"use strict";
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
  // The highlight legend toggles each kind of mark.
  for (const box of document.querySelectorAll(".legend input[data-mark]")) {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.mark, !box.checked);
    });
  }
  // "/" focuses the search box, as on many sites.
  const q = document.getElementById("q");
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.key === "/" && q && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) {
      e.preventDefault();
      q.focus();
    }
  });
});
