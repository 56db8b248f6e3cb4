import PromptLintCLI
PromptLintCommand.main()
