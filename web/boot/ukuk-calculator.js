// <ukuk-calculator lang="ru" date="2026-06-01"></ukuk-calculator>: the whole
// calculator on a host page, in a shadow root with its own styles. It loads
// only its own files, from where this script came, and fires `ukuk-result`
// (detail: {input, result}, the contract's household and result) after each
// change. The host page can read everything the family types: for a host
// that must not, use the iframe (embed.html). It loads the app built for
// elements (`ukuk_element`, with the event's result), not the page's.
// `cargo xtask build` fills in the file names below.
import init, { boot } from "./ukuk_element.js";

const HERE = new URL(".", import.meta.url).href;
const STYLE = "element.css";
const TEXTS = "/*TEXTS*/";
let started = null;

class UkukCalculator extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL(STYLE, HERE).href;
    const root = document.createElement("div");
    root.className = "ukuk-root";
    shadow.append(style, root);
    if (started) {
      root.textContent = "Ukuk: one <ukuk-calculator> per page.";
      return;
    }
    started = init().then(() =>
      boot({
        mode: "element",
        root,
        base: HERE,
        lang: this.getAttribute("lang"),
        date: this.getAttribute("date"),
        texts: TEXTS,
        onresult: (detail) => this.dispatchEvent(new CustomEvent("ukuk-result", { detail, bubbles: true, composed: true })),
      }),
    );
  }
}

if (!customElements.get("ukuk-calculator")) {
  customElements.define("ukuk-calculator", UkukCalculator);
}
