// Asks for the conversation a /chat/?c=… link opens while the page's own scripts are still arriving
// and starting (about half a second on a slow machine): the timeline's first page (hooks/queries.ts,
// takeEarlyFirstPage) takes this answer when it is for the same conversation. Same request as
// there (limit = PAGE_SIZE, 50). Without a live token, or on any failure, nothing is asked here and
// the page asks as usual.
(function () {
  try {
    if (location.pathname.replace(/\/$/, "") !== "/chat") return;
    var id = new URLSearchParams(location.search).get("c");
    var token = localStorage.getItem("parley.accessToken");
    if (!id || !token) return;
    var claims = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    if (!claims.exp || claims.exp * 1000 < Date.now() + 10000) return;
    window.__parleyFirstPage = {
      id: id,
      page: fetch("/api/conversations/" + encodeURIComponent(id) + "/messages?limit=50", {
        headers: { Authorization: "Bearer " + token },
      })
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .catch(function () {
          return null;
        }),
    };
  } catch (e) {}
})();
