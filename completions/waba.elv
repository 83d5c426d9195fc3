
set edit:completion:arg-completer[waba] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) WABA_COMPLETE="elvish" waba -- $@words) | to-lines
}

