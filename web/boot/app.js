// Starts the app on its own page (index.html). `cargo xtask build` gives
// the imported glue script its content-hashed name.
import init, { boot } from "./ukuk_web.js";

init().then(() => boot({ mode: "page" }));

// Keeps the app's own files for offline use (sw.js); never on file://.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register(new URL("sw.js", import.meta.url)).catch(() => {});
}
