// The wire-format types (requests, responses, stream events, the SSE decoder) live in MessagesWire so that they
// can be fuzzed without building the networking stack; they are part of this library's API, so importing
// PromptLintClient brings them in as before.
@_exported public import MessagesWire
