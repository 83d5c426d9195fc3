
use builtin;
use str;

set edit:completion:arg-completer[waba] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'waba'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'waba'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Store, inspect and remove a profile''s access token'
            cand profile 'Named profiles: a WABA, an API version, a Graph URL, output defaults'
            cand numbers 'Phone numbers: list, show, add, and the health of every number'
            cand templates 'Message templates: list, show, create, edit, delete, lint, and keep them as code'
            cand migrate-number 'Move a number from another WABA to this one on Cloud API: the guided, resumable wizard'
            cand request-code 'Ask Meta to send a 6-digit verification code to a number (SMS or voice call)'
            cand verify-code 'Confirm ownership of a number with the code Meta sent to it'
            cand register 'Register a verified number for Cloud API messaging, with its two-step PIN'
            cand deregister 'Deregister a number from Cloud API (it stays in the WABA)'
            cand set-pin 'Set a number''s two-step verification PIN'
            cand balance 'The WABA''s prepaid balance: what is left, its status and forecast; adjust it'
            cand topup 'Top up the WABA''s balance by card; its history and receipts'
            cand payment 'The card charged for the WABA''s top-ups (a Stripe customer and card)'
            cand wabas 'The WABAs a profile reaches, and the apps subscribed to their webhooks'
            cand autorecharge 'Top the balance up by card, without asking, when it falls below a threshold'
            cand alerts 'Email or webhook alerts when the balance falls below a threshold'
            cand usage 'Spend by day, category, country or phone, from Meta''s analytics'
            cand invoices 'Monthly statements: opening balance, top-ups, spend, closing balance'
            cand pricing 'The dated rate card: show it, estimate a send, import rates'
            cand store 'The local state store (ledger, counters, progress)'
            cand sandbox 'The offline sandbox: serve it to scripts, or reset it'
            cand api 'Make a raw Graph API call with the profile''s token (like `gh api`)'
            cand completions 'Print a shell completion script'
            cand generate-assets 'Regenerate completions/ and man/ (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;auth'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store an access token for the profile (hidden prompt, or --with-token from stdin)'
            cand status 'Inspect the token with Meta''s debug_token: validity, expiry, scopes, WABAs'
            cand logout 'Remove the profile''s stored token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;auth;login'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --with-token 'Read the token from standard input instead of prompting'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;auth;status'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;auth;logout'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;auth;help'= {
            cand login 'Store an access token for the profile (hidden prompt, or --with-token from stdin)'
            cand status 'Inspect the token with Meta''s debug_token: validity, expiry, scopes, WABAs'
            cand logout 'Remove the profile''s stored token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;auth;help;login'= {
        }
        &'waba;auth;help;status'= {
        }
        &'waba;auth;help;logout'= {
        }
        &'waba;auth;help;help'= {
        }
        &'waba;profile'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a profile from --waba, --api-version and --graph-url'
            cand list 'List profiles'
            cand ls 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show the settings in effect and where each one comes from'
            cand set 'Change one setting of a profile, keeping its token'
            cand remove 'Remove a profile and its stored token (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;profile;add'= {
            cand --business 'Business portfolio id whose WABAs the profile covers'
            cand --app-id 'The Meta app id of the token, for uploading template media samples'
            cand --default-output 'The output format the profile''s commands use by default (the global --output formats this command''s own answer only)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --use 'Make it the default profile'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;list'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;ls'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;use'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;show'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;set'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --unset 'Remove the setting instead'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;remove'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;help'= {
            cand add 'Create a profile from --waba, --api-version and --graph-url'
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show the settings in effect and where each one comes from'
            cand set 'Change one setting of a profile, keeping its token'
            cand remove 'Remove a profile and its stored token (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;profile;help;add'= {
        }
        &'waba;profile;help;list'= {
        }
        &'waba;profile;help;use'= {
        }
        &'waba;profile;help;show'= {
        }
        &'waba;profile;help;set'= {
        }
        &'waba;profile;help;remove'= {
        }
        &'waba;profile;help;help'= {
        }
        &'waba;numbers'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the WABA''s phone numbers'
            cand ls 'List the WABA''s phone numbers'
            cand show 'Show one number in detail, with two-step verification and health'
            cand add 'Add a brand-new number to the WABA under a display name'
            cand health 'Status, quality, limit and sending health of every number, worst first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;numbers;list'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;ls'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;show'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;add'= {
            cand --name 'The display name customers see; Meta reviews it'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --as-branded 'The name is written exactly as the business brands itself: Meta''s formatting rules (capitals, punctuation) become warnings'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;health'= {
            cand --jobs 'With --all: how many WABAs to read at once'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --all 'Every number of every WABA of every profile (or of --profile''s)'
            cand --check 'Exit 10 when a number is blocked, RED or disconnected (for cron)'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;help'= {
            cand list 'List the WABA''s phone numbers'
            cand show 'Show one number in detail, with two-step verification and health'
            cand add 'Add a brand-new number to the WABA under a display name'
            cand health 'Status, quality, limit and sending health of every number, worst first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;numbers;help;list'= {
        }
        &'waba;numbers;help;show'= {
        }
        &'waba;numbers;help;add'= {
        }
        &'waba;numbers;help;health'= {
        }
        &'waba;numbers;help;help'= {
        }
        &'waba;templates'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the WABA''s templates, every page'
            cand ls 'List the WABA''s templates, every page'
            cand show 'Show a template''s header, body, footer and buttons (every language, or one)'
            cand create 'Create a template from a file (Meta''s create body), or a text one from flags'
            cand edit 'Replace a template''s components (and a rejected or paused one''s category) from a file'
            cand delete 'Delete a template: every language of a name, or one with --id'
            cand lint 'Check template files against Meta''s rules, without sending anything'
            cand pull 'Write every template to DIR, one file per name and language'
            cand push 'Make the WABA match DIR: show the plan, then create and edit'
            cand copy 'Copy templates to another WABA (all approved ones, or those named)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;templates;list'= {
            cand --status 'Only this status'
            cand --category 'Only this category'
            cand --language 'Only this language, like en_US'
            cand --name 'Only names containing this'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;ls'= {
            cand --status 'Only this status'
            cand --category 'Only this category'
            cand --language 'Only this language, like en_US'
            cand --name 'Only names containing this'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;show'= {
            cand --language 'Only this language, like en_US'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;create'= {
            cand --file 'The template file (YAML or JSON)'
            cand --name 'Template name (lowercase letters, digits and _)'
            cand --language 'Language code, like en_US'
            cand --category 'marketing, utility or authentication'
            cand --header 'Header text (at most one placeholder)'
            cand --body 'Body text, with {{1}}, {{2}}… placeholders'
            cand --footer 'Footer text'
            cand --example 'An example value for the next body placeholder; repeat in order'
            cand --header-example 'An example value for the header placeholder'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --no-lint 'Send even if lint finds errors (Meta will judge)'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;edit'= {
            cand --file 'The template file (YAML or JSON)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --no-lint 'Send even if lint finds errors (Meta will judge)'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;delete'= {
            cand --id 'Delete only the template with this id (one language)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;lint'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;pull'= {
            cand --format 'File format'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --force 'Replace local files that differ from the WABA''s version'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;push'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --prune 'Delete templates that are at Meta but not in DIR'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;copy'= {
            cand --to-waba 'The WABA to copy to'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;help'= {
            cand list 'List the WABA''s templates, every page'
            cand show 'Show a template''s header, body, footer and buttons (every language, or one)'
            cand create 'Create a template from a file (Meta''s create body), or a text one from flags'
            cand edit 'Replace a template''s components (and a rejected or paused one''s category) from a file'
            cand delete 'Delete a template: every language of a name, or one with --id'
            cand lint 'Check template files against Meta''s rules, without sending anything'
            cand pull 'Write every template to DIR, one file per name and language'
            cand push 'Make the WABA match DIR: show the plan, then create and edit'
            cand copy 'Copy templates to another WABA (all approved ones, or those named)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;templates;help;list'= {
        }
        &'waba;templates;help;show'= {
        }
        &'waba;templates;help;create'= {
        }
        &'waba;templates;help;edit'= {
        }
        &'waba;templates;help;delete'= {
        }
        &'waba;templates;help;lint'= {
        }
        &'waba;templates;help;pull'= {
        }
        &'waba;templates;help;push'= {
        }
        &'waba;templates;help;copy'= {
        }
        &'waba;templates;help;help'= {
        }
        &'waba;migrate-number'= {
            cand --from-waba 'The WABA the number is in now, for the preflight checks'
            cand --code-method 'How Meta sends the code [default: sms, or what the saved progress used]'
            cand --language 'Language of the code message, like en_US'
            cand --code 'The 6-digit code the phone received'
            cand --pin 'The two-step verification PIN to register with (6 digits)'
            cand --region 'Turn on local storage in this region when registering'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --two-step-disabled 'Confirm that two-step verification is off on the source number (when waba cannot read it)'
            cand --status 'Show the saved progress and change nothing'
            cand --abort 'Forget the saved progress (nothing at Meta is undone)'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;request-code'= {
            cand --code-method 'How Meta sends the code'
            cand --language 'Language of the code message, like en_US'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;verify-code'= {
            cand --code 'The 6-digit code (asked for when missing)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;register'= {
            cand --pin 'The two-step verification PIN, 6 digits (asked for, hidden, when missing)'
            cand --region 'Turn on local storage in this region (data_localization_region)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;deregister'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;set-pin'= {
            cand --pin 'The new PIN, 6 digits (asked for twice, hidden, when missing)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;balance'= {
            cand --jobs 'With --all: how many batch requests to Meta at once, each reading up to 50 WABAs'' spend'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --check 'Exit 8 when the balance is low, 9 when exhausted (for cron)'
            cand --no-sync 'Answer from the spend already synced: no call to Meta (with --all, a business''s WABAs are still listed)'
            cand --all 'Every WABA of every profile (or of --profile''s), in one table'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand adjust 'Record a credit or a debit: an opening balance, a reconciliation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;balance;adjust'= {
            cand --credit 'Add this amount to the balance'
            cand --debit 'Take this amount from the balance'
            cand --reason 'Why: kept with the record'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;balance;help'= {
            cand adjust 'Record a credit or a debit: an opening balance, a reconciliation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;balance;help;adjust'= {
        }
        &'waba;balance;help;help'= {
        }
        &'waba;topup'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand history 'Past top-ups of the WABA, newest first, with their receipts'
            cand receipt 'A printable receipt of one top-up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;topup;history'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;topup;receipt'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;topup;help'= {
            cand history 'Past top-ups of the WABA, newest first, with their receipts'
            cand receipt 'A printable receipt of one top-up'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;topup;help;history'= {
        }
        &'waba;topup;help;receipt'= {
        }
        &'waba;topup;help;help'= {
        }
        &'waba;payment'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the Stripe customer and card charged for this WABA''s top-ups'
            cand show 'The customer and card charged for this WABA''s top-ups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;payment;set'= {
            cand --customer 'The Stripe customer (`cus_…`)'
            cand --card 'The saved card, a PaymentMethod (`pm_…`) of that customer'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;payment;show'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;payment;help'= {
            cand set 'Set the Stripe customer and card charged for this WABA''s top-ups'
            cand show 'The customer and card charged for this WABA''s top-ups'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;payment;help;set'= {
        }
        &'waba;payment;help;show'= {
        }
        &'waba;payment;help;help'= {
        }
        &'waba;wabas'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Name, currency, review status and number count of each WABA'
            cand ls 'Name, currency, review status and number count of each WABA'
            cand subscriptions 'The apps subscribed to the WABA''s webhooks; subscribe or unsubscribe'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;wabas;list'= {
            cand --business 'A business portfolio id [default: the profile''s business]'
            cand --jobs 'How many WABAs'' numbers to count at once'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;wabas;ls'= {
            cand --business 'A business portfolio id [default: the profile''s business]'
            cand --jobs 'How many WABAs'' numbers to count at once'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;wabas;subscriptions'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The apps subscribed to the WABA''s webhooks'
            cand subscribe 'Subscribe the token''s app to the WABA''s webhooks'
            cand unsubscribe 'Unsubscribe the token''s app from the WABA''s webhooks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;wabas;subscriptions;show'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;wabas;subscriptions;subscribe'= {
            cand --callback-url 'Send this WABA''s webhooks to this https URL instead of the app''s'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;wabas;subscriptions;unsubscribe'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;wabas;subscriptions;help'= {
            cand show 'The apps subscribed to the WABA''s webhooks'
            cand subscribe 'Subscribe the token''s app to the WABA''s webhooks'
            cand unsubscribe 'Unsubscribe the token''s app from the WABA''s webhooks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;wabas;subscriptions;help;show'= {
        }
        &'waba;wabas;subscriptions;help;subscribe'= {
        }
        &'waba;wabas;subscriptions;help;unsubscribe'= {
        }
        &'waba;wabas;subscriptions;help;help'= {
        }
        &'waba;wabas;help'= {
            cand list 'Name, currency, review status and number count of each WABA'
            cand subscriptions 'The apps subscribed to the WABA''s webhooks; subscribe or unsubscribe'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;wabas;help;list'= {
        }
        &'waba;wabas;help;subscriptions'= {
            cand show 'The apps subscribed to the WABA''s webhooks'
            cand subscribe 'Subscribe the token''s app to the WABA''s webhooks'
            cand unsubscribe 'Unsubscribe the token''s app from the WABA''s webhooks'
        }
        &'waba;wabas;help;subscriptions;show'= {
        }
        &'waba;wabas;help;subscriptions;subscribe'= {
        }
        &'waba;wabas;help;subscriptions;unsubscribe'= {
        }
        &'waba;wabas;help;help'= {
        }
        &'waba;autorecharge'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The WABA''s auto-recharge rule, its state, and its last recharge'
            cand enable 'Recharge AMOUNT whenever the balance falls below a threshold'
            cand disable 'Stop recharging automatically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;autorecharge;show'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;autorecharge;enable'= {
            cand --below 'Recharge when the balance is below this (strictly)'
            cand --amount 'How much to credit each time (the fee is added to the charge)'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;autorecharge;disable'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;autorecharge;help'= {
            cand show 'The WABA''s auto-recharge rule, its state, and its last recharge'
            cand enable 'Recharge AMOUNT whenever the balance falls below a threshold'
            cand disable 'Stop recharging automatically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;autorecharge;help;show'= {
        }
        &'waba;autorecharge;help;enable'= {
        }
        &'waba;autorecharge;help;disable'= {
        }
        &'waba;autorecharge;help;help'= {
        }
        &'waba;alerts'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The WABA''s alert rule, its targets, and what waits to be delivered'
            cand enable 'Notify TARGETs when the balance falls below a threshold'
            cand disable 'Stop alerting'
            cand test 'Send a test message to every target now, and report each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;alerts;show'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;alerts;enable'= {
            cand --below 'Alert when the balance is below this (strictly)'
            cand --notify 'An email address or https URL; repeat for several'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --add 'Keep the current targets and add these (else they are replaced)'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;alerts;disable'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;alerts;test'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;alerts;help'= {
            cand show 'The WABA''s alert rule, its targets, and what waits to be delivered'
            cand enable 'Notify TARGETs when the balance falls below a threshold'
            cand disable 'Stop alerting'
            cand test 'Send a test message to every target now, and report each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;alerts;help;show'= {
        }
        &'waba;alerts;help;enable'= {
        }
        &'waba;alerts;help;disable'= {
        }
        &'waba;alerts;help;test'= {
        }
        &'waba;alerts;help;help'= {
        }
        &'waba;usage'= {
            cand --from 'First day, YYYY-MM-DD [default: 29 days before today]'
            cand --to 'Last day, YYYY-MM-DD [default: today]'
            cand --by 'One row per day, category, country or phone number'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --no-sync 'Answer from the spend already synced: no call to Meta'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;invoices'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --no-sync 'Answer from the spend already synced: no call to Meta'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The pricing rules and the rates in force on a day'
            cand estimate 'What sending some messages would cost'
            cand import 'Load rates from a CSV file (the format is in the README)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;pricing;show'= {
            cand --country 'Only this market (ISO 3166 code, e.g. ES)'
            cand --at 'The day, YYYY-MM-DD [default: today]'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;estimate'= {
            cand --country 'The recipients'' market (ISO 3166 code, e.g. ES)'
            cand --category 'marketing, utility, authentication, authentication_international or service'
            cand --messages 'How many delivered messages'
            cand --at 'The day, YYYY-MM-DD [default: today]'
            cand --currency 'The currency [default: the WABA''s]'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;import'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;help'= {
            cand show 'The pricing rules and the rates in force on a day'
            cand estimate 'What sending some messages would cost'
            cand import 'Load rates from a CSV file (the format is in the README)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;pricing;help;show'= {
        }
        &'waba;pricing;help;estimate'= {
        }
        &'waba;pricing;help;import'= {
        }
        &'waba;pricing;help;help'= {
        }
        &'waba;store'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Backend, location, schema version and row counts'
            cand export 'Write every row of the store to FILE (JSON, mode 0600)'
            cand import 'Load an export into this store, which must be empty'
            cand roles 'A team store''s roles in PostgreSQL (see `store grant`)'
            cand grant 'Let a database login see, or also charge, some WABAs (or all)'
            cand revoke 'Take back a login''s grants: on some WABAs, or all and its roles'
            cand access 'Who may do what on which WABA (an admin sees every login)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;store;status'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;export'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;import'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;roles'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;store;roles;init'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;roles;help'= {
            cand init 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;store;roles;help;init'= {
        }
        &'waba;store;roles;help;help'= {
        }
        &'waba;store;grant'= {
            cand --role 'What it may do'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;revoke'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;access'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;store;help'= {
            cand status 'Backend, location, schema version and row counts'
            cand export 'Write every row of the store to FILE (JSON, mode 0600)'
            cand import 'Load an export into this store, which must be empty'
            cand roles 'A team store''s roles in PostgreSQL (see `store grant`)'
            cand grant 'Let a database login see, or also charge, some WABAs (or all)'
            cand revoke 'Take back a login''s grants: on some WABAs, or all and its roles'
            cand access 'Who may do what on which WABA (an admin sees every login)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;store;help;status'= {
        }
        &'waba;store;help;export'= {
        }
        &'waba;store;help;import'= {
        }
        &'waba;store;help;roles'= {
            cand init 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will'
        }
        &'waba;store;help;roles;init'= {
        }
        &'waba;store;help;grant'= {
        }
        &'waba;store;help;revoke'= {
        }
        &'waba;store;help;access'= {
        }
        &'waba;store;help;help'= {
        }
        &'waba;sandbox'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run the sandbox as a server; its URL is the first line on stdout'
            cand reset 'Forget everything the sandbox did: back to the demo business'
            cand inbox 'The verification codes the sandbox has "sent" by SMS or voice call'
            cand outbox 'The alert emails and webhook calls the sandbox has "delivered"'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;sandbox;serve'= {
            cand --port 'Port on 127.0.0.1 (0 = any free port)'
            cand --latency-ms 'Delay every answer by this many milliseconds'
            cand --fail-rate 'Share of requests answered with a transient error 500 (0 to 1)'
            cand --fail-first 'Answer the first N requests with a transient error 500'
            cand --drop-rate 'Share of connections closed without an answer (0 to 1)'
            cand --drop-first 'Close the first N connections without an answer'
            cand --throttle-after 'Throttle every call about a WABA after its first N (Graph code 80007)'
            cand --max-page 'Put at most N items on a page, whatever `limit` asks'
            cand --wabas 'Seed N extra fleet WABAs (two numbers each)'
            cand --templates 'Fill the default WABA with generated templates up to N in all'
            cand --seed 'Seed for random faults'
            cand --inject 'Make the first call to STEP fail with a Graph error CODE[/SUBCODE], or `lost` (done, but the answer is lost), or `hang` (done, the answer held for two minutes); steps: add, request_code, verify_code, register, deregister, set_pin, get, template_create, template_delete, upload, charge. Repeatable'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;reset'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;inbox'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;outbox'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;help'= {
            cand serve 'Run the sandbox as a server; its URL is the first line on stdout'
            cand reset 'Forget everything the sandbox did: back to the demo business'
            cand inbox 'The verification codes the sandbox has "sent" by SMS or voice call'
            cand outbox 'The alert emails and webhook calls the sandbox has "delivered"'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;sandbox;help;serve'= {
        }
        &'waba;sandbox;help;reset'= {
        }
        &'waba;sandbox;help;inbox'= {
        }
        &'waba;sandbox;help;outbox'= {
        }
        &'waba;sandbox;help;help'= {
        }
        &'waba;api'= {
            cand -X 'HTTP method [default: GET, or POST with --input]'
            cand --method 'HTTP method [default: GET, or POST with --input]'
            cand -F 'A parameter key=value (query for GET and DELETE, form body for POST); repeatable'
            cand --field 'A parameter key=value (query for GET and DELETE, form body for POST); repeatable'
            cand -H 'A request header `Key: value`; repeatable (the token is the profile''s)'
            cand --header 'A request header `Key: value`; repeatable (the token is the profile''s)'
            cand --input 'Send this file''s JSON as the body (`-` for standard input); -F fields then go in the query string'
            cand --phone 'The number `{phone-number-id}` stands for: an id, or a number of the WABA'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand -i 'Show the HTTP status and the answer''s headers before its body'
            cand --include 'Show the HTTP status and the answer''s headers before its body'
            cand --paginate 'Follow paging and print every item of the edge as one JSON array'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;completions'= {
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;generate-assets'= {
            cand --dir 'Directory to write completions/ and man/ into'
            cand --profile 'Profile to use (see `waba profile list`)'
            cand --waba 'WABA id to act on'
            cand --api-version 'Graph API version [default: v25.0]'
            cand --graph-url 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')'
            cand --sandbox 'Run against the built-in offline sandbox (no Meta account needed)'
            cand --no-input 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
            cand -y 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --yes 'Answer yes to confirmations (needed with --no-input for changes)'
            cand --dry-run 'Print the HTTP request a change would send, secrets redacted, and send nothing'
            cand -v 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand --verbose 'Trace HTTP requests and responses on stderr, secrets redacted'
            cand -q 'Print only results: no notes, warnings or progress'
            cand --quiet 'Print only results: no notes, warnings or progress'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;help'= {
            cand auth 'Store, inspect and remove a profile''s access token'
            cand profile 'Named profiles: a WABA, an API version, a Graph URL, output defaults'
            cand numbers 'Phone numbers: list, show, add, and the health of every number'
            cand templates 'Message templates: list, show, create, edit, delete, lint, and keep them as code'
            cand migrate-number 'Move a number from another WABA to this one on Cloud API: the guided, resumable wizard'
            cand request-code 'Ask Meta to send a 6-digit verification code to a number (SMS or voice call)'
            cand verify-code 'Confirm ownership of a number with the code Meta sent to it'
            cand register 'Register a verified number for Cloud API messaging, with its two-step PIN'
            cand deregister 'Deregister a number from Cloud API (it stays in the WABA)'
            cand set-pin 'Set a number''s two-step verification PIN'
            cand balance 'The WABA''s prepaid balance: what is left, its status and forecast; adjust it'
            cand topup 'Top up the WABA''s balance by card; its history and receipts'
            cand payment 'The card charged for the WABA''s top-ups (a Stripe customer and card)'
            cand wabas 'The WABAs a profile reaches, and the apps subscribed to their webhooks'
            cand autorecharge 'Top the balance up by card, without asking, when it falls below a threshold'
            cand alerts 'Email or webhook alerts when the balance falls below a threshold'
            cand usage 'Spend by day, category, country or phone, from Meta''s analytics'
            cand invoices 'Monthly statements: opening balance, top-ups, spend, closing balance'
            cand pricing 'The dated rate card: show it, estimate a send, import rates'
            cand store 'The local state store (ledger, counters, progress)'
            cand sandbox 'The offline sandbox: serve it to scripts, or reset it'
            cand api 'Make a raw Graph API call with the profile''s token (like `gh api`)'
            cand completions 'Print a shell completion script'
            cand generate-assets 'Regenerate completions/ and man/ (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;help;auth'= {
            cand login 'Store an access token for the profile (hidden prompt, or --with-token from stdin)'
            cand status 'Inspect the token with Meta''s debug_token: validity, expiry, scopes, WABAs'
            cand logout 'Remove the profile''s stored token'
        }
        &'waba;help;auth;login'= {
        }
        &'waba;help;auth;status'= {
        }
        &'waba;help;auth;logout'= {
        }
        &'waba;help;profile'= {
            cand add 'Create a profile from --waba, --api-version and --graph-url'
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show the settings in effect and where each one comes from'
            cand set 'Change one setting of a profile, keeping its token'
            cand remove 'Remove a profile and its stored token (asks first)'
        }
        &'waba;help;profile;add'= {
        }
        &'waba;help;profile;list'= {
        }
        &'waba;help;profile;use'= {
        }
        &'waba;help;profile;show'= {
        }
        &'waba;help;profile;set'= {
        }
        &'waba;help;profile;remove'= {
        }
        &'waba;help;numbers'= {
            cand list 'List the WABA''s phone numbers'
            cand show 'Show one number in detail, with two-step verification and health'
            cand add 'Add a brand-new number to the WABA under a display name'
            cand health 'Status, quality, limit and sending health of every number, worst first'
        }
        &'waba;help;numbers;list'= {
        }
        &'waba;help;numbers;show'= {
        }
        &'waba;help;numbers;add'= {
        }
        &'waba;help;numbers;health'= {
        }
        &'waba;help;templates'= {
            cand list 'List the WABA''s templates, every page'
            cand show 'Show a template''s header, body, footer and buttons (every language, or one)'
            cand create 'Create a template from a file (Meta''s create body), or a text one from flags'
            cand edit 'Replace a template''s components (and a rejected or paused one''s category) from a file'
            cand delete 'Delete a template: every language of a name, or one with --id'
            cand lint 'Check template files against Meta''s rules, without sending anything'
            cand pull 'Write every template to DIR, one file per name and language'
            cand push 'Make the WABA match DIR: show the plan, then create and edit'
            cand copy 'Copy templates to another WABA (all approved ones, or those named)'
        }
        &'waba;help;templates;list'= {
        }
        &'waba;help;templates;show'= {
        }
        &'waba;help;templates;create'= {
        }
        &'waba;help;templates;edit'= {
        }
        &'waba;help;templates;delete'= {
        }
        &'waba;help;templates;lint'= {
        }
        &'waba;help;templates;pull'= {
        }
        &'waba;help;templates;push'= {
        }
        &'waba;help;templates;copy'= {
        }
        &'waba;help;migrate-number'= {
        }
        &'waba;help;request-code'= {
        }
        &'waba;help;verify-code'= {
        }
        &'waba;help;register'= {
        }
        &'waba;help;deregister'= {
        }
        &'waba;help;set-pin'= {
        }
        &'waba;help;balance'= {
            cand adjust 'Record a credit or a debit: an opening balance, a reconciliation'
        }
        &'waba;help;balance;adjust'= {
        }
        &'waba;help;topup'= {
            cand history 'Past top-ups of the WABA, newest first, with their receipts'
            cand receipt 'A printable receipt of one top-up'
        }
        &'waba;help;topup;history'= {
        }
        &'waba;help;topup;receipt'= {
        }
        &'waba;help;payment'= {
            cand set 'Set the Stripe customer and card charged for this WABA''s top-ups'
            cand show 'The customer and card charged for this WABA''s top-ups'
        }
        &'waba;help;payment;set'= {
        }
        &'waba;help;payment;show'= {
        }
        &'waba;help;wabas'= {
            cand list 'Name, currency, review status and number count of each WABA'
            cand subscriptions 'The apps subscribed to the WABA''s webhooks; subscribe or unsubscribe'
        }
        &'waba;help;wabas;list'= {
        }
        &'waba;help;wabas;subscriptions'= {
            cand show 'The apps subscribed to the WABA''s webhooks'
            cand subscribe 'Subscribe the token''s app to the WABA''s webhooks'
            cand unsubscribe 'Unsubscribe the token''s app from the WABA''s webhooks'
        }
        &'waba;help;wabas;subscriptions;show'= {
        }
        &'waba;help;wabas;subscriptions;subscribe'= {
        }
        &'waba;help;wabas;subscriptions;unsubscribe'= {
        }
        &'waba;help;autorecharge'= {
            cand show 'The WABA''s auto-recharge rule, its state, and its last recharge'
            cand enable 'Recharge AMOUNT whenever the balance falls below a threshold'
            cand disable 'Stop recharging automatically'
        }
        &'waba;help;autorecharge;show'= {
        }
        &'waba;help;autorecharge;enable'= {
        }
        &'waba;help;autorecharge;disable'= {
        }
        &'waba;help;alerts'= {
            cand show 'The WABA''s alert rule, its targets, and what waits to be delivered'
            cand enable 'Notify TARGETs when the balance falls below a threshold'
            cand disable 'Stop alerting'
            cand test 'Send a test message to every target now, and report each'
        }
        &'waba;help;alerts;show'= {
        }
        &'waba;help;alerts;enable'= {
        }
        &'waba;help;alerts;disable'= {
        }
        &'waba;help;alerts;test'= {
        }
        &'waba;help;usage'= {
        }
        &'waba;help;invoices'= {
        }
        &'waba;help;pricing'= {
            cand show 'The pricing rules and the rates in force on a day'
            cand estimate 'What sending some messages would cost'
            cand import 'Load rates from a CSV file (the format is in the README)'
        }
        &'waba;help;pricing;show'= {
        }
        &'waba;help;pricing;estimate'= {
        }
        &'waba;help;pricing;import'= {
        }
        &'waba;help;store'= {
            cand status 'Backend, location, schema version and row counts'
            cand export 'Write every row of the store to FILE (JSON, mode 0600)'
            cand import 'Load an export into this store, which must be empty'
            cand roles 'A team store''s roles in PostgreSQL (see `store grant`)'
            cand grant 'Let a database login see, or also charge, some WABAs (or all)'
            cand revoke 'Take back a login''s grants: on some WABAs, or all and its roles'
            cand access 'Who may do what on which WABA (an admin sees every login)'
        }
        &'waba;help;store;status'= {
        }
        &'waba;help;store;export'= {
        }
        &'waba;help;store;import'= {
        }
        &'waba;help;store;roles'= {
            cand init 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will'
        }
        &'waba;help;store;roles;init'= {
        }
        &'waba;help;store;grant'= {
        }
        &'waba;help;store;revoke'= {
        }
        &'waba;help;store;access'= {
        }
        &'waba;help;sandbox'= {
            cand serve 'Run the sandbox as a server; its URL is the first line on stdout'
            cand reset 'Forget everything the sandbox did: back to the demo business'
            cand inbox 'The verification codes the sandbox has "sent" by SMS or voice call'
            cand outbox 'The alert emails and webhook calls the sandbox has "delivered"'
        }
        &'waba;help;sandbox;serve'= {
        }
        &'waba;help;sandbox;reset'= {
        }
        &'waba;help;sandbox;inbox'= {
        }
        &'waba;help;sandbox;outbox'= {
        }
        &'waba;help;api'= {
        }
        &'waba;help;completions'= {
        }
        &'waba;help;generate-assets'= {
        }
        &'waba;help;help'= {
        }
    ]
    $completions[$command]
}
