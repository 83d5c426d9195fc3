//! The hostile test kit: loopback servers that misbehave on purpose
//! (redirect, drip, flood, echo what they were sent), and named stop points
//! that kill a run between two steps (`WABA_STOP_AT`, built into debug
//! builds only).
//!
//! Every server binds 127.0.0.1:0, serves from its own threads, and bounds
//! what it sends, so a test that goes wrong ends instead of hanging.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the server does with each request.
#[derive(Clone)]
pub enum Act {
    /// Answers `status` with `body`, in which `{auth}` becomes the
    /// Authorization header received and `{request}` the request's head
    /// and body (an echo, as some servers put it in their errors).
    Answer {
        status: u16,
        headers: Vec<(String, String)>,
        body: String,
    },
    /// A redirect to `location`.
    Redirect(String),
    /// Headers announcing 1,000 bytes, then one byte every `every`
    /// (at most 1,000), for as long as the client listens.
    Drip(Duration),
    /// An answer of `announced` bytes (`None`: chunked, no length) that
    /// streams zeros, at most 80 MiB, until the client hangs up.
    Flood(Option<u64>),
    /// A page of a Graph list whose next-page cursor is new every time:
    /// a list without end.
    Endless,
}

pub struct Hostile {
    pub url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Hostile {
    pub fn start(act: Act) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (act, seen) = (act.clone(), seen.clone());
                std::thread::spawn(move || serve(conn, &act, &seen));
            }
        });
        Hostile { url, requests }
    }

    /// A JSON answer with the given status.
    pub fn json(status: u16, body: &str) -> Hostile {
        Hostile::start(Act::Answer {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.into(),
        })
    }

    /// Each request received: its head and body as text.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    pub fn hits(&self) -> usize {
        self.requests.lock().unwrap().len()
    }
}

fn read_request(conn: &TcpStream) -> Option<String> {
    conn.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut reader = BufReader::new(conn);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        head.push_str(&line);
        if line == "\r\n" {
            break;
        }
    }
    let len = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0; len.min(1 << 20)];
    reader.read_exact(&mut body).ok()?;
    Some(head + &String::from_utf8_lossy(&body))
}

fn serve(mut conn: TcpStream, act: &Act, seen: &Mutex<Vec<String>>) {
    let Some(request) = read_request(&conn) else {
        return;
    };
    seen.lock().unwrap().push(request.clone());
    let auth = request
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("authorization")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    match act {
        Act::Answer {
            status,
            headers,
            body,
        } => {
            let body = body
                .replace("{auth}", &json_escape(&auth))
                .replace("{request}", &json_escape(&request));
            let mut head = format!(
                "HTTP/1.1 {status} Whatever\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            let _ = conn.write_all(format!("{head}\r\n{body}").as_bytes());
        }
        Act::Redirect(location) => {
            let _ = conn.write_all(
                format!(
                    "HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
                .as_bytes(),
            );
        }
        Act::Drip(every) => {
            let _ = conn.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
            );
            for _ in 0..1000 {
                if conn.write_all(b" ").and_then(|_| conn.flush()).is_err() {
                    return;
                }
                std::thread::sleep(*every);
            }
        }
        Act::Endless => {
            let n = seen.lock().unwrap().len();
            let body = format!(
                r#"{{"data":[{{"id":"1{n:014}","name":"WABA {n}"}}],"paging":{{"cursors":{{"after":"c{n}"}},"next":"elsewhere"}}}}"#
            );
            let _ = conn.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                )
                .as_bytes(),
            );
        }
        Act::Flood(announced) => {
            let head = match announced {
                Some(n) => format!("HTTP/1.1 200 OK\r\nContent-Length: {n}\r\n\r\n"),
                None => "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_string(),
            };
            let _ = conn.write_all(head.as_bytes());
            let chunk = vec![b'0'; 1 << 20];
            for _ in 0..80 {
                let sent = match announced {
                    Some(_) => conn.write_all(&chunk),
                    None => conn
                        .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                        .and_then(|_| conn.write_all(&chunk))
                        .and_then(|_| conn.write_all(b"\r\n")),
                };
                if sent.is_err() {
                    return;
                }
            }
        }
    }
}

fn json_escape(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap();
    quoted[1..quoted.len() - 1].to_string()
}

/// An SMTP server that refuses every login, echoing the AUTH line it was
/// sent (base64 of the user and password) in its refusal.
pub struct EchoingSmtp {
    pub port: u16,
}

impl EchoingSmtp {
    pub fn start() -> EchoingSmtp {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                std::thread::spawn(move || smtp_refusing(conn));
            }
        });
        EchoingSmtp { port }
    }
}

fn smtp_refusing(conn: TcpStream) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
    let mut out = conn.try_clone().unwrap();
    let mut lines = BufReader::new(conn);
    let _ = out.write_all(b"220 echo ESMTP\r\n");
    let started = Instant::now();
    let mut line = String::new();
    while started.elapsed() < Duration::from_secs(20) {
        line.clear();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply = match verb.as_str() {
            "EHLO" | "HELO" => "250-echo\r\n250 AUTH PLAIN LOGIN\r\n".to_string(),
            "AUTH" => format!("535 5.7.8 refused: {}\r\n", line.trim_end()),
            "QUIT" => {
                let _ = out.write_all(b"221 bye\r\n");
                return;
            }
            _ => "250 ok\r\n".to_string(),
        };
        let _ = out.write_all(reply.as_bytes());
    }
}
