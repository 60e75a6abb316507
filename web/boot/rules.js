// The rules explorer: marks, for the chosen date (`?date=YYYY-MM-DD`, today
// in Bishkek by default), the value of each parameter in force then, and
// which values are earlier or later. The page reads without this script:
// every period is listed with its dates.
const main = document.querySelector("main");
const input = document.getElementById("rules-date");
const note = document.getElementById("rules-date-note");

function today() {
  // Bishkek is UTC+6 all year.
  return new Date(Date.now() + 6 * 3600 * 1000).toISOString().slice(0, 10);
}

function shown(iso) {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

function mark(iso) {
  for (const article of document.querySelectorAll("article.param")) {
    let found = false;
    for (const li of article.querySelectorAll("li.period")) {
      const from = li.dataset.from;
      const until = li.dataset.until;
      const state = iso < from ? "later" : until && iso > until ? "earlier" : "now";
      li.dataset.state = state;
      li.classList.toggle("now", state === "now");
      if (state === "now") {
        li.setAttribute("aria-current", "date");
        found = true;
      } else {
        li.removeAttribute("aria-current");
      }
      li.querySelector(".state").textContent = `${main.dataset[state]} · `;
    }
    article.querySelector(".none").hidden = found;
  }
  note.textContent = main.dataset.on.replace("{date}", shown(iso));
}

function choose(iso, push) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return;
  input.value = iso;
  mark(iso);
  if (push) {
    const url = new URL(location.href);
    url.searchParams.set("date", iso);
    history.replaceState(null, "", url);
  }
}

const asked = new URLSearchParams(location.search).get("date");
choose(asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today(), false);
input.addEventListener("change", () => choose(input.value, true));

// The language links keep the date and the value asked for.
for (const a of document.querySelectorAll("nav.langs a")) {
  a.addEventListener("click", () => {
    const url = new URL(a.href);
    url.search = location.search;
    url.hash = location.hash;
    a.href = url.href;
  });
}
