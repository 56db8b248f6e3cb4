import PromptLintCLI

await PromptLintCommand.runMain()
