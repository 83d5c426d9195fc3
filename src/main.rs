fn main() -> std::process::ExitCode {
    waba::app::main()
}
