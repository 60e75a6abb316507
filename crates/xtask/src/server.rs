//! A small std-only static file server for web/dist (development and tests only).
//!
//! GET and HEAD, one thread per connection, `Connection: close`, correct MIME
//! types (application/wasm for .wasm, so streaming compilation works), no
//! directory listings, and no path may leave the served directory. It sends
//! the Brotli or gzip copy the build wrote beside a file (`x.br`, `x.gz`)
//! when the browser accepts it, caches content-hashed files for a year and
//! asks the browser to revalidate everything else (`index.html`, `sw.js`).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds `addr` (port 0 = any free port) and serves `root` on a background thread.
    pub fn start(root: &Path, addr: SocketAddr, log: bool) -> io::Result<Server> {
        let root = root.canonicalize()?;
        let listener = TcpListener::bind(addr).map_err(|e| io::Error::new(e.kind(), format!("cannot listen on {addr}: {e}")))?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = Arc::clone(&stop);
        let handle = thread::Builder::new().name("static-server".into()).spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                let _ = thread::Builder::new().name("static-conn".into()).spawn(move || {
                    if let Err(e) = handle_connection(stream, &root, log) {
                        if log && e.kind() != io::ErrorKind::WouldBlock && e.kind() != io::ErrorKind::TimedOut {
                            eprintln!("server: {e}");
                        }
                    }
                });
            }
        })?;
        Ok(Server { addr, stop, handle: Some(handle) })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Blocks until the server stops (for `cargo xtask serve`: until Ctrl-C).
    pub fn wait(mut self) {
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }

    /// Stops accepting connections and waits for the accept loop to end.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(h) = self.handle.take() {
            self.stop.store(true, Ordering::SeqCst);
            // Wake the blocking accept() so it sees the flag.
            let mut wake = self.addr;
            if wake.ip().is_unspecified() {
                wake.set_ip(if wake.is_ipv4() { [127, 0, 0, 1].into() } else { std::net::Ipv6Addr::LOCALHOST.into() });
            }
            let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
            let _ = h.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn handle_connection(stream: TcpStream, root: &Path, log: bool) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    if reader.by_ref().take(8192).read_line(&mut request_line)? == 0 {
        return Ok(()); // connection closed without a request (e.g. the shutdown wake-up)
    }
    // Read the headers (bounded), up to the blank line; keep Accept-Encoding.
    let mut header_bytes = 0usize;
    let mut accept_encoding = String::new();
    loop {
        let mut line = String::new();
        let n = reader.by_ref().take(8192).read_line(&mut line)?;
        header_bytes += n;
        if n == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accept_encoding = value.trim().to_ascii_lowercase();
            }
        }
        if header_bytes > 64 * 1024 {
            return respond_error(stream, 431, "Request Header Fields Too Large", false);
        }
    }

    let mut parts = request_line.split_whitespace();
    let (method, target) = match (parts.next(), parts.next()) {
        (Some(m), Some(t)) => (m.to_string(), t.to_string()),
        _ => return respond_error(stream, 400, "Bad Request", false),
    };
    let head = method == "HEAD";
    if method != "GET" && !head {
        return respond(
            stream,
            405,
            "Method Not Allowed",
            "text/plain; charset=utf-8",
            b"405 Method Not Allowed\n",
            false,
            &[("Allow", "GET, HEAD"), ("Cache-Control", "no-cache")],
        );
    }

    let (status, result) = match resolve(root, &target) {
        Some(path) => {
            let mime = mime_type(&path);
            let cache = cache_control(&path);
            // The precompressed copy the browser accepts, Brotli first.
            let copy = [("br", "br"), ("gzip", "gz")].into_iter().find_map(|(coding, ext)| {
                let accepted = accept_encoding.split(',').any(|c| {
                    let mut parts = c.split(';');
                    parts.next().map(str::trim) == Some(coding) && !parts.any(|q| q.trim() == "q=0")
                });
                let file = PathBuf::from(format!("{}.{ext}", path.display()));
                (accepted && file.is_file()).then_some((coding, file))
            });
            let compressible = ["br", "gz"].iter().any(|ext| PathBuf::from(format!("{}.{ext}", path.display())).is_file());
            let vary: &[(&str, &str)] = if compressible { &[("Vary", "Accept-Encoding")] } else { &[] };
            match copy {
                Some((coding, file)) => match std::fs::read(&file) {
                    Ok(body) => {
                        let extra = [("Cache-Control", cache), ("Content-Encoding", coding), ("Vary", "Accept-Encoding")];
                        (200, respond(stream, 200, "OK", mime, &body, head, &extra))
                    }
                    Err(_) => (404, respond_error(stream, 404, "Not Found", head)),
                },
                None => match std::fs::read(&path) {
                    Ok(body) => {
                        let mut extra = vec![("Cache-Control", cache)];
                        extra.extend_from_slice(vary);
                        (200, respond(stream, 200, "OK", mime, &body, head, &extra))
                    }
                    Err(_) => (404, respond_error(stream, 404, "Not Found", head)),
                },
            }
        }
        None => (404, respond_error(stream, 404, "Not Found", head)),
    };
    if log {
        println!("{method} {target} {status}");
    }
    result
}

/// Maps a request target to a file below `root`, or None (-> 404).
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    let mut full = root.to_path_buf();
    for component in Path::new(decoded.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => full.push(part),
            Component::CurDir => {}
            // `..`, absolute paths, prefixes: never leave root.
            _ => return None,
        }
    }
    if full.is_dir() {
        full.push("index.html");
    }
    // Symlinks could still point outside: check the real path.
    let real = full.canonicalize().ok()?;
    (real.starts_with(root) && real.is_file()).then_some(real)
}

/// The Content-Security-Policy every response carries (as
/// `web/nginx/ukuk.conf` sends it): only this site's own files, WebAssembly
/// compiled from them, no inline script or style.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; \
                       img-src 'self' data:; worker-src 'self'; base-uri 'none'; form-action 'none'";

/// A year for a content-hashed file (`name.<10 hex>.ext`: its name changes
/// with its content), and revalidation for everything else.
pub fn cache_control(path: &Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let hashed = name.split('.').rev().nth(1).is_some_and(|h| h.len() == 10 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let decoded = String::from_utf8(out).ok()?;
    (!decoded.contains('\0') && !decoded.contains('\\')).then_some(decoded)
}

pub fn mime_type(path: &Path) -> &'static str {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn respond_error(stream: TcpStream, code: u16, reason: &str, head: bool) -> io::Result<()> {
    let body = format!("{code} {reason}\n");
    respond(stream, code, reason, "text/plain; charset=utf-8", body.as_bytes(), head, &[("Cache-Control", "no-cache")])
}

#[allow(clippy::too_many_arguments)]
fn respond(
    mut stream: TcpStream,
    code: u16,
    reason: &str,
    content_type: &str,
    body: &[u8],
    head: bool,
    extra: &[(&str, &str)],
) -> io::Result<()> {
    let mut header = format!(
        "HTTP/1.1 {code} {reason}\r\n\
         Content-Type: {content_type}\r\n\
         Content-Length: {}\r\n\
         X-Content-Type-Options: nosniff\r\n\
         Referrer-Policy: no-referrer\r\n\
         Content-Security-Policy: {CSP}\r\n\
         Access-Control-Allow-Origin: *\r\n\
         Connection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        header.push_str(&format!("{name}: {value}\r\n"));
    }
    header.push_str("\r\n");
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()?;
    // Half-close and drain briefly so the client sees the whole response, not a reset.
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let _ = io::copy(&mut stream.take(64 * 1024), &mut io::sink());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(addr: SocketAddr, target: &str) -> String {
        get_with(addr, target, "")
    }

    fn get_with(addr: SocketAddr, target: &str, headers: &str) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\n{headers}\r\n").unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The development server and the nginx configuration send one policy.
    #[test]
    fn nginx_sends_the_same_csp() {
        let conf = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/nginx/ukuk.conf")).unwrap();
        let lines: Vec<&str> = conf.lines().filter(|l| l.contains("Content-Security-Policy")).collect();
        assert_eq!(lines.len(), 2, "one per location");
        for l in lines {
            assert!(l.contains(&format!("\"{CSP}\"")), "{l}");
        }
        // <ukuk-calculator> on another site loads the app's files with CORS.
        let cors = conf.lines().filter(|l| l.trim() == "add_header Access-Control-Allow-Origin \"*\" always;").count();
        assert_eq!(cors, 2, "Access-Control-Allow-Origin in both locations");
    }

    #[test]
    fn sends_the_accepted_copy_and_caches_hashed_files() {
        let dir = std::env::temp_dir().join(format!("xtask-server-enc-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<h1>hi</h1>").unwrap();
        std::fs::write(dir.join("app.0123456789.js"), "plain").unwrap();
        std::fs::write(dir.join("app.0123456789.js.br"), "BR").unwrap();
        std::fs::write(dir.join("app.0123456789.js.gz"), "GZ").unwrap();
        let server = Server::start(&dir, "127.0.0.1:0".parse().unwrap(), false).unwrap();
        let addr = server.addr();
        let r = get_with(addr, "/app.0123456789.js", "Accept-Encoding: gzip, deflate, br\r\n");
        assert!(r.contains("Content-Encoding: br\r\n") && r.ends_with("BR"), "{r}");
        assert!(r.contains("Cache-Control: public, max-age=31536000, immutable\r\n"), "{r}");
        assert!(r.contains("Vary: Accept-Encoding\r\n"));
        assert!(r.contains("Content-Type: text/javascript; charset=utf-8\r\n"));
        let r = get_with(addr, "/app.0123456789.js", "accept-encoding: gzip\r\n");
        assert!(r.contains("Content-Encoding: gzip\r\n") && r.ends_with("GZ"), "{r}");
        let r = get_with(addr, "/app.0123456789.js", "Accept-Encoding: br;q=0, identity\r\n");
        assert!(!r.contains("Content-Encoding") && r.ends_with("plain"), "{r}");
        let r = get(addr, "/");
        assert!(r.contains("Cache-Control: no-cache\r\n"), "{r}");
        assert!(r.contains("Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"), "{r}");
        assert_eq!(cache_control(Path::new("sw.js")), "no-cache");
        assert_eq!(cache_control(Path::new("i18n/ru.abcdef0123.ftl")), "public, max-age=31536000, immutable");
        server.stop();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn mime_types() {
        assert_eq!(mime_type(Path::new("a/ukuk_web_bg.wasm")), "application/wasm");
        assert_eq!(mime_type(Path::new("ukuk_web.js")), "text/javascript; charset=utf-8");
        assert_eq!(mime_type(Path::new("index.HTML")), "text/html; charset=utf-8");
        assert_eq!(mime_type(Path::new("style.css")), "text/css; charset=utf-8");
        assert_eq!(mime_type(Path::new("noext")), "application/octet-stream");
    }

    #[test]
    fn serves_files_and_refuses_escapes() {
        let dir = std::env::temp_dir().join(format!("xtask-server-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("www/sub")).unwrap();
        std::fs::write(dir.join("www/index.html"), "<h1>hi</h1>").unwrap();
        std::fs::write(dir.join("www/sub/a b.wasm"), [0u8, 97, 115, 109]).unwrap();
        std::fs::write(dir.join("secret.txt"), "secret").unwrap();

        let server = Server::start(&dir.join("www"), "127.0.0.1:0".parse().unwrap(), false).unwrap();
        let addr = server.addr();

        let r = get(addr, "/");
        assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
        assert!(r.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(r.ends_with("<h1>hi</h1>"));

        let r = get(addr, "/sub/a%20b.wasm?v=123");
        assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
        assert!(r.contains("Content-Type: application/wasm\r\n"));
        assert!(r.contains("Content-Length: 4\r\n"));

        for bad in ["/../secret.txt", "/sub/../../secret.txt", "/%2e%2e/secret.txt", "/missing.js", "/sub"] {
            let r = get(addr, bad);
            assert!(r.starts_with("HTTP/1.1 404"), "{bad}: {r}");
        }

        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "POST / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut r = String::new();
        s.read_to_string(&mut r).unwrap();
        assert!(r.starts_with("HTTP/1.1 405"), "{r}");

        server.stop();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
