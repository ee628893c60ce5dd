// Applies the saved theme (or the system's) before the first paint.
(function () {
  try {
    var t = localStorage.getItem("parley.theme");
    var dark = t === "dark" || ((t === null || t === "system") && window.matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
  } catch (e) {}
})();
