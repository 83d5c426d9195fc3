# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_waba_global_optspecs
    string join \n profile= waba= api-version= graph-url= sandbox o/output= no-input y/yes dry-run v/verbose q/quiet jq= h/help V/version
end

function __fish_waba_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_waba_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_waba_using_subcommand
    set -l cmd (__fish_waba_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c waba -n "__fish_waba_needs_command" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_needs_command" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_needs_command" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_needs_command" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_needs_command" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_needs_command" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_needs_command" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_needs_command" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_needs_command" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_needs_command" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_needs_command" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_needs_command" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_needs_command" -f -a "auth" -d 'Store, inspect and remove a profile\'s access token'
complete -c waba -n "__fish_waba_needs_command" -f -a "profile" -d 'Named profiles: a WABA, an API version, a Graph URL, output defaults'
complete -c waba -n "__fish_waba_needs_command" -f -a "numbers" -d 'Phone numbers: list, show, add, and the health of every number'
complete -c waba -n "__fish_waba_needs_command" -f -a "templates" -d 'Message templates: list, show, create, edit, delete, lint, and keep them as code'
complete -c waba -n "__fish_waba_needs_command" -f -a "migrate-number" -d 'Move a number from another WABA to this one on Cloud API: the guided, resumable wizard'
complete -c waba -n "__fish_waba_needs_command" -f -a "request-code" -d 'Ask Meta to send a 6-digit verification code to a number (SMS or voice call)'
complete -c waba -n "__fish_waba_needs_command" -f -a "verify-code" -d 'Confirm ownership of a number with the code Meta sent to it'
complete -c waba -n "__fish_waba_needs_command" -f -a "register" -d 'Register a verified number for Cloud API messaging, with its two-step PIN'
complete -c waba -n "__fish_waba_needs_command" -f -a "deregister" -d 'Deregister a number from Cloud API (it stays in the WABA)'
complete -c waba -n "__fish_waba_needs_command" -f -a "set-pin" -d 'Set a number\'s two-step verification PIN'
complete -c waba -n "__fish_waba_needs_command" -f -a "balance" -d 'The WABA\'s prepaid balance: what is left, its status and forecast; adjust it'
complete -c waba -n "__fish_waba_needs_command" -f -a "topup" -d 'Top up the WABA\'s balance by card; its history and receipts'
complete -c waba -n "__fish_waba_needs_command" -f -a "payment" -d 'The card charged for the WABA\'s top-ups (a Stripe customer and card)'
complete -c waba -n "__fish_waba_needs_command" -f -a "wabas" -d 'The WABAs a profile reaches, and the apps subscribed to their webhooks'
complete -c waba -n "__fish_waba_needs_command" -f -a "autorecharge" -d 'Top the balance up by card, without asking, when it falls below a threshold'
complete -c waba -n "__fish_waba_needs_command" -f -a "alerts" -d 'Email or webhook alerts when the balance falls below a threshold'
complete -c waba -n "__fish_waba_needs_command" -f -a "usage" -d 'Spend by day, category, country or phone, from Meta\'s analytics'
complete -c waba -n "__fish_waba_needs_command" -f -a "invoices" -d 'Monthly statements: opening balance, top-ups, spend, closing balance'
complete -c waba -n "__fish_waba_needs_command" -f -a "pricing" -d 'The dated rate card: show it, estimate a send, import rates'
complete -c waba -n "__fish_waba_needs_command" -f -a "store" -d 'The local state store (ledger, counters, progress)'
complete -c waba -n "__fish_waba_needs_command" -f -a "sandbox" -d 'The offline sandbox: serve it to scripts, or reset it'
complete -c waba -n "__fish_waba_needs_command" -f -a "api" -d 'Make a raw Graph API call with the profile\'s token (like `gh api`)'
complete -c waba -n "__fish_waba_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c waba -n "__fish_waba_needs_command" -f -a "generate-assets" -d 'Regenerate completions/ and man/ (for maintainers)'
complete -c waba -n "__fish_waba_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Store an access token for the profile (hidden prompt, or --with-token from stdin)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Inspect the token with Meta\'s debug_token: validity, expiry, scopes, WABAs'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the profile\'s stored token'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from standard input instead of prompting'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store an access token for the profile (hidden prompt, or --with-token from stdin)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Inspect the token with Meta\'s debug_token: validity, expiry, scopes, WABAs'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the profile\'s stored token'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "add" -d 'Create a profile from --waba, --api-version and --graph-url'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "ls" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "show" -d 'Show the settings in effect and where each one comes from'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "set" -d 'Change one setting of a profile, keeping its token'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "remove" -d 'Remove a profile and its stored token (asks first)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list ls use show set remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l business -d 'Business portfolio id whose WABAs the profile covers' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l app-id -d 'The Meta app id of the token, for uploading template media samples' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l default-output -d 'The output format the profile\'s commands use by default (the global --output formats this command\'s own answer only)' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l use -d 'Make it the default profile'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l unset -d 'Remove the setting instead'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a profile from --waba, --api-version and --graph-url'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in effect and where each one comes from'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change one setting of a profile, keeping its token'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its stored token (asks first)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -f -a "list" -d 'List the WABA\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -f -a "ls" -d 'List the WABA\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -f -a "show" -d 'Show one number in detail, with two-step verification and health'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -f -a "add" -d 'Add a brand-new number to the WABA under a display name'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -f -a "health" -d 'Status, quality, limit and sending health of every number, worst first'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list ls show add health help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l name -d 'The display name customers see; Meta reviews it' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l as-branded -d 'The name is written exactly as the business brands itself: Meta\'s formatting rules (capitals, punctuation) become warnings'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l jobs -d 'With --all: how many WABAs to read at once' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l all -d 'Every number of every WABA of every profile (or of --profile\'s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l check -d 'Exit 10 when a number is blocked, RED or disconnected (for cron)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the WABA\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one number in detail, with two-step verification and health'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a brand-new number to the WABA under a display name'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "health" -d 'Status, quality, limit and sending health of every number, worst first'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "list" -d 'List the WABA\'s templates, every page'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "ls" -d 'List the WABA\'s templates, every page'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "show" -d 'Show a template\'s header, body, footer and buttons (every language, or one)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "create" -d 'Create a template from a file (Meta\'s create body), or a text one from flags'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "edit" -d 'Replace a template\'s components (and a rejected or paused one\'s category) from a file'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "delete" -d 'Delete a template: every language of a name, or one with --id'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "lint" -d 'Check template files against Meta\'s rules, without sending anything'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "pull" -d 'Write every template to DIR, one file per name and language'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "push" -d 'Make the WABA match DIR: show the plan, then create and edit'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "copy" -d 'Copy templates to another WABA (all approved ones, or those named)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list ls show create edit delete lint pull push copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l status -d 'Only this status' -r -f -a "APPROVED\t''
PENDING\t''
REJECTED\t''
PAUSED\t''
DISABLED\t''
IN_APPEAL\t''
PENDING_DELETION\t''
DELETED\t''
LIMIT_EXCEEDED\t''
ARCHIVED\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l category -d 'Only this category' -r -f -a "MARKETING\t''
UTILITY\t''
AUTHENTICATION\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l language -d 'Only this language, like en_US' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l name -d 'Only names containing this' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l status -d 'Only this status' -r -f -a "APPROVED\t''
PENDING\t''
REJECTED\t''
PAUSED\t''
DISABLED\t''
IN_APPEAL\t''
PENDING_DELETION\t''
DELETED\t''
LIMIT_EXCEEDED\t''
ARCHIVED\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l category -d 'Only this category' -r -f -a "MARKETING\t''
UTILITY\t''
AUTHENTICATION\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l language -d 'Only this language, like en_US' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l name -d 'Only names containing this' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l language -d 'Only this language, like en_US' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l file -d 'The template file (YAML or JSON)' -r -F
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l name -d 'Template name (lowercase letters, digits and _)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l language -d 'Language code, like en_US' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l category -d 'marketing, utility or authentication' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l header -d 'Header text (at most one placeholder)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l body -d 'Body text, with {{1}}, {{2}}… placeholders' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l footer -d 'Footer text' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l example -d 'An example value for the next body placeholder; repeat in order' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l header-example -d 'An example value for the header placeholder' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-lint -d 'Send even if lint finds errors (Meta will judge)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l file -d 'The template file (YAML or JSON)' -r -F
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l no-lint -d 'Send even if lint finds errors (Meta will judge)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l id -d 'Delete only the template with this id (one language)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l format -d 'File format' -r -f -a "yaml\t''
json\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l force -d 'Replace local files that differ from the WABA\'s version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l prune -d 'Delete templates that are at Meta but not in DIR'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l to-waba -d 'The WABA to copy to' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the WABA\'s templates, every page'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a template\'s header, body, footer and buttons (every language, or one)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a template from a file (Meta\'s create body), or a text one from flags'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Replace a template\'s components (and a rejected or paused one\'s category) from a file'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a template: every language of a name, or one with --id'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check template files against Meta\'s rules, without sending anything'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Write every template to DIR, one file per name and language'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "push" -d 'Make the WABA match DIR: show the plan, then create and edit'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy templates to another WABA (all approved ones, or those named)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l from-waba -d 'The WABA the number is in now, for the preflight checks' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l code-method -d 'How Meta sends the code [default: sms, or what the saved progress used]' -r -f -a "sms\t''
voice\t''"
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l language -d 'Language of the code message, like en_US' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l code -d 'The 6-digit code the phone received' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l pin -d 'The two-step verification PIN to register with (6 digits)' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l region -d 'Turn on local storage in this region when registering' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l two-step-disabled -d 'Confirm that two-step verification is off on the source number (when waba cannot read it)'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l status -d 'Show the saved progress and change nothing'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l abort -d 'Forget the saved progress (nothing at Meta is undone)'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand migrate-number" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand request-code" -l code-method -d 'How Meta sends the code' -r -f -a "sms\t''
voice\t''"
complete -c waba -n "__fish_waba_using_subcommand request-code" -l language -d 'Language of the code message, like en_US' -r
complete -c waba -n "__fish_waba_using_subcommand request-code" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand request-code" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand request-code" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand request-code" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand request-code" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand request-code" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand request-code" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand request-code" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand request-code" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand request-code" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand request-code" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand request-code" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand request-code" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand request-code" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l code -d 'The 6-digit code (asked for when missing)' -r
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand verify-code" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand verify-code" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand register" -l pin -d 'The two-step verification PIN, 6 digits (asked for, hidden, when missing)' -r
complete -c waba -n "__fish_waba_using_subcommand register" -l region -d 'Turn on local storage in this region (data_localization_region)' -r
complete -c waba -n "__fish_waba_using_subcommand register" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand register" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand register" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand register" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand register" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand register" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand register" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand register" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand register" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand register" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand register" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand register" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand register" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand register" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand deregister" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand deregister" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand deregister" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand deregister" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand deregister" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand deregister" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand deregister" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand deregister" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand deregister" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand deregister" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand deregister" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand deregister" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand deregister" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand deregister" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l pin -d 'The new PIN, 6 digits (asked for twice, hidden, when missing)' -r
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand set-pin" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand set-pin" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l jobs -d 'With --all: how many batch requests to Meta at once, each reading up to 50 WABAs\' spend' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l check -d 'Exit 8 when the balance is low, 9 when exhausted (for cron)'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l no-sync -d 'Answer from the spend already synced: no call to Meta (with --all, a business\'s WABAs are still listed)'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l all -d 'Every WABA of every profile (or of --profile\'s), in one table'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -f -a "adjust" -d 'Record a credit or a debit: an opening balance, a reconciliation'
complete -c waba -n "__fish_waba_using_subcommand balance; and not __fish_seen_subcommand_from adjust help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l credit -d 'Add this amount to the balance' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l debit -d 'Take this amount from the balance' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l reason -d 'Why: kept with the record' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from adjust" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from help" -f -a "adjust" -d 'Record a credit or a debit: an opening balance, a reconciliation'
complete -c waba -n "__fish_waba_using_subcommand balance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -a "history" -d 'Past top-ups of the WABA, newest first, with their receipts'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -a "receipt" -d 'A printable receipt of one top-up'
complete -c waba -n "__fish_waba_using_subcommand topup; and not __fish_seen_subcommand_from history receipt help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from receipt" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from help" -f -a "history" -d 'Past top-ups of the WABA, newest first, with their receipts'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from help" -f -a "receipt" -d 'A printable receipt of one top-up'
complete -c waba -n "__fish_waba_using_subcommand topup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -f -a "set" -d 'Set the Stripe customer and card charged for this WABA\'s top-ups'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -f -a "show" -d 'The customer and card charged for this WABA\'s top-ups'
complete -c waba -n "__fish_waba_using_subcommand payment; and not __fish_seen_subcommand_from set show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l customer -d 'The Stripe customer (`cus_…`)' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l card -d 'The saved card, a PaymentMethod (`pm_…`) of that customer' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the Stripe customer and card charged for this WABA\'s top-ups'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "show" -d 'The customer and card charged for this WABA\'s top-ups'
complete -c waba -n "__fish_waba_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -f -a "list" -d 'Name, currency, review status and number count of each WABA'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -f -a "ls" -d 'Name, currency, review status and number count of each WABA'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -f -a "subscriptions" -d 'The apps subscribed to the WABA\'s webhooks; subscribe or unsubscribe'
complete -c waba -n "__fish_waba_using_subcommand wabas; and not __fish_seen_subcommand_from list ls subscriptions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l business -d 'A business portfolio id [default: the profile\'s business]' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l jobs -d 'How many WABAs\' numbers to count at once' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l business -d 'A business portfolio id [default: the profile\'s business]' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l jobs -d 'How many WABAs\' numbers to count at once' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -f -a "show" -d 'The apps subscribed to the WABA\'s webhooks'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -f -a "subscribe" -d 'Subscribe the token\'s app to the WABA\'s webhooks'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -f -a "unsubscribe" -d 'Unsubscribe the token\'s app from the WABA\'s webhooks'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from subscriptions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from help" -f -a "list" -d 'Name, currency, review status and number count of each WABA'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from help" -f -a "subscriptions" -d 'The apps subscribed to the WABA\'s webhooks; subscribe or unsubscribe'
complete -c waba -n "__fish_waba_using_subcommand wabas; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -f -a "show" -d 'The WABA\'s auto-recharge rule, its state, and its last recharge'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -f -a "enable" -d 'Recharge AMOUNT whenever the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -f -a "disable" -d 'Stop recharging automatically'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and not __fish_seen_subcommand_from show enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l below -d 'Recharge when the balance is below this (strictly)' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l amount -d 'How much to credit each time (the fee is added to the charge)' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from help" -f -a "show" -d 'The WABA\'s auto-recharge rule, its state, and its last recharge'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Recharge AMOUNT whenever the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop recharging automatically'
complete -c waba -n "__fish_waba_using_subcommand autorecharge; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -f -a "show" -d 'The WABA\'s alert rule, its targets, and what waits to be delivered'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -f -a "enable" -d 'Notify TARGETs when the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -f -a "disable" -d 'Stop alerting'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -f -a "test" -d 'Send a test message to every target now, and report each'
complete -c waba -n "__fish_waba_using_subcommand alerts; and not __fish_seen_subcommand_from show enable disable test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l below -d 'Alert when the balance is below this (strictly)' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l notify -d 'An email address or https URL; repeat for several' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l add -d 'Keep the current targets and add these (else they are replaced)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "show" -d 'The WABA\'s alert rule, its targets, and what waits to be delivered'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Notify TARGETs when the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop alerting'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a test message to every target now, and report each'
complete -c waba -n "__fish_waba_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand usage" -l from -d 'First day, YYYY-MM-DD [default: 29 days before today]' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -l to -d 'Last day, YYYY-MM-DD [default: today]' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -l by -d 'One row per day, category, country or phone number' -r -f -a "day\t''
category\t''
country\t''
phone\t''"
complete -c waba -n "__fish_waba_using_subcommand usage" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand usage" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand usage" -l no-sync -d 'Answer from the spend already synced: no call to Meta'
complete -c waba -n "__fish_waba_using_subcommand usage" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand usage" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand usage" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand usage" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand usage" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand usage" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand usage" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand usage" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand invoices" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand invoices" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand invoices" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand invoices" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand invoices" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand invoices" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand invoices" -l no-sync -d 'Answer from the spend already synced: no call to Meta'
complete -c waba -n "__fish_waba_using_subcommand invoices" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand invoices" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand invoices" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand invoices" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand invoices" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand invoices" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand invoices" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand invoices" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -f -a "show" -d 'The pricing rules and the rates in force on a day'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -f -a "estimate" -d 'What sending some messages would cost'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -f -a "import" -d 'Load rates from a CSV file (the format is in the README)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from show estimate import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l country -d 'Only this market (ISO 3166 code, e.g. ES)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l at -d 'The day, YYYY-MM-DD [default: today]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l country -d 'The recipients\' market (ISO 3166 code, e.g. ES)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l category -d 'marketing, utility, authentication, authentication_international or service' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l messages -d 'How many delivered messages' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l at -d 'The day, YYYY-MM-DD [default: today]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l currency -d 'The currency [default: the WABA\'s]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "show" -d 'The pricing rules and the rates in force on a day'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "estimate" -d 'What sending some messages would cost'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load rates from a CSV file (the format is in the README)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "status" -d 'Backend, location, schema version and row counts'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "export" -d 'Write every row of the store to FILE (JSON, mode 0600)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "import" -d 'Load an export into this store, which must be empty'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "roles" -d 'A team store\'s roles in PostgreSQL (see `store grant`)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "grant" -d 'Let a database login see, or also charge, some WABAs (or all)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "revoke" -d 'Take back a login\'s grants: on some WABAs, or all and its roles'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "access" -d 'Who may do what on which WABA (an admin sees every login)'
complete -c waba -n "__fish_waba_using_subcommand store; and not __fish_seen_subcommand_from status export import roles grant revoke access help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -f -a "init" -d 'Create the viewer, billing and admin roles, their privileges and the row-level policies; run by the database owner, again at will'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from roles" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l role -d 'What it may do' -r -f -a "viewer\t'Balances, spend, statements, top-up history, numbers and rules (not alert targets); writes only what a read records: synced spend, the WABA\'s currency and status, numbers\' health'
billing\t'Also top-ups, adjustments, cards, auto-recharge and alert rules, template and registration records'
admin\t'Everything, for every WABA, and grants'"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "status" -d 'Backend, location, schema version and row counts'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every row of the store to FILE (JSON, mode 0600)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load an export into this store, which must be empty'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "roles" -d 'A team store\'s roles in PostgreSQL (see `store grant`)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Let a database login see, or also charge, some WABAs (or all)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take back a login\'s grants: on some WABAs, or all and its roles'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "access" -d 'Who may do what on which WABA (an admin sees every login)'
complete -c waba -n "__fish_waba_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -f -a "serve" -d 'Run the sandbox as a server; its URL is the first line on stdout'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -f -a "reset" -d 'Forget everything the sandbox did: back to the demo business'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -f -a "inbox" -d 'The verification codes the sandbox has "sent" by SMS or voice call'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -f -a "outbox" -d 'The alert emails and webhook calls the sandbox has "delivered"'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset inbox outbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 = any free port)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Delay every answer by this many milliseconds' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-rate -d 'Share of requests answered with a transient error 500 (0 to 1)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-first -d 'Answer the first N requests with a transient error 500' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-rate -d 'Share of connections closed without an answer (0 to 1)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l drop-first -d 'Close the first N connections without an answer' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l throttle-after -d 'Throttle every call about a WABA after its first N (Graph code 80007)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-page -d 'Put at most N items on a page, whatever `limit` asks' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l wabas -d 'Seed N extra fleet WABAs (two numbers each)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l templates -d 'Fill the default WABA with generated templates up to N in all' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed for random faults' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l inject -d 'Make the first call to STEP fail with a Graph error CODE[/SUBCODE], or `lost` (done, but the answer is lost), or `hang` (done, the answer held for two minutes); steps: add, request_code, verify_code, register, deregister, set_pin, get, template_create, template_delete, upload, charge. Repeatable' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbox" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from outbox" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the sandbox as a server; its URL is the first line on stdout'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget everything the sandbox did: back to the demo business'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "inbox" -d 'The verification codes the sandbox has "sent" by SMS or voice call'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "outbox" -d 'The alert emails and webhook calls the sandbox has "delivered"'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand api" -s X -l method -d 'HTTP method [default: GET, or POST with --input]' -r -f -a "GET\t''
POST\t''
DELETE\t''"
complete -c waba -n "__fish_waba_using_subcommand api" -s F -l field -d 'A parameter key=value (query for GET and DELETE, form body for POST); repeatable' -r
complete -c waba -n "__fish_waba_using_subcommand api" -s H -l header -d 'A request header `Key: value`; repeatable (the token is the profile\'s)' -r
complete -c waba -n "__fish_waba_using_subcommand api" -l input -d 'Send this file\'s JSON as the body (`-` for standard input); -F fields then go in the query string' -r -F
complete -c waba -n "__fish_waba_using_subcommand api" -l phone -d 'The number `{phone-number-id}` stands for: an id, or a number of the WABA' -r
complete -c waba -n "__fish_waba_using_subcommand api" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand api" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand api" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand api" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand api" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand api" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand api" -s i -l include -d 'Show the HTTP status and the answer\'s headers before its body'
complete -c waba -n "__fish_waba_using_subcommand api" -l paginate -d 'Follow paging and print every item of the edge as one JSON array'
complete -c waba -n "__fish_waba_using_subcommand api" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand api" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand api" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand api" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand api" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand api" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand api" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand completions" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand completions" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand completions" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand completions" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand completions" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand completions" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand completions" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l dir -d 'Directory to write completions/ and man/ into' -r -F
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l profile -d 'Profile to use (see `waba profile list`)' -r
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l waba -d 'WABA id to act on' -r
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l api-version -d 'Graph API version [default: v25.0]' -r
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l graph-url -d 'Graph API base URL [default: https://graph.facebook.com]; plain http only to loopback' -r
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l jq -d 'Filter the JSON output with a jq expression; each result on a line, strings plain (for example --jq \'.wabas[].waba_id\')' -r
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l sandbox -d 'Run against the built-in offline sandbox (no Meta account needed)'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l no-input -d 'Never prompt; fail with a usage error naming the flag instead (implied without a terminal or with CI set)'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -s y -l yes -d 'Answer yes to confirmations (needed with --no-input for changes)'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -l dry-run -d 'Print the HTTP request a change would send, secrets redacted, and send nothing'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -s v -l verbose -d 'Trace HTTP requests and responses on stderr, secrets redacted'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -s q -l quiet -d 'Print only results: no notes, warnings or progress'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -s h -l help -d 'Print help'
complete -c waba -n "__fish_waba_using_subcommand generate-assets" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "auth" -d 'Store, inspect and remove a profile\'s access token'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "profile" -d 'Named profiles: a WABA, an API version, a Graph URL, output defaults'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "numbers" -d 'Phone numbers: list, show, add, and the health of every number'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "templates" -d 'Message templates: list, show, create, edit, delete, lint, and keep them as code'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "migrate-number" -d 'Move a number from another WABA to this one on Cloud API: the guided, resumable wizard'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "request-code" -d 'Ask Meta to send a 6-digit verification code to a number (SMS or voice call)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "verify-code" -d 'Confirm ownership of a number with the code Meta sent to it'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "register" -d 'Register a verified number for Cloud API messaging, with its two-step PIN'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "deregister" -d 'Deregister a number from Cloud API (it stays in the WABA)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "set-pin" -d 'Set a number\'s two-step verification PIN'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "balance" -d 'The WABA\'s prepaid balance: what is left, its status and forecast; adjust it'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "topup" -d 'Top up the WABA\'s balance by card; its history and receipts'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "payment" -d 'The card charged for the WABA\'s top-ups (a Stripe customer and card)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "wabas" -d 'The WABAs a profile reaches, and the apps subscribed to their webhooks'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "autorecharge" -d 'Top the balance up by card, without asking, when it falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "alerts" -d 'Email or webhook alerts when the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "usage" -d 'Spend by day, category, country or phone, from Meta\'s analytics'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "invoices" -d 'Monthly statements: opening balance, top-ups, spend, closing balance'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "pricing" -d 'The dated rate card: show it, estimate a send, import rates'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "store" -d 'The local state store (ledger, counters, progress)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "sandbox" -d 'The offline sandbox: serve it to scripts, or reset it'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "api" -d 'Make a raw Graph API call with the profile\'s token (like `gh api`)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "completions" -d 'Print a shell completion script'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "generate-assets" -d 'Regenerate completions/ and man/ (for maintainers)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth profile numbers templates migrate-number request-code verify-code register deregister set-pin balance topup payment wabas autorecharge alerts usage invoices pricing store sandbox api completions generate-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store an access token for the profile (hidden prompt, or --with-token from stdin)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Inspect the token with Meta\'s debug_token: validity, expiry, scopes, WABAs'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the profile\'s stored token'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Create a profile from --waba, --api-version and --graph-url'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show the settings in effect and where each one comes from'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Change one setting of a profile, keeping its token'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its stored token (asks first)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "list" -d 'List the WABA\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "show" -d 'Show one number in detail, with two-step verification and health'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "add" -d 'Add a brand-new number to the WABA under a display name'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "health" -d 'Status, quality, limit and sending health of every number, worst first'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "list" -d 'List the WABA\'s templates, every page'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "show" -d 'Show a template\'s header, body, footer and buttons (every language, or one)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "create" -d 'Create a template from a file (Meta\'s create body), or a text one from flags'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "edit" -d 'Replace a template\'s components (and a rejected or paused one\'s category) from a file'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "delete" -d 'Delete a template: every language of a name, or one with --id'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "lint" -d 'Check template files against Meta\'s rules, without sending anything'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "pull" -d 'Write every template to DIR, one file per name and language'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "push" -d 'Make the WABA match DIR: show the plan, then create and edit'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "copy" -d 'Copy templates to another WABA (all approved ones, or those named)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from balance" -f -a "adjust" -d 'Record a credit or a debit: an opening balance, a reconciliation'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from topup" -f -a "history" -d 'Past top-ups of the WABA, newest first, with their receipts'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from topup" -f -a "receipt" -d 'A printable receipt of one top-up'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "set" -d 'Set the Stripe customer and card charged for this WABA\'s top-ups'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "show" -d 'The customer and card charged for this WABA\'s top-ups'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from wabas" -f -a "list" -d 'Name, currency, review status and number count of each WABA'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from wabas" -f -a "subscriptions" -d 'The apps subscribed to the WABA\'s webhooks; subscribe or unsubscribe'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from autorecharge" -f -a "show" -d 'The WABA\'s auto-recharge rule, its state, and its last recharge'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from autorecharge" -f -a "enable" -d 'Recharge AMOUNT whenever the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from autorecharge" -f -a "disable" -d 'Stop recharging automatically'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "show" -d 'The WABA\'s alert rule, its targets, and what waits to be delivered'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "enable" -d 'Notify TARGETs when the balance falls below a threshold'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "disable" -d 'Stop alerting'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "test" -d 'Send a test message to every target now, and report each'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "show" -d 'The pricing rules and the rates in force on a day'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "estimate" -d 'What sending some messages would cost'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "import" -d 'Load rates from a CSV file (the format is in the README)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "status" -d 'Backend, location, schema version and row counts'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "export" -d 'Write every row of the store to FILE (JSON, mode 0600)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "import" -d 'Load an export into this store, which must be empty'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "roles" -d 'A team store\'s roles in PostgreSQL (see `store grant`)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "grant" -d 'Let a database login see, or also charge, some WABAs (or all)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "revoke" -d 'Take back a login\'s grants: on some WABAs, or all and its roles'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "access" -d 'Who may do what on which WABA (an admin sees every login)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox as a server; its URL is the first line on stdout'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Forget everything the sandbox did: back to the demo business'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "inbox" -d 'The verification codes the sandbox has "sent" by SMS or voice call'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "outbox" -d 'The alert emails and webhook calls the sandbox has "delivered"'
