public struct PromptLintCommand { public static func main() {} }
