
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'waba' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'waba'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'waba' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, inspect and remove a profile''s access token')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named profiles: a WABA, an API version, a Graph URL, output defaults')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: list, show, add, and the health of every number')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'Message templates: list, show, create, edit, delete, lint, and keep them as code')
            [CompletionResult]::new('migrate-number', 'migrate-number', [CompletionResultType]::ParameterValue, 'Move a number from another WABA to this one on Cloud API: the guided, resumable wizard')
            [CompletionResult]::new('request-code', 'request-code', [CompletionResultType]::ParameterValue, 'Ask Meta to send a 6-digit verification code to a number (SMS or voice call)')
            [CompletionResult]::new('verify-code', 'verify-code', [CompletionResultType]::ParameterValue, 'Confirm ownership of a number with the code Meta sent to it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a verified number for Cloud API messaging, with its two-step PIN')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Deregister a number from Cloud API (it stays in the WABA)')
            [CompletionResult]::new('set-pin', 'set-pin', [CompletionResultType]::ParameterValue, 'Set a number''s two-step verification PIN')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The WABA''s prepaid balance: what is left, its status and forecast; adjust it')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Top up the WABA''s balance by card; its history and receipts')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'The card charged for the WABA''s top-ups (a Stripe customer and card)')
            [CompletionResult]::new('wabas', 'wabas', [CompletionResultType]::ParameterValue, 'The WABAs a profile reaches, and the apps subscribed to their webhooks')
            [CompletionResult]::new('autorecharge', 'autorecharge', [CompletionResultType]::ParameterValue, 'Top the balance up by card, without asking, when it falls below a threshold')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Email or webhook alerts when the balance falls below a threshold')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Spend by day, category, country or phone, from Meta''s analytics')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Monthly statements: opening balance, top-ups, spend, closing balance')
            [CompletionResult]::new('pricing', 'pricing', [CompletionResultType]::ParameterValue, 'The dated rate card: show it, estimate a send, import rates')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The local state store (ledger, counters, progress)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The offline sandbox: serve it to scripts, or reset it')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make a raw Graph API call with the profile''s token (like `gh api`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an access token for the profile (hidden prompt, or --with-token from stdin)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Inspect the token with Meta''s debug_token: validity, expiry, scopes, WABAs')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from standard input instead of prompting')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an access token for the profile (hidden prompt, or --with-token from stdin)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Inspect the token with Meta''s debug_token: validity, expiry, scopes, WABAs')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;auth;help;login' {
            break
        }
        'waba;auth;help;status' {
            break
        }
        'waba;auth;help;logout' {
            break
        }
        'waba;auth;help;help' {
            break
        }
        'waba;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a profile from --waba, --api-version and --graph-url')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each one comes from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting of a profile, keeping its token')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored token (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;profile;add' {
            [CompletionResult]::new('--business', '--business', [CompletionResultType]::ParameterName, 'Business portfolio id whose WABAs the profile covers')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The Meta app id of the token, for uploading template media samples')
            [CompletionResult]::new('--default-output', '--default-output', [CompletionResultType]::ParameterName, 'The output format the profile''s commands use by default (the global --output formats this command''s own answer only)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove the setting instead')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a profile from --waba, --api-version and --graph-url')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each one comes from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting of a profile, keeping its token')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored token (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;profile;help;add' {
            break
        }
        'waba;profile;help;list' {
            break
        }
        'waba;profile;help;use' {
            break
        }
        'waba;profile;help;show' {
            break
        }
        'waba;profile;help;set' {
            break
        }
        'waba;profile;help;remove' {
            break
        }
        'waba;profile;help;help' {
            break
        }
        'waba;numbers' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the WABA''s phone numbers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the WABA''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one number in detail, with two-step verification and health')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a brand-new number to the WABA under a display name')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Status, quality, limit and sending health of every number, worst first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The display name customers see; Meta reviews it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--as-branded', '--as-branded', [CompletionResultType]::ParameterName, 'The name is written exactly as the business brands itself: Meta''s formatting rules (capitals, punctuation) become warnings')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;health' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'With --all: how many WABAs to read at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every number of every WABA of every profile (or of --profile''s)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 10 when a number is blocked, RED or disconnected (for cron)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the WABA''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one number in detail, with two-step verification and health')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a brand-new number to the WABA under a display name')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Status, quality, limit and sending health of every number, worst first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;help;list' {
            break
        }
        'waba;numbers;help;show' {
            break
        }
        'waba;numbers;help;add' {
            break
        }
        'waba;numbers;help;health' {
            break
        }
        'waba;numbers;help;help' {
            break
        }
        'waba;templates' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the WABA''s templates, every page')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the WABA''s templates, every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a template''s header, body, footer and buttons (every language, or one)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a template from a file (Meta''s create body), or a text one from flags')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace a template''s components (and a rejected or paused one''s category) from a file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template: every language of a name, or one with --id')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check template files against Meta''s rules, without sending anything')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write every template to DIR, one file per name and language')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Make the WABA match DIR: show the plan, then create and edit')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy templates to another WABA (all approved ones, or those named)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;templates;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Only this language, like en_US')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only names containing this')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Only this language, like en_US')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only names containing this')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;show' {
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Only this language, like en_US')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;create' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The template file (YAML or JSON)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Template name (lowercase letters, digits and _)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language code, like en_US')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'marketing, utility or authentication')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header text (at most one placeholder)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Body text, with {{1}}, {{2}}… placeholders')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'Footer text')
            [CompletionResult]::new('--example', '--example', [CompletionResultType]::ParameterName, 'An example value for the next body placeholder; repeat in order')
            [CompletionResult]::new('--header-example', '--header-example', [CompletionResultType]::ParameterName, 'An example value for the header placeholder')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--no-lint', '--no-lint', [CompletionResultType]::ParameterName, 'Send even if lint finds errors (Meta will judge)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;edit' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The template file (YAML or JSON)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--no-lint', '--no-lint', [CompletionResultType]::ParameterName, 'Send even if lint finds errors (Meta will judge)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Delete only the template with this id (one language)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;lint' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;pull' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace local files that differ from the WABA''s version')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;push' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete templates that are at Meta but not in DIR')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;copy' {
            [CompletionResult]::new('--to-waba', '--to-waba', [CompletionResultType]::ParameterName, 'The WABA to copy to')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the WABA''s templates, every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a template''s header, body, footer and buttons (every language, or one)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a template from a file (Meta''s create body), or a text one from flags')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace a template''s components (and a rejected or paused one''s category) from a file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template: every language of a name, or one with --id')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check template files against Meta''s rules, without sending anything')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write every template to DIR, one file per name and language')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Make the WABA match DIR: show the plan, then create and edit')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy templates to another WABA (all approved ones, or those named)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;templates;help;list' {
            break
        }
        'waba;templates;help;show' {
            break
        }
        'waba;templates;help;create' {
            break
        }
        'waba;templates;help;edit' {
            break
        }
        'waba;templates;help;delete' {
            break
        }
        'waba;templates;help;lint' {
            break
        }
        'waba;templates;help;pull' {
            break
        }
        'waba;templates;help;push' {
            break
        }
        'waba;templates;help;copy' {
            break
        }
        'waba;templates;help;help' {
            break
        }
        'waba;migrate-number' {
            [CompletionResult]::new('--from-waba', '--from-waba', [CompletionResultType]::ParameterName, 'The WABA the number is in now, for the preflight checks')
            [CompletionResult]::new('--code-method', '--code-method', [CompletionResultType]::ParameterName, 'How Meta sends the code [default: sms, or what the saved progress used]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the code message, like en_US')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The 6-digit code the phone received')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'The two-step verification PIN to register with (6 digits)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Turn on local storage in this region when registering')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--two-step-disabled', '--two-step-disabled', [CompletionResultType]::ParameterName, 'Confirm that two-step verification is off on the source number (when waba cannot read it)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Show the saved progress and change nothing')
            [CompletionResult]::new('--abort', '--abort', [CompletionResultType]::ParameterName, 'Forget the saved progress (nothing at Meta is undone)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;request-code' {
            [CompletionResult]::new('--code-method', '--code-method', [CompletionResultType]::ParameterName, 'How Meta sends the code')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the code message, like en_US')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify-code' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The 6-digit code (asked for when missing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;register' {
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'The two-step verification PIN, 6 digits (asked for, hidden, when missing)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Turn on local storage in this region (data_localization_region)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;deregister' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;set-pin' {
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'The new PIN, 6 digits (asked for twice, hidden, when missing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;balance' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'With --all: how many batch requests to Meta at once, each reading up to 50 WABAs'' spend')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 8 when the balance is low, 9 when exhausted (for cron)')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Answer from the spend already synced: no call to Meta (with --all, a business''s WABAs are still listed)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every WABA of every profile (or of --profile''s), in one table')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Record a credit or a debit: an opening balance, a reconciliation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;balance;adjust' {
            [CompletionResult]::new('--credit', '--credit', [CompletionResultType]::ParameterName, 'Add this amount to the balance')
            [CompletionResult]::new('--debit', '--debit', [CompletionResultType]::ParameterName, 'Take this amount from the balance')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: kept with the record')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;balance;help' {
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Record a credit or a debit: an opening balance, a reconciliation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;balance;help;adjust' {
            break
        }
        'waba;balance;help;help' {
            break
        }
        'waba;topup' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Past top-ups of the WABA, newest first, with their receipts')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'A printable receipt of one top-up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;topup;history' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;topup;receipt' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;topup;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Past top-ups of the WABA, newest first, with their receipts')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'A printable receipt of one top-up')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;topup;help;history' {
            break
        }
        'waba;topup;help;receipt' {
            break
        }
        'waba;topup;help;help' {
            break
        }
        'waba;payment' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the Stripe customer and card charged for this WABA''s top-ups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The customer and card charged for this WABA''s top-ups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;payment;set' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The Stripe customer (`cus_…`)')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'The saved card, a PaymentMethod (`pm_…`) of that customer')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;payment;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;payment;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the Stripe customer and card charged for this WABA''s top-ups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The customer and card charged for this WABA''s top-ups')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;payment;help;set' {
            break
        }
        'waba;payment;help;show' {
            break
        }
        'waba;payment;help;help' {
            break
        }
        'waba;wabas' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Name, currency, review status and number count of each WABA')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Name, currency, review status and number count of each WABA')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks; subscribe or unsubscribe')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;wabas;list' {
            [CompletionResult]::new('--business', '--business', [CompletionResultType]::ParameterName, 'A business portfolio id [default: the profile''s business]')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many WABAs'' numbers to count at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;wabas;ls' {
            [CompletionResult]::new('--business', '--business', [CompletionResultType]::ParameterName, 'A business portfolio id [default: the profile''s business]')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many WABAs'' numbers to count at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;wabas;subscriptions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the token''s app to the WABA''s webhooks')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the token''s app from the WABA''s webhooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;wabas;subscriptions;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;wabas;subscriptions;subscribe' {
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Send this WABA''s webhooks to this https URL instead of the app''s')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;wabas;subscriptions;unsubscribe' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;wabas;subscriptions;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the token''s app to the WABA''s webhooks')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the token''s app from the WABA''s webhooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;wabas;subscriptions;help;show' {
            break
        }
        'waba;wabas;subscriptions;help;subscribe' {
            break
        }
        'waba;wabas;subscriptions;help;unsubscribe' {
            break
        }
        'waba;wabas;subscriptions;help;help' {
            break
        }
        'waba;wabas;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Name, currency, review status and number count of each WABA')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks; subscribe or unsubscribe')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;wabas;help;list' {
            break
        }
        'waba;wabas;help;subscriptions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the token''s app to the WABA''s webhooks')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the token''s app from the WABA''s webhooks')
            break
        }
        'waba;wabas;help;subscriptions;show' {
            break
        }
        'waba;wabas;help;subscriptions;subscribe' {
            break
        }
        'waba;wabas;help;subscriptions;unsubscribe' {
            break
        }
        'waba;wabas;help;help' {
            break
        }
        'waba;autorecharge' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The WABA''s auto-recharge rule, its state, and its last recharge')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Recharge AMOUNT whenever the balance falls below a threshold')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;autorecharge;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;autorecharge;enable' {
            [CompletionResult]::new('--below', '--below', [CompletionResultType]::ParameterName, 'Recharge when the balance is below this (strictly)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'How much to credit each time (the fee is added to the charge)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;autorecharge;disable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;autorecharge;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The WABA''s auto-recharge rule, its state, and its last recharge')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Recharge AMOUNT whenever the balance falls below a threshold')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;autorecharge;help;show' {
            break
        }
        'waba;autorecharge;help;enable' {
            break
        }
        'waba;autorecharge;help;disable' {
            break
        }
        'waba;autorecharge;help;help' {
            break
        }
        'waba;alerts' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The WABA''s alert rule, its targets, and what waits to be delivered')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Notify TARGETs when the balance falls below a threshold')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop alerting')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message to every target now, and report each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;alerts;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;alerts;enable' {
            [CompletionResult]::new('--below', '--below', [CompletionResultType]::ParameterName, 'Alert when the balance is below this (strictly)')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'An email address or https URL; repeat for several')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Keep the current targets and add these (else they are replaced)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;alerts;disable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;alerts;test' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;alerts;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The WABA''s alert rule, its targets, and what waits to be delivered')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Notify TARGETs when the balance falls below a threshold')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop alerting')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message to every target now, and report each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;alerts;help;show' {
            break
        }
        'waba;alerts;help;enable' {
            break
        }
        'waba;alerts;help;disable' {
            break
        }
        'waba;alerts;help;test' {
            break
        }
        'waba;alerts;help;help' {
            break
        }
        'waba;usage' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, YYYY-MM-DD [default: 29 days before today]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per day, category, country or phone number')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Answer from the spend already synced: no call to Meta')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;invoices' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Answer from the spend already synced: no call to Meta')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pricing rules and the rates in force on a day')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'What sending some messages would cost')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load rates from a CSV file (the format is in the README)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;pricing;show' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Only this market (ISO 3166 code, e.g. ES)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The day, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;estimate' {
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The recipients'' market (ISO 3166 code, e.g. ES)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'marketing, utility, authentication, authentication_international or service')
            [CompletionResult]::new('--messages', '--messages', [CompletionResultType]::ParameterName, 'How many delivered messages')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The day, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency [default: the WABA''s]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;import' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pricing rules and the rates in force on a day')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'What sending some messages would cost')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load rates from a CSV file (the format is in the README)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;pricing;help;show' {
            break
        }
        'waba;pricing;help;estimate' {
            break
        }
        'waba;pricing;help;import' {
            break
        }
        'waba;pricing;help;help' {
            break
        }
        'waba;store' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Backend, location, schema version and row counts')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every row of the store to FILE (JSON, mode 0600)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load an export into this store, which must be empty')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A team store''s roles in PostgreSQL (see `store grant`)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a database login see, or also charge, some WABAs (or all)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take back a login''s grants: on some WABAs, or all and its roles')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who may do what on which WABA (an admin sees every login)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;store;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;import' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;roles' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;store;roles;init' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;roles;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;store;roles;help;init' {
            break
        }
        'waba;store;roles;help;help' {
            break
        }
        'waba;store;grant' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What it may do')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;revoke' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;access' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;store;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Backend, location, schema version and row counts')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every row of the store to FILE (JSON, mode 0600)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load an export into this store, which must be empty')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A team store''s roles in PostgreSQL (see `store grant`)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a database login see, or also charge, some WABAs (or all)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take back a login''s grants: on some WABAs, or all and its roles')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who may do what on which WABA (an admin sees every login)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;store;help;status' {
            break
        }
        'waba;store;help;export' {
            break
        }
        'waba;store;help;import' {
            break
        }
        'waba;store;help;roles' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will')
            break
        }
        'waba;store;help;roles;init' {
            break
        }
        'waba;store;help;grant' {
            break
        }
        'waba;store;help;revoke' {
            break
        }
        'waba;store;help;access' {
            break
        }
        'waba;store;help;help' {
            break
        }
        'waba;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox as a server; its URL is the first line on stdout')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget everything the sandbox did: back to the demo business')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The verification codes the sandbox has "sent" by SMS or voice call')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The alert emails and webhook calls the sandbox has "delivered"')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 = any free port)')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay every answer by this many milliseconds')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Share of requests answered with a transient error 500 (0 to 1)')
            [CompletionResult]::new('--fail-first', '--fail-first', [CompletionResultType]::ParameterName, 'Answer the first N requests with a transient error 500')
            [CompletionResult]::new('--drop-rate', '--drop-rate', [CompletionResultType]::ParameterName, 'Share of connections closed without an answer (0 to 1)')
            [CompletionResult]::new('--drop-first', '--drop-first', [CompletionResultType]::ParameterName, 'Close the first N connections without an answer')
            [CompletionResult]::new('--throttle-after', '--throttle-after', [CompletionResultType]::ParameterName, 'Throttle every call about a WABA after its first N (Graph code 80007)')
            [CompletionResult]::new('--max-page', '--max-page', [CompletionResultType]::ParameterName, 'Put at most N items on a page, whatever `limit` asks')
            [CompletionResult]::new('--wabas', '--wabas', [CompletionResultType]::ParameterName, 'Seed N extra fleet WABAs (two numbers each)')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'Fill the default WABA with generated templates up to N in all')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for random faults')
            [CompletionResult]::new('--inject', '--inject', [CompletionResultType]::ParameterName, 'Make the first call to STEP fail with a Graph error CODE[/SUBCODE], or `lost` (done, but the answer is lost), or `hang` (done, the answer held for two minutes); steps: add, request_code, verify_code, register, deregister, set_pin, get, template_create, template_delete, upload, charge. Repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;reset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;inbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;outbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox as a server; its URL is the first line on stdout')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget everything the sandbox did: back to the demo business')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The verification codes the sandbox has "sent" by SMS or voice call')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The alert emails and webhook calls the sandbox has "delivered"')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;help;serve' {
            break
        }
        'waba;sandbox;help;reset' {
            break
        }
        'waba;sandbox;help;inbox' {
            break
        }
        'waba;sandbox;help;outbox' {
            break
        }
        'waba;sandbox;help;help' {
            break
        }
        'waba;api' {
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'HTTP method [default: GET, or POST with --input]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'HTTP method [default: GET, or POST with --input]')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A parameter key=value (query for GET and DELETE, form body for POST); repeatable')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A parameter key=value (query for GET and DELETE, form body for POST); repeatable')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A request header `Key: value`; repeatable (the token is the profile''s)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A request header `Key: value`; repeatable (the token is the profile''s)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this file''s JSON as the body (`-` for standard input); -F fields then go in the query string')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The number `{phone-number-id}` stands for: an id, or a number of the WABA')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Show the HTTP status and the answer''s headers before its body')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Show the HTTP status and the answer''s headers before its body')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow paging and print every item of the edge as one JSON array')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;generate-assets' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory to write completions/ and man/ into')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (see `waba profile list`)')
            [CompletionResult]::new('--waba', '--waba', [CompletionResultType]::ParameterName, 'WABA id to act on')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version [default: v25.0]')
            [CompletionResult]::new('--graph-url', '--graph-url', [CompletionResultType]::ParameterName, 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq ''.wabas[].waba_id'')')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in offline sandbox (no Meta account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed with --no-input for changes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the HTTP request a change would send, secrets redacted, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr, secrets redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results: no notes, warnings or progress')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, inspect and remove a profile''s access token')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Named profiles: a WABA, an API version, a Graph URL, output defaults')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: list, show, add, and the health of every number')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'Message templates: list, show, create, edit, delete, lint, and keep them as code')
            [CompletionResult]::new('migrate-number', 'migrate-number', [CompletionResultType]::ParameterValue, 'Move a number from another WABA to this one on Cloud API: the guided, resumable wizard')
            [CompletionResult]::new('request-code', 'request-code', [CompletionResultType]::ParameterValue, 'Ask Meta to send a 6-digit verification code to a number (SMS or voice call)')
            [CompletionResult]::new('verify-code', 'verify-code', [CompletionResultType]::ParameterValue, 'Confirm ownership of a number with the code Meta sent to it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a verified number for Cloud API messaging, with its two-step PIN')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Deregister a number from Cloud API (it stays in the WABA)')
            [CompletionResult]::new('set-pin', 'set-pin', [CompletionResultType]::ParameterValue, 'Set a number''s two-step verification PIN')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The WABA''s prepaid balance: what is left, its status and forecast; adjust it')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Top up the WABA''s balance by card; its history and receipts')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'The card charged for the WABA''s top-ups (a Stripe customer and card)')
            [CompletionResult]::new('wabas', 'wabas', [CompletionResultType]::ParameterValue, 'The WABAs a profile reaches, and the apps subscribed to their webhooks')
            [CompletionResult]::new('autorecharge', 'autorecharge', [CompletionResultType]::ParameterValue, 'Top the balance up by card, without asking, when it falls below a threshold')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Email or webhook alerts when the balance falls below a threshold')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Spend by day, category, country or phone, from Meta''s analytics')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Monthly statements: opening balance, top-ups, spend, closing balance')
            [CompletionResult]::new('pricing', 'pricing', [CompletionResultType]::ParameterValue, 'The dated rate card: show it, estimate a send, import rates')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The local state store (ledger, counters, progress)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The offline sandbox: serve it to scripts, or reset it')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make a raw Graph API call with the profile''s token (like `gh api`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Regenerate completions/ and man/ (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an access token for the profile (hidden prompt, or --with-token from stdin)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Inspect the token with Meta''s debug_token: validity, expiry, scopes, WABAs')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the profile''s stored token')
            break
        }
        'waba;help;auth;login' {
            break
        }
        'waba;help;auth;status' {
            break
        }
        'waba;help;auth;logout' {
            break
        }
        'waba;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a profile from --waba, --api-version and --graph-url')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each one comes from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one setting of a profile, keeping its token')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its stored token (asks first)')
            break
        }
        'waba;help;profile;add' {
            break
        }
        'waba;help;profile;list' {
            break
        }
        'waba;help;profile;use' {
            break
        }
        'waba;help;profile;show' {
            break
        }
        'waba;help;profile;set' {
            break
        }
        'waba;help;profile;remove' {
            break
        }
        'waba;help;numbers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the WABA''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one number in detail, with two-step verification and health')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a brand-new number to the WABA under a display name')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Status, quality, limit and sending health of every number, worst first')
            break
        }
        'waba;help;numbers;list' {
            break
        }
        'waba;help;numbers;show' {
            break
        }
        'waba;help;numbers;add' {
            break
        }
        'waba;help;numbers;health' {
            break
        }
        'waba;help;templates' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the WABA''s templates, every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a template''s header, body, footer and buttons (every language, or one)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a template from a file (Meta''s create body), or a text one from flags')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Replace a template''s components (and a rejected or paused one''s category) from a file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template: every language of a name, or one with --id')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check template files against Meta''s rules, without sending anything')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write every template to DIR, one file per name and language')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Make the WABA match DIR: show the plan, then create and edit')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy templates to another WABA (all approved ones, or those named)')
            break
        }
        'waba;help;templates;list' {
            break
        }
        'waba;help;templates;show' {
            break
        }
        'waba;help;templates;create' {
            break
        }
        'waba;help;templates;edit' {
            break
        }
        'waba;help;templates;delete' {
            break
        }
        'waba;help;templates;lint' {
            break
        }
        'waba;help;templates;pull' {
            break
        }
        'waba;help;templates;push' {
            break
        }
        'waba;help;templates;copy' {
            break
        }
        'waba;help;migrate-number' {
            break
        }
        'waba;help;request-code' {
            break
        }
        'waba;help;verify-code' {
            break
        }
        'waba;help;register' {
            break
        }
        'waba;help;deregister' {
            break
        }
        'waba;help;set-pin' {
            break
        }
        'waba;help;balance' {
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Record a credit or a debit: an opening balance, a reconciliation')
            break
        }
        'waba;help;balance;adjust' {
            break
        }
        'waba;help;topup' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Past top-ups of the WABA, newest first, with their receipts')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'A printable receipt of one top-up')
            break
        }
        'waba;help;topup;history' {
            break
        }
        'waba;help;topup;receipt' {
            break
        }
        'waba;help;payment' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the Stripe customer and card charged for this WABA''s top-ups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The customer and card charged for this WABA''s top-ups')
            break
        }
        'waba;help;payment;set' {
            break
        }
        'waba;help;payment;show' {
            break
        }
        'waba;help;wabas' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Name, currency, review status and number count of each WABA')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks; subscribe or unsubscribe')
            break
        }
        'waba;help;wabas;list' {
            break
        }
        'waba;help;wabas;subscriptions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The apps subscribed to the WABA''s webhooks')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the token''s app to the WABA''s webhooks')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the token''s app from the WABA''s webhooks')
            break
        }
        'waba;help;wabas;subscriptions;show' {
            break
        }
        'waba;help;wabas;subscriptions;subscribe' {
            break
        }
        'waba;help;wabas;subscriptions;unsubscribe' {
            break
        }
        'waba;help;autorecharge' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The WABA''s auto-recharge rule, its state, and its last recharge')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Recharge AMOUNT whenever the balance falls below a threshold')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            break
        }
        'waba;help;autorecharge;show' {
            break
        }
        'waba;help;autorecharge;enable' {
            break
        }
        'waba;help;autorecharge;disable' {
            break
        }
        'waba;help;alerts' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The WABA''s alert rule, its targets, and what waits to be delivered')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Notify TARGETs when the balance falls below a threshold')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop alerting')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message to every target now, and report each')
            break
        }
        'waba;help;alerts;show' {
            break
        }
        'waba;help;alerts;enable' {
            break
        }
        'waba;help;alerts;disable' {
            break
        }
        'waba;help;alerts;test' {
            break
        }
        'waba;help;usage' {
            break
        }
        'waba;help;invoices' {
            break
        }
        'waba;help;pricing' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pricing rules and the rates in force on a day')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'What sending some messages would cost')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load rates from a CSV file (the format is in the README)')
            break
        }
        'waba;help;pricing;show' {
            break
        }
        'waba;help;pricing;estimate' {
            break
        }
        'waba;help;pricing;import' {
            break
        }
        'waba;help;store' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Backend, location, schema version and row counts')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every row of the store to FILE (JSON, mode 0600)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load an export into this store, which must be empty')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A team store''s roles in PostgreSQL (see `store grant`)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let a database login see, or also charge, some WABAs (or all)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take back a login''s grants: on some WABAs, or all and its roles')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who may do what on which WABA (an admin sees every login)')
            break
        }
        'waba;help;store;status' {
            break
        }
        'waba;help;store;export' {
            break
        }
        'waba;help;store;import' {
            break
        }
        'waba;help;store;roles' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will')
            break
        }
        'waba;help;store;roles;init' {
            break
        }
        'waba;help;store;grant' {
            break
        }
        'waba;help;store;revoke' {
            break
        }
        'waba;help;store;access' {
            break
        }
        'waba;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox as a server; its URL is the first line on stdout')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget everything the sandbox did: back to the demo business')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The verification codes the sandbox has "sent" by SMS or voice call')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The alert emails and webhook calls the sandbox has "delivered"')
            break
        }
        'waba;help;sandbox;serve' {
            break
        }
        'waba;help;sandbox;reset' {
            break
        }
        'waba;help;sandbox;inbox' {
            break
        }
        'waba;help;sandbox;outbox' {
            break
        }
        'waba;help;api' {
            break
        }
        'waba;help;completions' {
            break
        }
        'waba;help;generate-assets' {
            break
        }
        'waba;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
