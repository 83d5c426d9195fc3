complete --keep-order --exclusive --command waba --arguments "(WABA_COMPLETE=fish waba -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
