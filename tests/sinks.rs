//! Loopback sinks for alert delivery: a minimal SMTP server and a minimal
//! HTTP server that record what they receive. The HTTP one can answer 500
//! to its first requests, to show a delivery kept for the next run.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Value;

/// An SMTP server on 127.0.0.1 that accepts every message, and every
/// AUTH PLAIN login (kept, base64 as sent).
pub struct SmtpSink {
    pub port: u16,
    mails: Arc<Mutex<Vec<String>>>,
    logins: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let logins = Arc::new(Mutex::new(Vec::new()));
        let (kept, seen) = (mails.clone(), logins.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (kept, seen) = (kept.clone(), seen.clone());
                std::thread::spawn(move || smtp_session(conn, &kept, &seen));
            }
        });
        SmtpSink {
            port,
            mails,
            logins,
        }
    }

    /// The AUTH PLAIN responses received (base64 of "\0user\0password").
    pub fn logins(&self) -> Vec<String> {
        self.logins.lock().unwrap().clone()
    }

    /// Every message received: headers and body as sent.
    pub fn mails(&self) -> Vec<String> {
        self.mails.lock().unwrap().clone()
    }
}

fn smtp_session(conn: TcpStream, kept: &Mutex<Vec<String>>, logins: &Mutex<Vec<String>>) {
    let mut out = conn.try_clone().unwrap();
    let mut lines = BufReader::new(conn);
    let _ = out.write_all(b"220 sink ESMTP\r\n");
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250-sink\r\n250 AUTH PLAIN\r\n",
            "AUTH" => {
                let answer = line.trim_end().rsplit(' ').next().unwrap_or("");
                logins.lock().unwrap().push(answer.to_string());
                b"235 authenticated\r\n"
            }
            "DATA" => {
                let _ = out.write_all(b"354 go on\r\n");
                let mut mail = String::new();
                loop {
                    let mut l = String::new();
                    if lines.read_line(&mut l).unwrap_or(0) == 0 || l == ".\r\n" {
                        break;
                    }
                    mail.push_str(&l);
                }
                kept.lock().unwrap().push(mail);
                b"250 queued\r\n"
            }
            "QUIT" => {
                let _ = out.write_all(b"221 bye\r\n");
                return;
            }
            _ => b"250 ok\r\n",
        };
        let _ = out.write_all(reply);
    }
}

/// An HTTP server on 127.0.0.1 that records each POST's JSON body.
pub struct HttpSink {
    pub url: String,
    received: Arc<Mutex<Vec<Value>>>,
    answered_500: Arc<AtomicUsize>,
}

impl HttpSink {
    /// A sink that answers 500 to its first `fail_first` requests.
    pub fn start(fail_first: usize) -> HttpSink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!(
            "http://{}/hooks/T1/B2/s3cr3tPATH",
            listener.local_addr().unwrap()
        );
        let received = Arc::new(Mutex::new(Vec::new()));
        let answered_500 = Arc::new(AtomicUsize::new(0));
        let (kept, fails) = (received.clone(), answered_500.clone());
        std::thread::spawn(move || {
            let seen = AtomicUsize::new(0);
            for conn in listener.incoming().flatten() {
                let body = read_request(&conn);
                let n = seen.fetch_add(1, Ordering::SeqCst);
                let mut conn = conn;
                if n < fail_first {
                    fails.fetch_add(1, Ordering::SeqCst);
                    let _ = conn.write_all(
                        b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    );
                } else {
                    kept.lock().unwrap().push(body);
                    let _ = conn.write_all(
                        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                    );
                }
            }
        });
        HttpSink {
            url,
            received,
            answered_500,
        }
    }

    /// The JSON bodies of the requests answered 200.
    pub fn received(&self) -> Vec<Value> {
        self.received.lock().unwrap().clone()
    }

    pub fn answered_500(&self) -> usize {
        self.answered_500.load(Ordering::SeqCst)
    }
}

fn read_request(conn: &TcpStream) -> Value {
    let mut reader = BufReader::new(conn);
    let mut length = 0;
    loop {
        let mut l = String::new();
        if reader.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
            break;
        }
        if let Some(v) = l.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    serde_json::from_slice(&body).unwrap_or(Value::Null)
}

/// Standard base64, for comparing what a client sent.
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
