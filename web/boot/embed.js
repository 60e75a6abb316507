// Starts the calculator alone in an iframe (embed.html?lang=ky). It tells
// the embedding page one thing only: its height, so that the page can size
// the iframe. No answer and no result ever leaves the frame.
import init, { boot } from "./ukuk_web.js";

init().then(() => boot({ mode: "frame" }));

if (window.parent !== window) {
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ ukuk: "height", height }, "*");
    }
  };
  new ResizeObserver(send).observe(document.body);
}
