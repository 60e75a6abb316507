// Starts the app on its own page (index.html). `cargo xtask build` gives
// the imported glue script its content-hashed name.
import init, { boot } from "./ukuk_web.js";

// On a slow connection the first screen says that the calculator is on its
// way (its question can be answered meanwhile); the app removes it as it starts.
const slow = setTimeout(() => {
  const line = document.getElementById("first-loading");
  if (line) line.hidden = false;
}, 500);

init().then(() => {
  clearTimeout(slow);
  boot({ mode: "page" });
});

// Keeps the app's own files for offline use (sw.js); never on file://.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register(new URL("sw.js", import.meta.url)).catch(() => {});
}
