// wirecoder: a little progressive enhancement. Every page works without it.
"use strict";
(function () {
  // An event mark in the story takes you to its card in the panel, and lights both up.
  function link(mark) {
    var id = mark.getAttribute("data-event-id");
    var card = id && document.getElementById("ev-" + id);
    if (!card) return;
    mark.addEventListener("click", function () {
      card.scrollIntoView({ block: "nearest" });
      if (history.replaceState) history.replaceState(null, "", "#ev-" + id);
      card.classList.add("hot");
      setTimeout(function () { card.classList.remove("hot"); }, 1200);
    });
    mark.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") mark.click();
    });
  }
  // Hovering an event card shows its trigger in the text.
  function back(card) {
    var id = card.getAttribute("data-event-id");
    var marks = document.querySelectorAll('mark[data-kind="event"][data-event-id="' + CSS.escape(id) + '"]');
    card.addEventListener("mouseenter", function () { marks.forEach(function (m) { m.classList.add("hot"); }); });
    card.addEventListener("mouseleave", function () { marks.forEach(function (m) { m.classList.remove("hot"); }); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll('mark[data-kind="event"][data-event-id]').forEach(link);
    document.querySelectorAll("article.event[data-event-id]").forEach(back);
  });
})();
